package org.example.placement.cli;

/**
 * The exit codes every command keeps to, so a pipeline can tell "the check failed" from
 * "the command was called wrongly" from "it broke". Each command lists the ones it uses
 * in its {@code --help}; README "Commands" lists them all.
 */
final class ExitCodes {

	/** Done, and everything the command checked passed. */
	static final int OK = 0;

	/**
	 * The command ran and what it checked did not pass (rules do not compile, a scenario
	 * fails, a replay differs, the chain is broken).
	 */
	static final int FAILED = 1;

	/**
	 * Called wrongly: an unknown option or command, a missing or malformed parameter
	 * (picocli's own code).
	 */
	static final int USAGE = 2;

	/** The decision id given is not in the decision log. */
	static final int NOT_FOUND = 3;

	/**
	 * An unexpected failure (the decision log unreachable, a file unreadable): the stack
	 * trace is on stderr.
	 */
	static final int ERROR = 70;

	/** The heading of every command's list of exit codes in its {@code --help}. */
	static final String HEADING = "%nExit codes:%n";

	/** The line for {@link #USAGE} in a command's {@code --help}. */
	static final String USAGE_LINE = " 2:called wrongly: an unknown option, a missing or malformed parameter (usage on stderr)";

	/** The line for {@link #ERROR} in a command's {@code --help}. */
	static final String ERROR_LINE = "70:an unexpected failure, such as the decision log unreachable (stack trace on stderr)";

	private ExitCodes() {
	}

}
