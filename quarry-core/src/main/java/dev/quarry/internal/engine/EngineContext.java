package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import dev.quarry.StatementEvent;
import dev.quarry.internal.dialect.Dialect;
import dev.quarry.internal.dialect.TypeCodecs;
import dev.quarry.spi.ExternalTransaction;
import java.util.List;

/**
 * What every statement of one database shares: where connections come from, the dialect and its codecs, the SQL
 * log, the settings, the caches of insert templates and of ad-hoc query plans, the resource counts, the callback
 * error handler, the change listeners, and the gate that says whether the database is closed. Immutable (its parts
 * are thread-safe) and thread-safe.
 */
record EngineContext(ConnectionSource source, Dialect dialect, TypeCodecs codecs, SqlLog log,
                     QuarrySettings settings, String name, InsertTemplates insertTemplates, PlanCache plans,
                     ResourceTracker tracker, CallbackErrors callbacks, ChangeBus changes, WorkGate gate) {

    static EngineContext of(ConnectionSource source, QuarrySettings settings, String name, ResourceTracker tracker) {
        Dialect d = source.dialect();
        CallbackErrors callbacks = new CallbackErrors(settings.callbackErrorHandler());
        SqlLog log = new SqlLog(settings.logValues(), settings.statementListener(),
                settings.slowStatementThreshold().toNanos());
        return new EngineContext(source, d, d.codecs(), log, settings, name, new InsertTemplates(), new PlanCache(),
                tracker, callbacks, new ChangeBus(callbacks), new WorkGate(name));
    }

    /**
     * What is due once {@code session}'s unit of work has given its connection back: its statement events to the
     * listener, then, if it committed, its changes to the change listeners. Called on the unit's thread, with no lock
     * or connection held.
     */
    void afterRelease(Session session, boolean committed) {
        tellEvents(session);
        ChangeNote note = session.takeChanges();
        if (note != null && committed) {
            changes.publish(note);
        }
    }

    private void tellEvents(Session session) {
        List<StatementEvent> events = session.takeEvents();
        if (events != null) {
            for (StatementEvent e : events) {
                log.tell(e, callbacks);
            }
        }
    }

    /**
     * What is due once {@code session}'s work on the connection of {@code tx}, a transaction begun outside Quarry,
     * is done: its statement events at once (Quarry holds no lock on a lent connection); its changes and the
     * callbacks of {@code scope} (a savepoint of {@code tx}, or null) when {@code tx} ends, registered with it only
     * when there are any.
     */
    void afterExternalUse(Session session, ExternalTransaction tx, TransactionScope scope) {
        tellEvents(session);
        ChangeNote note = session.takeChanges();
        boolean callbacksDue = scope != null && scope.hasCallbacks();
        if (note != null || callbacksDue) {
            tx.onCompletion(committed -> {
                if (committed && note != null) {
                    changes.publish(note);
                }
                if (callbacksDue) {
                    scope.externalEnded(committed);
                }
            });
        }
    }
}
