package dev.quarry.examples;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.examples.chinook.ChinookReport;

/**
 * The README's main job: runs the example applications on embedded SQLite ({@code quarry-demo.db} in the working
 * directory), or on the database whose JDBC URL is the first argument.
 */
public final class Demo {
    private Demo() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:sqlite:quarry-demo.db";
        QuarrySettings.Builder settings = QuarrySettings.builder();
        if (args.length > 1) {
            settings.username(args[1]);
        }
        if (args.length > 2) {
            settings.password(args[2]);
        }
        long start = System.nanoTime();
        try (Quarry db = Quarry.open(url, settings.build())) {
            System.out.println("Quarry demo on " + url);
            new AuthDemo(db, System.out).run();
            new ChinookReport(db, System.out).run();
        }
        System.out.printf("done in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }
}
