package org.example.placement.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.scenario.Catalogue;
import org.example.placement.scenario.Coverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the human-readable rule catalogue (Markdown) for policy staff and auditors. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:the catalogue is written", " 1:the rules do not compile or validate", ExitCodes.USAGE_LINE,
				ExitCodes.ERROR_LINE },
		description = "Write the rule catalogue as Markdown: every rule, its citation, dates and scenarios.")
final class CatalogueCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	RuleDirectoryOptions directories;

	@Option(names = "--out", description = "file to write (default: standard output)")
	Path out;

	@Override
	public Integer call() throws IOException {
		DroolsRuleEngine engine = Services.compileOrReport(directories.rules, out());
		if (engine == null) {
			return 1;
		}
		String markdown = Catalogue.markdown(engine.current(), Coverage.of(directories.scenarios));
		if (out == null) {
			out().print(markdown);
		}
		else {
			Files.writeString(out, markdown);
			out().println("Catalogue written to " + out);
		}
		return 0;
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
