package dev.quarry.internal.engine;

import dev.quarry.internal.dialect.Dialect;
import dev.quarry.internal.dialect.detect.Dialects;
import java.sql.Connection;
import java.sql.SQLException;

/** Picks the dialect of a live connection; a seam so engine tests can run before every dialect part exists. */
@FunctionalInterface
interface DialectResolver {
    DialectResolver DEFAULT = Dialects::forConnection;

    Dialect resolve(Connection connection) throws SQLException;
}
