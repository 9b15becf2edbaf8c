package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import dev.quarry.internal.dialect.Dialect;
import dev.quarry.internal.dialect.TypeCodecs;

/**
 * What every statement of one database shares: where connections come from, the dialect and its codecs, the SQL
 * log, the settings, the insert templates cache, and the gate that says whether the database is closed. Immutable
 * (the cache and the gate are thread-safe) and thread-safe.
 */
record EngineContext(ConnectionSource source, Dialect dialect, TypeCodecs codecs, SqlLog log,
                     QuarrySettings settings, String name, InsertTemplates insertTemplates, WorkGate gate) {

    static EngineContext of(ConnectionSource source, QuarrySettings settings, String name) {
        Dialect d = source.dialect();
        SqlLog log = new SqlLog(settings.logValues(), settings.statementListener());
        return new EngineContext(source, d, d.codecs(), log, settings, name, new InsertTemplates(),
                new WorkGate(name));
    }
}
