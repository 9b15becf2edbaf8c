package dev.quarry.cli;

import java.util.List;
import java.util.stream.Collectors;

/** Versions as the command prints them: {@code V1, V2}. */
final class Versions {
    private Versions() {
    }

    static String list(List<Integer> versions) {
        return versions.stream().map(v -> "V" + v).collect(Collectors.joining(", "));
    }
}
