/**
 * Quarry Studio: a local web page to browse, edit and watch a Quarry database live. {@link dev.quarry.studio.Studio}
 * is the one entry point; everything else in this package is its implementation (package-private). Built on
 * quarry-core's published API and SPI only; see docs/studio.md.
 */
package dev.quarry.studio;
