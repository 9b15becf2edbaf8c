/**
 * Quarry's core: records as tables, the typed SQL DSL, three dialects (SQLite, PostgreSQL, MariaDB/MySQL), the
 * engine, relations and the unit of work. Exports the API ({@code dev.quarry} and its DSL, schema, error, relation
 * and session packages) and the published SPI ({@code dev.quarry.spi}); everything under {@code dev.quarry.internal}
 * stays closed to other modules. The PostgreSQL and MariaDB drivers are optional: an application brings the one it
 * uses (the dialect classes that name them load only for their database).
 */
module dev.quarry.core {
    requires transitive java.sql;
    requires java.logging;
    requires org.slf4j;
    requires com.zaxxer.hikari;
    requires org.xerial.sqlitejdbc;
    requires static org.postgresql.jdbc;
    requires static org.mariadb.jdbc;

    exports dev.quarry;
    exports dev.quarry.annotation;
    exports dev.quarry.error;
    exports dev.quarry.query;
    exports dev.quarry.relation;
    exports dev.quarry.schema;
    exports dev.quarry.session;
    exports dev.quarry.spi;
    exports dev.quarry.watch;

    uses dev.quarry.QuarryEngine.Factory;
    uses dev.quarry.QuarryObserver;

    provides dev.quarry.QuarryEngine.Factory with dev.quarry.internal.engine.EngineFactory;
}
