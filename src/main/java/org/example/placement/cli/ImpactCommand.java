package org.example.placement.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.example.placement.ledger.LogQuery;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.engine.RuleBook;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.ImpactAnalysis;
import org.example.placement.ledger.ImpactReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-runs logged decisions under a proposed ruleset and reports what would have changed.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:the report is written", " 1:the proposed rules do not compile or validate",
				ExitCodes.USAGE_LINE, ExitCodes.ERROR_LINE },
		description = "Measure a proposed ruleset on logged decisions: top choices changed, exclusions, and the rules behind them.")
final class ImpactCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--proposed", required = true, description = "the proposed rules directory")
	Path proposed;

	@Option(names = "--from", description = "first day recorded (yyyy-mm-dd, UTC)")
	LocalDate from;

	@Option(names = "--to", description = "last day recorded (yyyy-mm-dd, UTC)")
	LocalDate to;

	@Option(names = "--authority", description = "only this responsible authority")
	String authority;

	@Option(names = "--out", defaultValue = "target/impact",
			description = "directory for impact.md and impact.json (default: ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--archive",
			description = "also keep the proposed ruleset in the decision log's archive, for the pages /rules/diff and /rules/impact")
	boolean archive;

	@Mixin
	ServiceRules rules;

	@Override
	public Integer call() throws IOException {
		DroolsRuleEngine engine = Services.compileOrReport(proposed, out());
		if (engine == null) {
			return 1;
		}
		LogQuery query = LogQuery.recorded(authority, from, to, null);
		try (Services services = rules.start()) {
			if (archive) {
				services.bean(DecisionLedger.class).archive(RuleBook.read(proposed));
				out().println("Archived the proposed ruleset " + engine.current().version()
						+ ": /rules/impact and /rules/diff can show it");
			}
			ImpactReport report = services.bean(ImpactAnalysis.class)
				.analyse(engine.current().version(), engine, query);
			Files.createDirectories(out);
			Files.writeString(out.resolve("impact.md"), report.markdown());
			Files.writeString(out.resolve("impact.json"),
					services.bean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(report));
			out().println(report.decisions() + " decisions re-run; top choice changed in " + report.topChoiceChanged()
					+ "; ranking changed in " + report.rankingChanged() + ". Report: " + out.resolve("impact.md"));
			return 0;
		}
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
