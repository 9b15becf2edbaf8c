package dev.quarry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the walk-through of docs/cli.md as written, in order, in an empty working directory: each {@code java} block is
 * the project's record, compiled with the annotation processor into {@code target/classes}; each {@code $ quarry ...}
 * line of a {@code console} block is run in-process, and what it printed (standard output, then standard error) must
 * be the lines under it; a line {@code [exit N]} gives a non-zero exit code. Surefire runs in the module's directory.
 */
class CliDocTest {
    private static final Path DOC = Path.of("../docs/cli.md");
    private static final Pattern BLOCK = Pattern.compile("```(java|console)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern RECORD = Pattern.compile("package ([\\w.]+);.*?public record (\\w+)", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theWalkThroughRunsAsWritten() throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(DOC));
        int commands = 0;
        while (m.find()) {
            if (m.group(1).equals("java")) {
                compile(m.group(2));
            } else {
                commands += run(m.group(2));
            }
        }
        assertThat(commands).as("commands run from docs/cli.md").isGreaterThanOrEqualTo(8);
    }

    private void compile(String source) throws IOException {
        Matcher r = RECORD.matcher(source);
        if (!r.find()) {
            return; // an example that is not the project's record
        }
        Path classes = dir.resolve("target/classes");
        if (Files.exists(classes)) {
            try (Stream<Path> files = Files.walk(classes)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        SchemaCompiler.compile(classes, Map.of(r.group(1) + "." + r.group(2), source));
    }

    private int run(String block) {
        List<String> lines = block.lines().toList();
        int commands = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("$ quarry")) {
                continue;
            }
            String command = lines.get(i);
            List<String> expected = new ArrayList<>();
            int exit = 0;
            for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ "); j++) {
                Matcher e = Pattern.compile("\\[exit (\\d)]").matcher(lines.get(j));
                if (e.matches()) {
                    exit = Integer.parseInt(e.group(1));
                } else {
                    expected.add(lines.get(j));
                }
            }
            Cli.Run run = Cli.in(dir).run(arguments(command.substring("$ quarry".length())).toArray(String[]::new));
            assertThat(run.exitCode()).as(command + "\n" + run.all()).isEqualTo(exit);
            assertThat((run.out() + run.err()).strip()).as(command).isEqualTo(String.join("\n", expected).strip());
            commands++;
        }
        return commands;
    }

    /** The words of a command line, as a shell splits them: at spaces, except inside double quotes. */
    static List<String> arguments(String line) {
        List<String> out = new ArrayList<>();
        Matcher w = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (w.find()) {
            out.add(w.group(1) != null ? w.group(1) : w.group(2));
        }
        return out;
    }
}
