package dev.quarry.studio;

/** An enum of the code, stored as text: what the Studio offers as a choice when it has the code's tables. */
enum Mood {
    CALM, CROSS
}
