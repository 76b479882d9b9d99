package org.example.placement.cli;

import picocli.CommandLine.Command;

/** The rules as people read them: {@code rules diff}. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
		subcommands = RulesDiffCommand.class, description = "Compare ruleset versions.")
final class RulesCommand {

}
