package dev.quarry.studio;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A child JVM that inserts one artist with plain JDBC (not Quarry) into a SQLite file, then prints
 * {@code committed}: the Studio's grid must see a write made by another process. Run by
 * {@link StudioBrowserContract} with this test class path.
 */
public final class ExternalInsert {
    private ExternalInsert() {
    }

    /** {@code args}: the JDBC URL, the artist's id, its name. */
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0])) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO \"Artist\" (\"ArtistId\", \"Name\") VALUES (?, ?)")) {
                p.setLong(1, Long.parseLong(args[1]));
                p.setString(2, args[2]);
                p.executeUpdate();
            }
        }
        System.out.println("committed");
        System.out.flush();
    }
}
