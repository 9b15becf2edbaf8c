package dev.quarry.cli;

import dev.quarry.migrate.TableIndex;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * Loads the user's compiled tables from {@code --classpath}. Classes come from the command's own loader first, so
 * the tables' Quarry classes are the command's; the table index is read from the given class path only, so that an
 * index on the command's own class path (in a test, the examples') is not read twice or instead.
 */
final class CodeClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    CodeClassLoader(URL[] urls, ClassLoader parent) {
        super(urls, parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return TableIndex.RESOURCE.equals(name) ? findResources(name) : super.getResources(name);
    }
}
