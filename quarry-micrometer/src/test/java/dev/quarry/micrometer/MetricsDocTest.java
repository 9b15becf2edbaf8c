package dev.quarry.micrometer;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/metrics.md's example, run here on every database, and shown there as it is written here. */
class MetricsDocTest {

    @AllDatabases
    void theDocumentedExampleMetersADatabase(TestDb t) {
        t.use(ARTIST);
        String url = t.url();
        MeterRegistry registry = new SimpleMeterRegistry();
        List<Meter> removed = new ArrayList<>();
        registry.config().onMeterRemoved(removed::add);
        // doc:start
        QuarryMetrics metrics = new QuarryMetrics(registry, Tags.of("db", "main"));
        try (Quarry db = Quarry.open(url, QuarrySettings.builder().onStatement(metrics).build())) {
            metrics.bind(db);   // connection meters: SQLite's writer and readers, or HikariCP's own
            db.selectFrom(ARTIST).fetch();
        }
        // doc:end
        assertThat(registry.getMeters()).as("closing the database removed its meters").isEmpty();
        Meter.Id id = new Meter.Id("quarry.statements", Tags.of("db", "main", "kind", "query", "table", "artist",
                "outcome", "success"), null, null, Meter.Type.TIMER);
        assertThat(removed).filteredOn(m -> m.getId().equals(id)).singleElement()
                .satisfies(m -> assertThat(((Timer) m).count()).isOne());
    }

    @Test
    void theDocShowsTheExampleAsTheTestRunsIt() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/quarry/micrometer/MetricsDocTest.java"));
        String example = source.substring(source.indexOf("// doc:start") + "// doc:start".length(),
                source.indexOf("        // doc:end")).stripTrailing();
        String doc = Files.readString(Path.of("../docs/metrics.md"));
        assertThat(doc).contains(example.stripIndent().strip());
    }
}
