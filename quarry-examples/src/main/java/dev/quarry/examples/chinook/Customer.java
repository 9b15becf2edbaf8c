package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;

/**
 * A customer (Chinook's {@code Customer}), looked after by a support employee. Names and email are required; the
 * rest may be NULL (in the data: 49 of 59 have no company, 47 no fax). One city is stored with a trailing blank
 * ({@code "Edinburgh "}), and the loader keeps it.
 */
@Table("Customer")
public record Customer(
        @Id @Column(name = "CustomerId") long customerId,
        @Column(name = "FirstName", length = 40) String firstName,
        @Column(name = "LastName", length = 20) String lastName,
        @Nullable @Column(name = "Company", length = 80) String company,
        @Nullable @Column(name = "Address", length = 70) String address,
        @Nullable @Column(name = "City", length = 40) String city,
        @Nullable @Column(name = "State", length = 40) String state,
        @Nullable @Column(name = "Country", length = 40) String country,
        @Nullable @Column(name = "PostalCode", length = 10) String postalCode,
        @Nullable @Column(name = "Phone", length = 24) String phone,
        @Nullable @Column(name = "Fax", length = 24) String fax,
        @Column(name = "Email", length = 60) String email,
        @Nullable @Index(name = "IFK_CustomerSupportRepId") @References(Employee.class)
        @Column(name = "SupportRepId") Long supportRepId) {
}
