package dev.quarry.query;

/** The arithmetic operators. */
public enum ArithmeticOperator {
    ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO
}
