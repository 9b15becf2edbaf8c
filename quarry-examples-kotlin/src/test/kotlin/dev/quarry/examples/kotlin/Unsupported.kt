package dev.quarry.examples.kotlin

import dev.quarry.annotation.Id
import dev.quarry.annotation.Table

// Kotlin declarations Quarry cannot map; ProcessorOnKotlinTest checks that the processor says so. Not in the list of
// tables the build processes (pom.xml), so the build itself stays green.

@JvmInline
value class Email(val value: String)

/** A value-class property: kotlinc makes the canonical constructor private. */
@Table("kt_with_value_class")
@JvmRecord
data class WithValueClass(@Id val id: Long, val email: Email)

/** Not a @JvmRecord: a plain data class is a final class to Java, and @Table applies to records only. */
@Table("kt_plain_data_class")
data class PlainDataClass(@Id val id: Long, val name: String)
