package dev.quarry.internal.dialect.codec;

/** An enum for the ENUM codec tests. */
public enum Color {
    RED, GREEN, BLUE_GREEN
}
