package dev.quarry.examples.chinook;

/**
 * An employee and the employee they report to.
 *
 * @param employeeId the employee's key
 * @param employee   the employee's full name
 * @param manager    the manager's full name, or null for the general manager
 */
public record EmployeeManager(long employeeId, String employee, String manager) {
}
