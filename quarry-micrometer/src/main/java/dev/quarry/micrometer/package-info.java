/**
 * Micrometer metrics for Quarry, usable without Spring: {@link dev.quarry.micrometer.QuarryMetrics}. See
 * docs/metrics.md.
 */
package dev.quarry.micrometer;
