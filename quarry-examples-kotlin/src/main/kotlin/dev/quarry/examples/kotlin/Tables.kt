package dev.quarry.examples.kotlin

import dev.quarry.annotation.Column
import dev.quarry.annotation.Id
import dev.quarry.annotation.Index
import dev.quarry.annotation.References
import dev.quarry.annotation.ReferentialAction
import dev.quarry.annotation.Table
import dev.quarry.annotation.Unique
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDate

// doc:tables:start
/** An author: `born` may be unknown, so it is `Int?` and its column is nullable; `name` is NOT NULL. */
@Table("kt_author")
@JvmRecord
data class Author(
    @Id(generated = true) val id: Long,
    @Unique @Column(length = 100) val name: String,
    val born: Int? = null,
)

/** A book by an author; a Kotlin enum is a Java enum, so it maps as one. */
@Table("kt_book")
@JvmRecord
data class Book(
    @Id @Column(length = 17) val isbn: String,
    @Index @References(Author::class, onDelete = ReferentialAction.CASCADE) val authorId: Long,
    val title: String,
    val subtitle: String?,
    val format: Format,
    @Column(precision = 8, scale = 2) val price: BigDecimal?,
    val published: LocalDate?,
    val addedAt: Instant,
)

enum class Format { HARDCOVER, PAPERBACK, EBOOK }
// doc:tables:end
