package dev.quarry.internal.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs a catalog query whose first column is a name (or any text) and collects the values in order. Stateless. */
public final class CatalogQuery {
    private CatalogQuery() {
    }

    /** The first column of every row of {@code sql}. */
    public static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The first column of every row of {@code sql}, its one parameter bound to {@code argument}. */
    public static List<String> names(Connection connection, String sql, String argument) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, argument);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
