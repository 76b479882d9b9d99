package org.example.placement.cli;

import java.util.Set;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The commands policy staff and auditors run from the same jar as the service:
 * {@code java -jar placement-decision-service.jar validate [rules-dir]} and friends.
 */
@Command(name = "placement-decision-service", mixinStandardHelpOptions = true,
		subcommands = { ValidateCommand.class, ScenariosCommand.class, CatalogueCommand.class, WhatIfCommand.class,
				ReplayCommand.class, ExportCommand.class, LedgerCommand.class, ImpactCommand.class },
		description = "Rules tooling for the placement decision service. Without a command, the service starts.")
public final class Cli {

	static final Set<String> COMMANDS = Set.of("validate", "scenarios", "catalogue", "what-if", "replay", "export",
			"ledger", "impact", "help", "--help", "-h");

	private Cli() {
	}

	/** Whether the arguments name a command rather than options for the service. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs a command and returns its exit code: 0 only when everything it checked passed. */
	public static int run(String[] args) {
		// commands print their own report; engine and framework chatter would bury it
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(Level.WARN);
		return new CommandLine(new Cli()).execute(args);
	}

}
