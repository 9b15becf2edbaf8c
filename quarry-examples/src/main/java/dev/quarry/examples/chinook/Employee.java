package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;
import java.time.LocalDateTime;

/**
 * A store employee (Chinook's {@code Employee}), reporting to another employee: {@code ReportsTo} references this
 * same table and is NULL for the general manager. Chinook's dates are DATETIME without a zone, stored in SQLite
 * as text such as {@code 1962-02-18 00:00:00}, hence {@link LocalDateTime}. Everything but the key and the names
 * may be NULL in Chinook's schema.
 */
@Table("Employee")
public record Employee(
        @Id @Column(name = "EmployeeId") long employeeId,
        @Column(name = "LastName", length = 20) String lastName,
        @Column(name = "FirstName", length = 20) String firstName,
        @Nullable @Column(name = "Title", length = 30) String title,
        @Nullable @Index(name = "IFK_EmployeeReportsTo") @References(Employee.class)
        @Column(name = "ReportsTo") Long reportsTo,
        @Nullable @Column(name = "BirthDate") LocalDateTime birthDate,
        @Nullable @Column(name = "HireDate") LocalDateTime hireDate,
        @Nullable @Column(name = "Address", length = 70) String address,
        @Nullable @Column(name = "City", length = 40) String city,
        @Nullable @Column(name = "State", length = 40) String state,
        @Nullable @Column(name = "Country", length = 40) String country,
        @Nullable @Column(name = "PostalCode", length = 10) String postalCode,
        @Nullable @Column(name = "Phone", length = 24) String phone,
        @Nullable @Column(name = "Fax", length = 24) String fax,
        @Nullable @Column(name = "Email", length = 60) String email) {
}
