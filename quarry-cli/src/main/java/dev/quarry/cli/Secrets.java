package dev.quarry.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secrets one run of the command has seen (passwords from the command line, the environment or the config
 * file), so that no message it prints shows them: a driver's error may repeat a URL, and a URL may carry
 * {@code password=...}. Not thread-safe; one per run.
 */
final class Secrets {
    /** A password given in a JDBC URL's parameters ({@code password=x}, {@code ;password=x}, {@code pwd=x}). */
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)\\b(password|pwd)=[^&;\\s'\"]*");
    /** A password in a URL's authority: {@code //user:password@host}. */
    private static final Pattern AUTHORITY_PASSWORD = Pattern.compile("(//[^/:@\\s]*:)[^@/\\s]*@");
    static final String MASK = "***";

    private final Set<String> values = new LinkedHashSet<>();

    /** Remembers {@code secret}, when not null or empty, to hide it from every message. */
    void add(String secret) {
        if (secret != null && !secret.isEmpty()) {
            values.add(secret);
        }
    }

    /** {@code text} with every known secret and every URL password replaced by {@value #MASK}. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = URL_PASSWORD.matcher(text).replaceAll("$1=" + MASK);
        out = AUTHORITY_PASSWORD.matcher(out).replaceAll("$1" + MASK + "@");
        for (String s : values) {
            out = out.replace(s, MASK);
        }
        return out;
    }
}
