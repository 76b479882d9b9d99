package org.example.placement.cli;

import java.io.PrintWriter;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The commands policy staff and auditors run from the same jar as the service:
 * {@code java -jar placement-decision-service.jar validate [rules-dir]} and friends.
 * Every command has {@code --help} and {@code --version}, prints through picocli (its
 * report on stdout, usage errors on stderr) and exits with one of {@link ExitCodes}.
 */
@Command(name = "placement-decision-service", mixinStandardHelpOptions = true, versionProvider = Version.class,
		subcommands = { ValidateCommand.class, ScenariosCommand.class, CatalogueCommand.class, WhatIfCommand.class,
				ReplayCommand.class, ExportCommand.class, LedgerCommand.class, ImpactCommand.class,
				SufficiencyCommand.class, RulesCommand.class, GateVerdictCommand.class, HelpCommand.class },
		description = { "Rules tooling for the placement decision service.",
				"Without arguments, or with only Spring Boot --name=value options, the service starts instead." },
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:done, and everything checked passed",
				" 1:what the command checked did not pass (see each command's --help)",
				" 2:called wrongly: an unknown command or option, a missing or malformed parameter (usage on stderr)",
				" 3:replay, export: no decision with that id in the log; rules diff: no archived ruleset with that version",
				ExitCodes.ERROR_LINE })
public final class Cli {

	/** The options that only ever mean the command line, wherever they stand. */
	static final Set<String> HELP_AND_VERSION = Set.of("-h", "--help", "-V", "--version");

	private Cli() {
	}

	/**
	 * Whether the arguments are for the command line rather than the service: the first
	 * is not a Spring Boot {@code --name=value} option (so it names a command,
	 * {@code help}, or is a mistake that deserves a usage message rather than a server),
	 * or any of them asks for help or the version. Only no arguments, or only
	 * {@code --name=value} options, start the server.
	 */
	public static boolean handles(String[] args) {
		if (args.length == 0) {
			return false;
		}
		if (!args[0].startsWith("--")) {
			return true;
		}
		for (String arg : args) {
			if (HELP_AND_VERSION.contains(arg)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Turns the engine's and framework's logging off ({@code quiet}) or back on at INFO
	 * ({@code --verbose}): a command whose report is the point prints nothing else.
	 */
	static void quiet(boolean quiet) {
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(quiet ? Level.OFF : Level.INFO);
	}

	/**
	 * Runs a command on the standard streams and returns its exit code
	 * ({@link ExitCodes}).
	 */
	public static int run(String[] args) {
		return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	/**
	 * Runs a command, printing its report to {@code out} and usage errors and failures to
	 * {@code err}.
	 */
	public static int run(PrintWriter out, PrintWriter err, String... args) {
		// commands print their own report; engine and framework chatter would bury it
		// (the level is put back afterwards, for a caller in the same process)
		Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
		Level before = root.getLevel();
		root.setLevel(Level.WARN);
		CommandLine commandLine = new CommandLine(new Cli()).setOut(out)
			.setErr(err)
			.setExecutionExceptionHandler((ex, failed, parsed) -> {
				ex.printStackTrace(failed.getErr());
				return ExitCodes.ERROR;
			});
		try {
			return commandLine.execute(args);
		}
		finally {
			out.flush();
			err.flush();
			root.setLevel(before);
		}
	}

}
