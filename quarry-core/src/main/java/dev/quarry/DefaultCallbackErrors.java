package dev.quarry;

import org.slf4j.LoggerFactory;

/** The default {@link CallbackErrorHandler}: an ERROR line on the logger {@code dev.quarry.callback}. */
final class DefaultCallbackErrors {
    static final CallbackErrorHandler LOG = (source, error) ->
            LoggerFactory.getLogger("dev.quarry.callback").error("{} failed", source, error);

    private DefaultCallbackErrors() {
    }
}
