/**
 * Type codecs and value checks shared by more than one dialect. What only one database needs lives in that
 * database's folder ({@code sqlite}, {@code postgres}, {@code mariadb}); nothing here names a driver class.
 */
package dev.quarry.internal.dialect.codec;
