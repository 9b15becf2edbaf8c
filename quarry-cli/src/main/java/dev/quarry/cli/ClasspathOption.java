package dev.quarry.cli;

import dev.quarry.migrate.TableIndex;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --classpath}: where the code's compiled {@code @Table} records and their table index are. */
final class ClasspathOption {
    @Option(names = {"--classpath", "-cp"}, paramLabel = "<path>", split = "${sys:path.separator}",
            description = "jars and class directories holding the compiled @Table records and the index the"
                    + " annotation processor wrote (e.g. target/classes), separated by '${sys:path.separator}'")
    List<Path> entries;

    /** Whether the option was given. */
    boolean given() {
        return entries != null && !entries.isEmpty();
    }

    /**
     * The code's tables and renames.
     *
     * @throws UsageException if the option is missing, an entry does not exist, no index is found, or an index is
     *                        stale
     */
    TableIndex load(Environment env) {
        if (!given()) {
            throw new UsageException("give --classpath: the jars or directories of your compiled @Table records"
                    + " (e.g. target/classes)");
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries) {
            Path p = env.resolve(entry);
            if (!Files.exists(p)) {
                throw new UsageException("--classpath entry " + p + " does not exist");
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UsageException("--classpath entry " + p + " is not a path: " + e.getMessage(), e);
            }
        }
        try (CodeClassLoader loader = new CodeClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader())) {
            TableIndex index = TableIndex.load(loader);
            if (index.sources().isEmpty()) {
                throw new UsageException("no " + TableIndex.RESOURCE + " on --classpath " + entries + ": compile the"
                        + " @Table records with quarry-processor on the annotation processor path");
            }
            initialiseEnums(index);
            return index;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Initialises the enums of the tables' columns while their loader is open: the Studio lists their constants
     * after it is closed, and a closed loader can load no class an enum's initialiser may still need.
     */
    private static void initialiseEnums(TableIndex index) {
        for (TableDef t : index.tables()) {
            for (ColumnDef c : t.columns()) {
                if (c.type().kind() == SqlType.ENUM) {
                    c.type().javaType().getEnumConstants();
                }
            }
        }
    }
}
