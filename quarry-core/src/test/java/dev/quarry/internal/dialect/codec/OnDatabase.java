package dev.quarry.internal.dialect.codec;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The database a jqwik container runs on; {@link SkipUnreachableDatabase} skips it when the server is down. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OnDatabase {
    TestDb value();
}
