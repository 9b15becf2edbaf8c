package dev.quarry.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.quarry.Quarry;
import dev.quarry.watch.LiveQuery;
import dev.quarry.watch.Watch;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open grid kept live: a watched query ({@code db.watch}) of exactly what the grid shows (its page and its
 * count), streamed to the page as server-sent events. The watch re-runs whenever the table changes, whoever changed
 * it (this handle, another connection, another process: see docs/watch.md), and skips results equal to the last, so
 * the page hears {@code change} only when what it shows changed; it then fetches the page again.
 *
 * <p>How it works: the watch's callbacks run on Quarry's watch threads and only put into a queue; the HTTP thread
 * serving the stream takes from it and writes, sending a comment every {@link #HEARTBEAT_SECONDS} s so a closed tab is
 * noticed (the write fails), and then closes the watch. One thread per open stream; the Studio is a local tool with
 * a few tabs, not a public server.
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
    private final Set<BlockingQueue<Object>> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    LiveGrid(Quarry db, Catalog catalog, ObjectMapper json, int pageSize, Clock clock) {
        this.db = db;
        this.catalog = catalog;
        this.json = json;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    /** Serves {@code /api/live}: the stream of one grid, until the page goes or the Studio closes. */
    void stream(HttpExchange exchange, PageRequest request) throws IOException {
        PageQuery query = new PageQuery(catalog, request);   // fails here, before the stream opens, on a bad request
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        Watch<View> watch = db.watch(LiveQuery.reading(List.of(query.table()), d -> {
            Page page = query.page(d, pageSize, true);
            return new View(page.total(), Views.gridRows(page.rows()));
        }));
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody();
             Watch.Listening listening = watch.listen(events::add, events::add)) {
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
                    String data = json.writeValueAsString(Map.of("at", Instant.now(clock).toString(),
                            "total", view.total()));
                    write(out, "event: " + (first ? "ready" : "change") + "\ndata: " + data + "\n\n");
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
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
