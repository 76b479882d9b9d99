package org.example.placement.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.LoggedDecision;
import org.example.placement.scenario.AuditScenario;
import org.example.placement.scenario.Expectation.RuleOnCandidate;
import org.example.placement.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes a logged decision as a scenario file with its full expectation, for the audit trail. */
@Command(name = "export", description = "Write a logged decision as a scenario under test-scenarios/audit-replays/.")
final class ExportCommand implements Callable<Integer> {

	@Parameters(index = "0", description = "the decision id")
	String decisionId;

	@Option(names = "--dir", defaultValue = "test-scenarios/audit-replays", description = "where to write (default: ${DEFAULT-VALUE})")
	Path dir;

	@Mixin
	ServiceRules rules;

	@Override
	public Integer call() {
		try (Services services = rules.start()) {
			LoggedDecision logged = services.bean(DecisionLog.class).find(decisionId).orElse(null);
			if (logged == null) {
				System.out.println("No decision " + decisionId + " in the log");
				return 2;
			}
			JsonMapper json = services.bean(JsonMapper.class);
			Decision recorded = json.readValue(logged.responseJson(), Decision.class);
			List<RuleOnCandidate> fired = json.readValue(logged.firedJson(), new TypeReference<List<RuleOnCandidate>>() {
			});
			Path file = dir.resolve(AuditScenario.fileName(logged));
			ScenarioFiles.write(file, AuditScenario.of(logged, recorded, fired));
			System.out.println("Written " + file);
			return 0;
		}
	}

}
