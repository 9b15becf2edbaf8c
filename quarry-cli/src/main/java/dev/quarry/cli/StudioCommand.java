package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.studio.Studio;
import dev.quarry.studio.StudioOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quarry studio}: serves Quarry Studio (quarry-studio) on the database until interrupted. The URL it prints
 * holds the Studio's access token: it is the one place that token is shown.
 */
@Command(name = "studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Browse, edit and watch the database live in a browser (Quarry Studio). Prints the address to"
                + " open, with its access token, and serves until interrupted (Ctrl-C). Read-only unless the"
                + " database is a local SQLite file or --writable is given.")
final class StudioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--port", defaultValue = "0", description = "TCP port to listen on (default: a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Option(names = "--read-only", description = "refuse every write, even on a local SQLite file")
    boolean readOnly;

    @Option(names = "--writable", description = "allow edits, even on a server database")
    boolean writable;

    @Option(names = "--migrations", paramLabel = "<dir>",
            description = "migrations directory whose state the Studio shows (e.g. migrations)")
    Path migrations;

    @Mixin
    ClasspathOption classpath;

    @Option(names = "--live-triggers", negatable = true,
            description = "let a live grid on PostgreSQL or MariaDB install Quarry's watch triggers on its table"
                    + " (default: only when writable); --no-live-triggers keeps grids live by re-reading them each"
                    + " second instead, and leaves the database as it was")
    Boolean liveTriggers;

    @Override
    public Integer call() throws Exception {
        if (readOnly && writable) {
            throw new UsageException("give --read-only or --writable, not both");
        }
        Environment env = Environment.of(spec);
        StudioOptions options = StudioOptions.defaults().host(host).port(port);
        if (readOnly || writable) {
            options = options.readOnly(readOnly);
        }
        if (migrations != null) {
            options = options.migrations(env.workingDirectory().resolve(migrations));
        }
        if (classpath.given()) {
            options = options.tables(classpath.load(env).tables());
        }
        if (liveTriggers != null) {
            options = options.liveTriggers(liveTriggers);
        }
        PrintWriter out = QuarryCommand.out(spec);
        CountDownLatch stopped = new CountDownLatch(1);
        try (Quarry db = connection.open(env, QuarryCommand.secrets(spec));
             Studio studio = Studio.start(db, options)) {
            Thread hook = new Thread(stopped::countDown, "quarry-studio-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Quarry Studio on " + db.dialectName() + (studio.readOnly() ? " (read-only)" : " (writable)")
                    + ": " + studio.url());
            out.println("Open that address in a browser; Ctrl-C stops the Studio.");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();   // stopped in-process (tests): close and return
            } finally {
                removeHook(hook);
            }
        }
        return ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting because of Ctrl-C: the hook is running, which is how we got here
        }
    }
}
