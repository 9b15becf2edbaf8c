/**
 * The type-safe SQL DSL: {@link dev.quarry.query.Table tables} with typed {@link dev.quarry.query.Column columns},
 * {@link dev.quarry.query.Expression expressions} and {@link dev.quarry.query.Condition conditions}, and the
 * builders {@link dev.quarry.query.Select}, {@link dev.quarry.query.Insert}, {@link dev.quarry.query.Update},
 * {@link dev.quarry.query.Delete} and {@link dev.quarry.query.RawSql}. Query and expression nodes are immutable
 * records under sealed interfaces, except the nodes that have a class per number type ({@code Column},
 * {@code Arithmetic}, {@code FunctionCall}, {@code Aggregate}: small sealed classes whose subclasses are the
 * {@link dev.quarry.query.LongExpression}, {@link dev.quarry.query.IntExpression},
 * {@link dev.quarry.query.DecimalExpression} and {@link dev.quarry.query.DoubleExpression} of their type, which take
 * the values and operands that widen to it without change); this package knows no SQL text and no JDBC. Statements run through an
 * {@link dev.quarry.query.Executor} the engine supplies.
 */
package dev.quarry.query;
