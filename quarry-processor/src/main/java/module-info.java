/**
 * Quarry's annotation processor: turns {@code @Table} records into typed table classes and mappers at compile time.
 * Exports nothing; javac finds it as a service.
 */
module dev.quarry.processor {
    requires java.compiler;
    requires dev.quarry.core;

    provides javax.annotation.processing.Processor with dev.quarry.processor.TableProcessor;
}
