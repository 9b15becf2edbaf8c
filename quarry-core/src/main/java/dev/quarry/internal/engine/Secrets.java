package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import dev.quarry.error.QuarryException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks passwords in text and in exception chains, so that no message, cause or log line Quarry builds holds one.
 * Immutable and thread-safe.
 *
 * <p>How it works. Two kinds of secret are masked, ignoring case. First, passwords written in a JDBC URL, by their
 * form, wherever a URL shows up: a parameter whose name ends in {@code password} ({@code password=},
 * {@code sslpassword=}, {@code password1=}: https://jdbc.postgresql.org/documentation/use/,
 * https://mariadb.com/kb/en/about-mariadb-connector-j/) and the {@code //user:password@host} userinfo form
 * (RFC 3986 section 3.2.1, which MySQL Connector/J reads). Second, the literal passwords this instance knows: the
 * settings' password and the ones its URL holds, as written and percent-decoded, because a driver may echo one
 * outside its URL form (MariaDB Connector/J reports {@code jdbc:mariadb://u:pw@host} as "Incorrect port value :
 * pw@host"). A short password masks every occurrence of its letters in a message: unreadable beats leaked.
 *
 * <p>An exception chain holding a secret (a message or {@code toString} of the exception, a cause, a suppressed or
 * a next exception) is copied into {@link RedactedSqlException}s that keep each original's class name, SQLState,
 * vendor code and stack trace; a clean chain is returned as it is, so callers still see the driver's own classes.
 */
final class Secrets {
    static final String MASK = "***";
    /**
     * The value runs to the next separator or space, so a password holding other punctuation is masked whole; one
     * that starts with the mask is taken as masked already, which keeps masking a masked text a no-op.
     */
    private static final Pattern PARAMETER =
            Pattern.compile("(?i)([a-z_.-]*password\\d*\\s*=)(?!\\*\\*\\*)([^&;\\s]+)");
    private static final Pattern USERINFO = Pattern.compile("(//[^/?#@\\s:]*:)(?!\\*\\*\\*@)([^/?#@\\s]+)@");

    private final Pattern literals;

    private Secrets(Pattern literals) {
        this.literals = literals;
    }

    /** The secrets of a URL opened with {@code settings}. */
    static Secrets of(String url, QuarrySettings settings) {
        Set<String> known = new LinkedHashSet<>();
        add(known, settings.password());
        for (Pattern form : List.of(PARAMETER, USERINFO)) {
            Matcher m = form.matcher(url);
            while (m.find()) {
                add(known, m.group(2));
            }
        }
        return new Secrets(literalPattern(known));
    }

    /** The secrets of {@code settings} alone (a user's DataSource: Quarry never sees its URL). */
    static Secrets of(QuarrySettings settings) {
        Set<String> known = new LinkedHashSet<>();
        add(known, settings.password());
        return new Secrets(literalPattern(known));
    }

    private static void add(Set<String> known, String secret) {
        if (secret == null || secret.isEmpty()) {
            return;
        }
        known.add(secret);
        try {
            known.add(URLDecoder.decode(secret, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            // not valid percent-encoding: the text as written is the secret
        }
    }

    /** One case-insensitive alternation, longest first so that a secret holding another is masked whole. */
    private static Pattern literalPattern(Set<String> known) {
        if (known.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(known);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String s : sorted) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(s));
        }
        return Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code text} with every secret replaced by {@code ***}; null stays null. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String t = PARAMETER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + MASK);
        t = USERINFO.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + MASK + "@");
        return literals == null ? t : literals.matcher(t).replaceAll(MASK);
    }

    private boolean holdsSecret(String text) {
        return text != null && !text.equals(redact(text));
    }

    /** Whether {@code t}, its causes, suppressed or next exceptions show a secret in a message or toString. */
    boolean leaks(Throwable t) {
        return leaks(t, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private boolean leaks(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (holdsSecret(t.getMessage()) || holdsSecret(t.toString())) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (leaks(s, seen)) {
                return true;
            }
        }
        return leaks(t.getCause(), seen) || t instanceof SQLException e && leaks(e.getNextException(), seen);
    }

    /** {@code e} if it shows no secret, else a masked copy of its whole chain. */
    SQLException scrub(SQLException e) {
        return e == null || !leaks(e) ? e : copy(e, new IdentityHashMap<>());
    }

    /** {@code t} if it shows no secret, else a masked copy of its whole chain. */
    Throwable scrub(Throwable t) {
        return t == null || !leaks(t) ? t : copy(t, new IdentityHashMap<>());
    }

    /**
     * {@code e} if it shows no secret, else a {@link QuarryException} with its message masked whose cause is the
     * masked copy of {@code e}: the last guard of {@code Quarry.open}, for what escaped the sources' own masking.
     */
    RuntimeException scrubThrown(RuntimeException e) {
        if (!leaks(e)) {
            return e;
        }
        return new QuarryException(redact(e.getMessage()), copy(e, new IdentityHashMap<>()));
    }

    private RedactedSqlException copy(Throwable t, IdentityHashMap<Throwable, RedactedSqlException> done) {
        RedactedSqlException known = done.get(t);
        if (known != null) {
            return known;
        }
        SQLException sql = t instanceof SQLException e ? e : null;
        String message = redact(t.getMessage());
        RedactedSqlException copy = new RedactedSqlException(t.getClass().getName(), message,
                sql == null ? null : sql.getSQLState(), sql == null ? 0 : sql.getErrorCode());
        done.put(t, copy);
        copy.setStackTrace(t.getStackTrace());
        if (t.getCause() != null) {
            RedactedSqlException cause = copy(t.getCause(), done);
            if (cause != copy) { // a chain that loops back keeps its loop out of the copy
                copy.initCause(cause);
            }
        }
        for (Throwable s : t.getSuppressed()) {
            RedactedSqlException suppressed = copy(s, done);
            if (suppressed != copy) {
                copy.addSuppressed(suppressed);
            }
        }
        if (sql != null && sql.getNextException() != null) {
            copy.setNextException(copy(sql.getNextException(), done));
        }
        return copy;
    }
}
