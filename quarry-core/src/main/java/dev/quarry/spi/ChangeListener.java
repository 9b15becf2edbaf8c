package dev.quarry.spi;

/** Told of committed writes; see {@link Platform#subscribe}. Must be thread-safe, quick, and must not throw. */
@FunctionalInterface
public interface ChangeListener {

    /** Called after a commit that changed data, with the tables it changed. */
    void onChange(ChangeEvent event);
}
