package org.example.placement.engine;

import org.jspecify.annotations.Nullable;

/**
 * Where a rule is written and what it says: its file (relative to the rules directory),
 * the line of the rule (a decision table's row) and its text from {@code when} to
 * {@code end} with runs of white space made one space, so that re-indenting is no change
 * but a changed condition or action is. A decision table's rule is the DRL its row
 * compiles to. The metadata is not part of the text: it is compared field by field.
 * {@code confidence} is the rule's {@code @confidence}, what in the law it rests on is
 * still unconfirmed (null when it states none); only people read it, so the engine's
 * metadata leaves it out.
 */
public record RuleSource(String id, String file, int line, String text, @Nullable String confidence) {

}
