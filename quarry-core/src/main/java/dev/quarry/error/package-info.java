/**
 * Quarry's exceptions: one unchecked root, {@link dev.quarry.error.QuarryException}, and subtypes a caller can act
 * on. Each dialect translates its database's error codes into these, once.
 */
package dev.quarry.error;
