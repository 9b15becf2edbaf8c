/**
 * The annotations that turn a Java record into a table: {@link dev.quarry.annotation.Table},
 * {@link dev.quarry.annotation.Id}, {@link dev.quarry.annotation.Column}, {@link dev.quarry.annotation.Unique},
 * {@link dev.quarry.annotation.Index}, {@link dev.quarry.annotation.References},
 * {@link dev.quarry.annotation.Default}, {@link dev.quarry.annotation.Nullable} and
 * {@link dev.quarry.annotation.RenamedFrom}.
 *
 * <p>This package depends on nothing else in Quarry.
 */
package dev.quarry.annotation;
