package dev.quarry.spi;

/** A registration that ends when closed; closing twice does nothing. Thread-safe. */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
