package org.example.placement.engine;

import org.drools.drl.ast.descr.RuleDescr;
import org.jspecify.annotations.Nullable;

/**
 * Where in a rule file a place of its DRL is, for problems that name file and line: the
 * DRL's own lines for a DRL file ({@link DrlLines}); for a decision table, whose DRL is
 * generated, the CSV row of the rule or of its Import ({@link TableRows}).
 */
sealed interface SourceLines permits DrlLines, TableRows {

	/**
	 * The file line of something found on {@code drlLine} of the DRL, inside the rule
	 * named {@code rule} or, when null, outside every rule.
	 */
	int line(@Nullable String rule, int drlLine);

	/** What a message starts with to say where in the file it points, or nothing. */
	String where(@Nullable String rule);

	/** The file line of a rule, from its descriptor. */
	default int rule(RuleDescr rule) {
		return line(rule.getName(), rule.getLine());
	}

	/**
	 * The DRL line of the annotation {@code @name} of something declared on
	 * {@code ownerLine}: the parser keeps no line on annotations.
	 */
	int annotation(int ownerLine, String name);

	/**
	 * The DRL line where the text of a rule's consequence begins, its first code or
	 * comment (the parser keeps only the line of its {@code then}).
	 */
	int consequence(RuleDescr rule);

	/** The file line of a parse error the parser reports on {@code row} of the DRL. */
	int parseError(int row);

}
