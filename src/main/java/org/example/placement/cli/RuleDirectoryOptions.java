package org.example.placement.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The rules directory and the scenario directory, as every command that checks rules
 * against their scenarios takes them ({@code validate}, {@code catalogue},
 * {@code gate-verdict}): a picocli mixin.
 */
final class RuleDirectoryOptions {

	@Parameters(index = "0", defaultValue = "rules", description = "rules directory (default: ${DEFAULT-VALUE})")
	Path rules;

	@Option(names = "--scenarios", defaultValue = "test-scenarios",
			description = "scenario directory (default: ${DEFAULT-VALUE})")
	Path scenarios;

}
