package org.example.placement.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Geography;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.Replay;
import org.example.placement.scenario.Anonymiser;
import org.example.placement.scenario.AuditScenario;
import org.example.placement.scenario.Expectation.RuleOnCandidate;
import org.example.placement.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a logged decision as a scenario file with its full expectation, for the audit
 * trail (issue 11). By default the file holds the child's date of birth and home postcode
 * (the child's ref becomes the decision id), so it goes to {@code ./data/exports/},
 * outside the source tree and git-ignored, and the command says it holds personal data.
 * With {@code --anonymise} the request is anonymised ({@link Anonymiser}), replayed under
 * the decision's archived ruleset, and written only when the decision is identical
 * (ranking, findings, approvals, notifications and every rule fired): that file may
 * become a permanent scenario under {@code test-scenarios/}. Each export is recorded in
 * the access log, naming {@code --reader} or the operating-system user.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:the scenario file is written",
				" 1:the stored request no longer reads, or it cannot be anonymised keeping the decision identical",
				ExitCodes.USAGE_LINE, " 3:no decision with that id in the log", ExitCodes.ERROR_LINE },
		description = "Write a logged decision as a scenario file (by default under data/exports/; "
				+ "it holds personal data unless --anonymise).")
final class ExportCommand implements Callable<Integer> {

	static final String DEFAULT_DIR = "data/exports";

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", description = "the decision id")
	String decisionId;

	@Option(names = "--dir", defaultValue = DEFAULT_DIR, description = "where to write (default: ${DEFAULT-VALUE})")
	Path dir;

	@Option(names = "--anonymise", description = "replace the date of birth, home postcode and refs so that the "
			+ "decision stays identical (checked by replaying it), for a permanent scenario; refused when it cannot")
	boolean anonymise;

	@Option(names = "--reader",
			description = "who is exporting, for the access log (default: cli:<operating-system user>)")
	String reader;

	@Mixin
	ServiceRules rules;

	@Override
	public Integer call() {
		try (Services services = rules.start()) {
			LoggedDecision logged = services.logged(decisionId, spec.commandLine().getErr()).orElse(null);
			if (logged == null) {
				return ExitCodes.NOT_FOUND;
			}
			// recorded before anything is read out of it: an export that cannot be
			// audited is not made
			services.bean(AccessLog.class)
				.record(reader(reader), anonymise ? AccessLog.Kind.EXPORT_ANONYMISED : AccessLog.Kind.EXPORT,
						List.of(logged.decisionId()));
			if (logged.request() == null) {
				out().println("Decision " + decisionId + " cannot be exported: the stored request no longer reads, at "
						+ logged.requestProblem());
				return 1;
			}
			DecisionRequest given = anonymise ? anonymised(services, logged)
					: Anonymiser.withChildRef(logged.readableRequest(), logged.decisionId());
			if (given == null) {
				return 1;
			}
			write(services, logged, given);
			return 0;
		}
	}

	private void write(Services services, LoggedDecision logged, DecisionRequest given) {
		JsonMapper json = services.bean(JsonMapper.class);
		Decision recorded = json.readValue(logged.responseJson(), Decision.class);
		List<RuleOnCandidate> fired = json.readValue(logged.firedJson(), new TypeReference<List<RuleOnCandidate>>() {
		});
		AuditScenario.Logged source = new AuditScenario.Logged(logged.decisionId(), logged.recordedAt(),
				logged.rulesetVersion());
		Path file = dir.resolve(AuditScenario.fileName(source));
		ScenarioFiles.write(file, AuditScenario.of(source, given, recorded, fired));
		out().println("Written " + file);
		if (anonymise) {
			out().println("Anonymised: date of birth, home postcode, child and sibling refs replaced; "
					+ "replayed under ruleset " + logged.rulesetVersion() + ", decision identical. "
					+ "Review it, then it may go under test-scenarios/.");
		}
		else {
			out().println("PERSONAL DATA: this file holds the child's date of birth and home postcode. "
					+ "Keep it out of the source tree and delete it when the audit is done; "
					+ "use --anonymise for a scenario to keep.");
		}
	}

	/** The anonymised request, or null after saying why there is none. */
	private DecisionRequest anonymised(Services services, LoggedDecision logged) {
		Anonymiser.Outcome outcome = Anonymiser.anonymise(logged.readableRequest(), services.bean(Geography.class));
		if (outcome instanceof Anonymiser.Refused refused) {
			out().println("Not anonymised, nothing written: " + refused.reason());
			return null;
		}
		DecisionRequest request = ((Anonymiser.Anonymised) outcome).request();
		Replay replay = services.bean(DecisionReplayer.class).replayAs(logged, request);
		if (!replay.replayable() || !replay.identical()) {
			out().println("Not anonymised, nothing written: the anonymised request " + (replay.replayable()
					? "does not give the same decision; it differs at "
							+ String.join(", ", replay.differences().stream().map(Replay.Difference::path).toList())
					: "cannot be replayed: " + replay.reason()));
			return null;
		}
		return request;
	}

	/** The reader a command records: {@code --reader}, or the operating-system user. */
	static String reader(String reader) {
		return reader != null && !reader.isBlank() ? reader.strip()
				: "cli:" + System.getProperty("user.name", "unknown");
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
