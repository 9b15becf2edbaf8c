package dev.quarry.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.quarry.Quarry;
import dev.quarry.query.QueryFactory;
import dev.quarry.watch.LiveQuery;
import dev.quarry.watch.Watch;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One open grid kept live: a watched query ({@code db.watch}) of exactly what the grid shows (its page and its
 * count), streamed to the page as server-sent events. The watch re-runs whenever the table changes, whoever changed
 * it (this handle, another connection, another process: see docs/watch.md), and skips results equal to the last, so
 * the page hears {@code change} only when what it shows changed; it then fetches the page again. Where a watch would
 * install triggers that the Studio may not (a read-only Studio on a server, by default), the grid is re-read every
 * poll interval instead ({@link PolledView}), with the same equality deciding what is a change.
 *
 * <p>How it works: the watch's callbacks (or the poll's task) run on Quarry's watch threads (or the Studio's timer)
 * and only put into a queue; the HTTP thread serving the stream takes from it and writes, sending a comment every
 * {@link #HEARTBEAT_SECONDS} s so a closed tab is noticed (the write fails), and then closes the watch (or the
 * poll). One thread per open stream; the Studio is a local tool with a few tabs, not a public server.
 */
final class LiveGrid {
    static final int HEARTBEAT_SECONDS = 10;

    /** What a grid shows; equal values mean the grid would look the same. */
    record View(long total, List<List<String>> rows) {
    }

    private static final Object STOP = new Object();

    private final Quarry db;
    private final Catalog catalog;
    private final ObjectMapper json;
    private final int pageSize;
    private final Clock clock;
    private final Duration pollInterval;
    private final ScheduledExecutorService timer;   // null when grids are watched
    private final Set<BlockingQueue<Object>> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    /**
     * @param pollInterval null to watch each grid ({@code db.watch}); else how often to re-read a grid instead
     */
    LiveGrid(Quarry db, Catalog catalog, ObjectMapper json, int pageSize, Clock clock, Duration pollInterval) {
        this.db = db;
        this.catalog = catalog;
        this.json = json;
        this.pageSize = pageSize;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.timer = pollInterval == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "quarry-studio-live-poll");
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether grids are kept live by re-reading them rather than by a watch. */
    boolean polling() {
        return timer != null;
    }

    /** Serves {@code /api/live}: the stream of one grid, until the page goes or the Studio closes. */
    void stream(HttpExchange exchange, PageRequest request) throws IOException {
        PageQuery query = new PageQuery(catalog, request);   // fails here, before the stream opens, on a bad request
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody();
             Watch.Listening source = follow(query, events)) {
            register(events);
            boolean first = true;
            while (!closing) {
                Object event = events.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (event == STOP) {
                    break;
                } else if (event == null) {
                    write(out, ": still here\n\n");
                } else if (event instanceof Throwable error) {
                    write(out, "event: failed\ndata: " + json.writeValueAsString(Map.of("error",
                            String.valueOf(error.getMessage()))) + "\n\n");
                    break;
                } else {
                    View view = (View) event;
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("at", Instant.now(clock).toString());
                    data.put("total", view.total());
                    data.put("how", polling() ? "polling" : "watch");
                    if (polling()) {
                        data.put("everyMillis", pollInterval.toMillis());
                    }
                    write(out, "event: " + (first ? "ready" : "change") + "\ndata: " + json.writeValueAsString(data)
                            + "\n\n");
                    first = false;
                }
            }
        } catch (IOException e) {
            // the page went away (a closed tab, a new grid): the watch closes with the stream
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            unregister(events);
            exchange.close();
        }
    }

    /** Starts putting the grid's views (and a failure) into {@code events}: by a watch, or by polling. */
    private Watch.Listening follow(PageQuery query, BlockingQueue<Object> events) {
        if (polling()) {
            return new PolledView(timer, pollInterval, () -> view(db, query), events::add);
        }
        Watch<View> watch = db.watch(LiveQuery.reading(List.of(query.table()), d -> view(d, query)));
        return watch.listen(events::add, events::add);
    }

    private View view(QueryFactory d, PageQuery query) {
        Page page = query.page(d, pageSize, true);
        return new View(page.total(), Views.gridRows(page.rows()));
    }

    private void register(BlockingQueue<Object> events) {
        open.add(events);
        if (closing) {
            events.add(STOP);
        }
    }

    private void unregister(BlockingQueue<Object> events) {
        open.remove(events);
    }

    /**
     * Ends every open stream and waits, up to {@code timeout}, until their threads have closed their watches, so a
     * closed Studio holds no watch.
     */
    void close(Duration timeout) {
        closing = true;
        for (BlockingQueue<Object> q : open) {
            q.add(STOP);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (timer != null) {
                // cancels the polls (their streams ended above) and lets a read in progress finish and give its
                // connection back before the Studio says it is closed; an interrupt could break a pooled connection
                timer.shutdown();
                timer.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many grids are live now. */
    int openStreams() {
        return open.size();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
