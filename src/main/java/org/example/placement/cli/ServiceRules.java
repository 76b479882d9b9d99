package org.example.placement.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --rules} option of every command that starts the service's components. */
final class ServiceRules {

	@Option(names = "--rules", defaultValue = "rules",
			description = "rules directory the service starts with (default: ${DEFAULT-VALUE})")
	Path rules;

	Services start() {
		return Services.start(rules);
	}

}
