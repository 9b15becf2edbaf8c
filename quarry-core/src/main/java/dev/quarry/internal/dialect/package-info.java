/**
 * Internal: what each database does its own way, one bundle per database (STYLE.md 1): {@code Dialect} hands out
 * rendering ({@code render}), DDL, codecs, capabilities, error translation, transaction control
 * ({@code TransactionControl}) and the introspector. Vendor folders ({@code sqlite}, {@code postgres},
 * {@code mariadb}) hold everything one database needs and name its driver's classes; {@code detect} picks the
 * dialect of a live connection or URL; {@code render} is the shared renderer; {@code codec} the shared type codecs.
 *
 * <p>Where the next modules plug in: the migrations module grows {@code spi.Introspector} and
 * {@code spi.DdlOperations}, implemented here per database (ALTER limits, the SQLite table rebuild); watched queries
 * read {@code Rendered.tablesRead()}.
 */
package dev.quarry.internal.dialect;
