/**
 * A unit of work: {@link dev.quarry.session.UnitOfWork} keeps the rows it loaded in an identity map, records new,
 * changed and removed records, and writes them all in one {@code flush()} (parents inserted before children,
 * children deleted before parents, only changed columns updated). See {@code docs/unit-of-work.md}.
 */
package dev.quarry.session;
