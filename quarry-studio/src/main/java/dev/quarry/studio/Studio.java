package dev.quarry.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.quarry.Quarry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Quarry Studio: a local web page to browse, edit and watch a database live. One call from an application starts
 * it on the handle the application already has:
 *
 * <pre>{@code
 * try (Studio studio = Studio.start(db, StudioOptions.defaults())) {
 *     System.out.println("Quarry Studio: " + studio.url());   // http://127.0.0.1:PORT/?token=...
 *     ...
 * }
 * }</pre>
 *
 * It listens on 127.0.0.1 unless told otherwise, and every request must carry the random token of {@link #url()}
 * (the first page load turns it into a cookie). It is read-only, server-side, unless the database is a local SQLite
 * file or {@link StudioOptions#readOnly(boolean)} says otherwise; read-only on a server, it installs nothing in the
 * database unless {@link StudioOptions#liveTriggers(boolean)} allows its live grids' triggers. Closing it stops the
 * server and every live grid; it does not close the database. Thread-safe; see docs/studio.md.
 */
public final class Studio implements AutoCloseable {
    static {
        // The JDK's HttpServer leaves Nagle's algorithm on unless this property is set before its first use: a JSON
        // answer written as headers then body then waited ~40 ms for the client's delayed ACK on loopback (a page of
        // the grid took 50 ms instead of 2). Set only when the application has not chosen itself.
        // https://github.com/openjdk/jdk/blob/jdk-17+35/src/jdk.httpserver/share/classes/sun/net/httpserver/ServerConfig.java
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveGrid live;
    private final Guard guard;
    private final boolean readOnly;
    private final URI base;

    private Studio(HttpServer server, ExecutorService threads, LiveGrid live, Guard guard, boolean readOnly,
                   URI base) {
        this.server = server;
        this.threads = threads;
        this.live = live;
        this.guard = guard;
        this.readOnly = readOnly;
        this.base = base;
    }

    /**
     * Starts a Studio on {@code db}.
     *
     * @throws UncheckedIOException if the address cannot be bound (the port is taken)
     */
    public static Studio start(Quarry db, StudioOptions options) {
        boolean readOnly = options.readOnly() != null ? options.readOnly() : !db.capabilities().embedded();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Quarry Studio cannot listen on " + options.host() + ":" + options.port()
                    + " (" + e.getMessage() + "): choose another port, or 0 for a free one", e);
        }
        int port = server.getAddress().getPort();
        ObjectMapper json = new ObjectMapper();
        Guard guard = new Guard(port);
        ExecutorService threads = Executors.newCachedThreadPool(new StudioThreads());
        LiveGrid live;
        try {
            Api api = new Api(db, options, readOnly, watches(db, options, readOnly) ? null
                    : options.livePollInterval(), guard.csrf(), json);
            live = api.live();
            server.createContext("/", new StudioHandler(guard, api, json));
            server.setExecutor(threads);
            server.start();
        } catch (RuntimeException e) {
            server.stop(0);
            threads.shutdownNow();
            throw e;
        }
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return new Studio(server, threads, live, guard, readOnly, URI.create("http://" + host + ":" + port + "/"));
    }

    /**
     * Whether live grids are watched ({@code db.watch}) rather than re-read every poll interval. An embedded
     * database's watch installs nothing (it reads SQLite's {@code data_version}, docs/watch.md); a server's installs
     * triggers on the table, which the options allow, or by default a writable Studio only.
     */
    private static boolean watches(Quarry db, StudioOptions options, boolean readOnly) {
        if (db.capabilities().embedded()) {
            return true;
        }
        return options.liveTriggers() != null ? options.liveTriggers() : !readOnly;
    }

    /** The address to open in a browser, with the access token: {@code http://127.0.0.1:PORT/?token=...}. */
    public URI url() {
        return URI.create(base + "?token=" + guard.token());
    }

    /** The address without the token: what to show where the token must not go (logs, a shared screen). */
    public URI address() {
        return base;
    }

    /** The TCP port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Whether it refuses writes. */
    public boolean readOnly() {
        return readOnly;
    }

    /** How many grids are live (open pages with a stream of changes). */
    public int liveGrids() {
        return live.openStreams();
    }

    /** Stops serving: ends every live grid (their watches close) and the server. Idempotent. */
    @Override
    public void close() {
        live.close(Duration.ofSeconds(5));
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "Studio[" + base + (readOnly ? ", read-only" : ", writable") + "]";
    }

    /** The server's threads: daemons, so a Studio never keeps a JVM alive, named for thread dumps. */
    private static final class StudioThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "quarry-studio-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
