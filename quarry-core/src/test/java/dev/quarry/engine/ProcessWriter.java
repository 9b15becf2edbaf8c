package dev.quarry.engine;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.BusyException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * One of the two processes of {@link TwoProcessWriteTest}: inserts rows {@code first .. first + count - 1} into
 * table {@code entry}, one statement each, retrying a statement that fails with {@link BusyException} as a user
 * would. As a main (the second JVM) it opens the database, prints {@code ready}, waits for a line on stdin, writes
 * (printing {@code started} once its first row is committed, so the parent can start while it is mid-run), and
 * prints {@code done ok=<rows> busy=<BusyExceptions> minBusyMillis=<shortest wait that ended busy>}.
 */
public final class ProcessWriter {
    /** What one writer saw. */
    record Outcome(long written, long busy, long minBusyMillis) {
        String line() {
            return "done ok=" + written + " busy=" + busy + " minBusyMillis=" + minBusyMillis;
        }

        static Outcome parse(String line) {
            String[] parts = line.split(" ");
            return new Outcome(value(parts[1]), value(parts[2]), value(parts[3]));
        }

        private static long value(String part) {
            return Long.parseLong(part.substring(part.indexOf('=') + 1));
        }
    }

    private ProcessWriter() {
    }

    static QuarrySettings settings(Duration busyTimeout) {
        return QuarrySettings.builder().readers(1).busyTimeout(busyTimeout).build();
    }

    /** Inserts the rows, retrying each on BusyException; any other error propagates. */
    /** The pause after each commit. */
    private static final long PAUSE_NANOS = 500_000L;

    static Outcome write(Quarry db, long first, int count) {
        return write(db, first, count, () -> { });
    }


    /** {@link #write(Quarry, long, int)}, calling {@code afterFirst} once the first row is committed. */
    static Outcome write(Quarry db, long first, int count, Runnable afterFirst) {
        long busy = 0;
        long minBusy = Long.MAX_VALUE;
        for (long id = first; id < first + count; id++) {
            while (true) {
                long start = System.nanoTime();
                try {
                    db.sql("INSERT INTO entry (id, writer) VALUES (?, ?)", id, ProcessHandle.current().pid())
                            .execute();
                    if (id == first) {
                        afterFirst.run();
                    }
                    // a pause between commits, so the two processes' commits overlap however fast one of them is
                    // (without it, a warm child could finish all its rows before the parent's first commit)
                    LockSupport.parkNanos(PAUSE_NANOS);
                    break;
                } catch (BusyException e) {
                    busy++;
                    minBusy = Math.min(minBusy, (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return new Outcome(count, busy, busy == 0 ? 0 : minBusy);
    }

    /** Arguments: the URL, the first id, the row count, the busy timeout in milliseconds. */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        long first = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        Duration busyTimeout = Duration.ofMillis(Long.parseLong(args[3]));
        try (Quarry db = Quarry.open(url, settings(busyTimeout))) {
            System.out.println("ready");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            Outcome outcome = write(db, first, count, () -> {
                System.out.println("started");
                System.out.flush();
            });
            System.out.println(outcome.line());
            System.out.flush();
        }
    }
}
