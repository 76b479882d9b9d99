package org.example.placement.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Geography;
import org.example.placement.decision.LoggedDecision;
import org.example.placement.decision.RulesetBuilder;
import org.example.placement.decision.RulesetSources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Decisions made under a ruleset as it stood before the rule facts were typed (issue 9),
 * still replay identically: its rule files (which match {@code Candidate( distanceMiles
 * ... )} and join a DRL-declared {@code PlacementKind( candidateRef, kind )} by ref)
 * still compile through the archive's builder, the requests as the log stored them still
 * read and are written again byte for byte (so an idempotency key's fingerprint holds),
 * and each response and the rules that fired are the same, field by field. See
 * {@code src/test/resources/archived/before-issue-9/README.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "placement.scenarios.gate=false")
class ArchivedRulesetReplayTests {

	static final Path ARCHIVED = Path.of("src/test/resources/archived/before-issue-9");

	@Autowired
	RulesetBuilder rulesets;

	@Autowired
	Geography geography;

	@TestFactory
	Stream<DynamicTest> everyDecisionMadeBeforeIssue9ReplaysIdentically() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> recorded = recorded(json);
		RulesetSources sources = new RulesetSources(recorded.get(0).get("rulesetVersion").asString(), ruleFiles());
		DecisionLog log = mock(DecisionLog.class);
		given(log.ruleset(sources.version())).willReturn(Optional.of(sources));
		DecisionReplayer replayer = new DecisionReplayer(log, rulesets, geography, json);
		LedgerJson ledger = new LedgerJson();
		assertThat(recorded).hasSizeGreaterThan(90);
		return recorded.stream().map(line -> DynamicTest.dynamicTest(line.get("scenario").asString(), () -> {
			DecisionRequest request = ledger.readRequest(line.get("request").asString());
			LoggedDecision logged = new LoggedDecision(1, line.get("decisionId").asString(), Instant.EPOCH, "caller",
					request.responsibleAuthority(), request.asOf(), sources.version(), request, null,
					line.get("response").asString(), line.get("fired").asString(), "sha256:");

			Replay replay = replayer.replayAs(logged, request);

			assertThat(ledger.write(request)).as("the request written as the log wrote it")
				.isEqualTo(line.get("request").asString());
			assertThat(replay.reason()).isNull();
			assertThat(replay.differences()).isEmpty();
			assertThat(replay.identical()).isTrue();
		}));
	}

	private static List<JsonNode> recorded(JsonMapper json) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(ARCHIVED.resolve("decisions.jsonl.gz")))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(json::readTree).toList();
		}
	}

	private static Map<String, String> ruleFiles() throws IOException {
		Path root = ARCHIVED.resolve("rules");
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
			}
		}
		return files;
	}

}
