package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.EmployeeTable.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParentRowsFirstTest {

    private static Employee employee(long id, Long reportsTo) {
        return new Employee(id, "L" + id, "F" + id, null, reportsTo, null, null, null, null, null, null, null, null,
                null, null);
    }

    @Test
    void managersComeBeforeTheEmployeesReportingToThem() {
        List<Employee> rows = List.of(employee(3, 2L), employee(1, null), employee(4, 3L), employee(2, 1L));
        assertThat(ParentRowsFirst.sort(EMPLOYEE, rows)).extracting(Employee::employeeId)
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void chinooksOwnOrderIsKeptWhereItAlreadyWorks() {
        List<Employee> rows = List.of(employee(1, null), employee(2, 1L), employee(3, 2L), employee(6, 1L),
                employee(7, 6L));
        assertThat(ParentRowsFirst.sort(EMPLOYEE, rows)).isEqualTo(rows);
    }

    @Test
    void rowsPointingOutsideTheBatchOrToThemselvesArePlaced() {
        List<Employee> rows = List.of(employee(5, 99L), employee(6, 6L));
        assertThat(ParentRowsFirst.sort(EMPLOYEE, rows)).isEqualTo(rows);
    }

    @Test
    void aCycleIsRefusedNamingItsKeys() {
        List<Employee> rows = List.of(employee(1, 2L), employee(2, 1L));
        assertThatThrownBy(() -> ParentRowsFirst.sort(EMPLOYEE, rows))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle").hasMessageContaining("[1, 2]");
    }

    @Test
    void tablesWithoutASelfReferenceAreLeftAsGiven() {
        List<Artist> rows = List.of(new Artist(2, "B"), new Artist(1, "A"));
        assertThat(ParentRowsFirst.sort(ARTIST, rows)).isSameAs(rows);
    }
}
