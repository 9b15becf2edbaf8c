package dev.quarry.examples.kotlin

import dev.quarry.testing.ModuleRules
import org.junit.jupiter.api.Test

/** The Kotlin example, its generated tables and its tests use only Quarry's published API. */
class PublishedApiOnlyTest {

    @Test
    fun `no class of the Kotlin example imports Quarry internals`() {
        ModuleRules.assertNoInternalImports(Author::class.java, AuthorTable::class.java, KotlinTablesTest::class.java)
    }
}
