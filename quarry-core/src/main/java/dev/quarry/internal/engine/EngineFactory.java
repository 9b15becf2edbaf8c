package dev.quarry.internal.engine;

import dev.quarry.QuarryEngine;
import dev.quarry.QuarrySettings;
import javax.sql.DataSource;

/**
 * Quarry's engine as {@link java.util.ServiceLoader} finds it for the facade
 * ({@code META-INF/services/dev.quarry.QuarryEngine$Factory}). Stateless.
 */
public final class EngineFactory implements QuarryEngine.Factory {

    @Override
    public QuarryEngine open(String url, QuarrySettings settings) {
        return QuarryHandle.open(url, settings);
    }

    @Override
    public QuarryEngine open(DataSource dataSource, QuarrySettings settings) {
        return QuarryHandle.open(dataSource, settings);
    }

    @Override
    public dev.quarry.spi.DdlOperations ddl(String databaseName) {
        return new dev.quarry.internal.dialect.DdlView(dev.quarry.internal.dialect.detect.Dialects.offline(databaseName));
    }
}
