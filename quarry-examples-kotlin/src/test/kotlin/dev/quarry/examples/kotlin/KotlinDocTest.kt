package dev.quarry.examples.kotlin

import dev.quarry.Quarry
import dev.quarry.examples.kotlin.AuthorTable.AUTHOR
import dev.quarry.examples.kotlin.BookTable.BOOK
import dev.quarry.query.Dsl.count
import dev.quarry.testing.AllDatabases
import dev.quarry.testing.TestDb
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/** docs/kotlin.md's examples: run here on every database, and shown there exactly as written here. */
class KotlinDocTest {

    @AllDatabases
    fun `the documented example runs`(t: TestDb) {
        val db: Quarry = t.use(AUTHOR, BOOK)
        val now = Instant.parse("2026-12-07T12:00:00Z")
        // doc:start
        val author = db.insertInto(AUTHOR).values(Author(0, "Ursula K. Le Guin", born = 1929))
            .returning().fetchOne()                                  // id filled in by the database
        db.insertInto(BOOK).values(listOf(
            Book("978-0441478125", author.id, "The Left Hand of Darkness", null, Format.PAPERBACK, null, null, now),
            Book("978-0547773742", author.id, "A Wizard of Earthsea", null, Format.EBOOK, null, null, now),
        )).execute()

        val titles: List<String> = db.select(BOOK.title).from(BOOK)
            .where(BOOK.authorId.eq(author.id), BOOK.subtitle.isNull())
            .orderBy(BOOK.title.asc())
            .fetch()
        val perFormat = db.select(BOOK.format, count()).from(BOOK).groupBy(BOOK.format)
            .map { it.v1() to it.v2() }                              // Tuple2 into a Kotlin Pair
            .fetch().toMap()
        val unknownBirth = db.selectFrom(AUTHOR).where(AUTHOR.born.isNull()).fetch()

        db.transactionRun<RuntimeException> { tx ->                 // name X: Kotlin has no checked exceptions
            tx.update(BOOK).set(BOOK.subtitle, "Earthsea 1").where(BOOK.isbn.`in`("978-0547773742")).execute()
        }
        // doc:end
        assertThat(titles).containsExactly("A Wizard of Earthsea", "The Left Hand of Darkness")
        assertThat(perFormat).isEqualTo(mapOf(Format.PAPERBACK to 1L, Format.EBOOK to 1L))
        assertThat(unknownBirth).isEmpty()
        assertThat(db.select(BOOK.subtitle).from(BOOK).where(BOOK.isbn.eq("978-0547773742")).fetchOne())
            .isEqualTo("Earthsea 1")
    }

    @Test
    fun `the doc shows the example and the tables as the code has them`() {
        val doc = Files.readString(Path.of("../docs/kotlin.md"))
        assertThat(doc).contains(snippet("src/test/kotlin/dev/quarry/examples/kotlin/KotlinDocTest.kt", "doc"))
        assertThat(doc).contains(snippet("src/main/kotlin/dev/quarry/examples/kotlin/Tables.kt", "doc:tables"))
    }

    private fun snippet(file: String, marker: String): String {
        val source = Files.readString(Path.of(file))
        val start = source.indexOf("// $marker:start") + "// $marker:start".length
        val end = source.indexOf("// $marker:end", start)
        return source.substring(start, end).trimIndent().trim()
    }
}
