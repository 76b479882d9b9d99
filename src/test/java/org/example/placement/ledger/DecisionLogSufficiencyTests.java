package org.example.placement.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.example.placement.decision.Child;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Location;
import org.example.placement.decision.NeedGroup;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.Sha256;
import org.example.placement.decision.SufficiencyRecord;
import org.example.placement.decision.Tier;
import org.example.placement.sufficiency.UnmetNeed;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions feed the sufficiency duty: each new record keeps whether an in-area place was
 * eligible and, when the recommendation is not in the area, the child's need groups,
 * under its hash; records stored before (V1 to V4) read and verify with the hashes they
 * were stored with; and the unmet-need report counts them by quarter and group. On each
 * database the log supports.
 */
@OnEveryLedgerDatabase
class DecisionLogSufficiencyTests {

	private static final String[] NEW_COLUMNS = { "in_area_eligible", "need_groups" };

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	@Test
	void keepsWhetherAnInAreaPlaceWasEligibleAndNoGroupsWhenTheRecommendationIsInTheArea() {
		ledger.record("D-1", Decisions.DURHAM);

		assertThat(columns("D-1")).containsEntry("in_area_eligible", true).containsEntry("need_groups", null);
		assertThat(ledger.entryAt(1).sufficiency()).isEqualTo(new SufficiencyRecord(true, null));
	}

	@Test
	void keepsTheNeedGroupsWhenNoInAreaPlaceWasEligible() {
		recordOutOfArea("D-1", Children.AS_OF, disabledTeenagerWithASibling());

		assertThat(columns("D-1")).containsEntry("in_area_eligible", false)
			.containsEntry("need_groups", "TEENAGER,DISABLED,SIBLING_GROUP");
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(1));
	}

	@Test
	void clearingOrEditingTheRecordOfADecisionBreaksTheChain() {
		ledger.recordDecisions(3, Decisions.DURHAM);
		recordOutOfArea("D-4", Children.AS_OF, disabledTeenagerWithASibling());

		ledger.sql.sql("UPDATE decision_record SET in_area_eligible = NULL, need_groups = NULL WHERE sequence = 2")
			.update();
		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(1, false, 2L, "D-2", ChainFault.ALTERED));

		ledger.sql.sql("UPDATE decision_record SET in_area_eligible = TRUE WHERE sequence = 2").update();
		ledger.sql.sql("UPDATE decision_record SET need_groups = 'TEENAGER' WHERE sequence = 4").update();
		assertThat(ledger.log.verify()).isEqualTo(new ChainReport(3, false, 4L, "D-4", ChainFault.ALTERED));
	}

	@Test
	void recordsStoredBeforeTheMigrationKeepTheirHashesReadAndVerify() {
		try (HikariDataSource old = database.createEmpty("before_v5_" + System.nanoTime())) {
			Flyway.configure().dataSource(old).target(lastBeforeV5(old)).load().migrate();
			JdbcClient sql = JdbcClient.create(old);
			DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
			LedgerEntry stored = LedgerEntry.chained(1, LedgerEntry.GENESIS_HASH, "D-OLD", LedgerFixture.START,
					"caller", Decisions.DURHAM, request.asOf(), Decisions.RULESET.version(),
					new LedgerJson().write(request), new LedgerJson().write(Decisions.aDecision("D-OLD", request)),
					"[]");
			insertAsBeforeV5(sql, stored);

			Flyway.configure().dataSource(old).load().migrate();
			JdbcDecisionLog log = ledger.logOver(old, 3);
			log.record(request, Decisions.aDecision("D-NEW", request), "caller");

			assertThat(stored.recordHash()).isEqualTo(hashAsBeforeV5(stored));
			assertThat(log.verify()).isEqualTo(ChainReport.intact(2));
			assertThat(log.find("D-OLD").orElseThrow().request()).isEqualTo(request);
			assertThat(log.find("D-OLD").orElseThrow().hash()).isEqualTo(stored.recordHash());
			assertThat(new LedgerTables(sql).find("D-OLD").orElseThrow().sufficiency()).isNull();

			sql.sql("UPDATE decision_record SET in_area_eligible = TRUE WHERE decision_id = 'D-OLD'").update();
			assertThat(log.verify()).isEqualTo(new ChainReport(0, false, 1L, "D-OLD", ChainFault.ALTERED));
		}
	}

	@Test
	void reportsDecisionsWithNoEligibleInAreaPlaceByQuarterAndGroup() {
		ledger.record("D-1", Decisions.DURHAM);
		recordOutOfArea("D-2", LocalDate.of(2026, 5, 1), disabledTeenagerWithASibling());
		recordOutOfArea("D-3", LocalDate.of(2026, 11, 30), disabledTeenagerWithASibling());
		recordOutOfArea("D-4", LocalDate.of(2027, 2, 1), Children.aThirteenYearOldInCare());
		recordOutOfArea("D-5", LocalDate.of(2026, 11, 30), Children.aThirteenYearOldInCare(), Decisions.SUNDERLAND);
		recordOutOfArea("D-6", LocalDate.of(2027, 4, 1), Children.aThirteenYearOldInCare());

		UnmetNeedReport.Result result = new UnmetNeedReport(ledger.dataSource).report(Decisions.DURHAM,
				LocalDate.of(2026, 5, 1), LocalDate.of(2027, 3, 31));

		UnmetNeed report = result.report();
		assertThat(report.quarters()).extracting(UnmetNeed.Period::label)
			.containsExactly("2026-27 Q1", "2026-27 Q2", "2026-27 Q3", "2026-27 Q4");
		assertThat(report.quarters().get(0).from()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(report.quarters().get(0).to()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(report.quarters()).extracting(UnmetNeed.Period::decisions).containsExactly(1L, 0L, 2L, 1L);
		assertThat(report.quarters()).extracting(UnmetNeed.Period::noInAreaEligible).containsExactly(1L, 0L, 1L, 1L);
		assertThat(report.quarters().get(2).byGroup()).containsEntry(NeedGroup.TEENAGER, 1L)
			.containsEntry(NeedGroup.DISABLED, 1L)
			.containsEntry(NeedGroup.SIBLING_GROUP, 1L)
			.containsEntry(NeedGroup.UASC, 0L);
		assertThat(report.total().decisions()).isEqualTo(4);
		assertThat(report.total().noInAreaEligible()).isEqualTo(3);
		assertThat(report.total().byGroup()).containsEntry(NeedGroup.TEENAGER, 3L)
			.containsEntry(NeedGroup.DISABLED, 2L);
		assertThat(result.decisionIds()).containsExactly("D-1", "D-2", "D-3", "D-4");
	}

	@Test
	void countsDecisionsStoredWithoutARecordApart() {
		ledger.record("D-1", Decisions.DURHAM);
		ledger.record("D-2", Decisions.DURHAM);
		ledger.sql.sql("UPDATE decision_record SET in_area_eligible = NULL WHERE sequence = 1").update();

		UnmetNeed report = new UnmetNeedReport(ledger.dataSource)
			.report(Decisions.DURHAM, Children.AS_OF, Children.AS_OF)
			.report();

		assertThat(report.total().decisions()).isEqualTo(1);
		assertThat(report.total().notRecorded()).isEqualTo(1);
		assertThat(report.quarters()).singleElement().extracting(UnmetNeed.Period::label).isEqualTo("2026-27 Q3");
	}

	private void recordOutOfArea(String id, LocalDate asOf, Child child) {
		recordOutOfArea(id, asOf, child, Decisions.DURHAM);
	}

	/** FC-1 out of the area recommended; FC-2 in the area excluded. */
	private void recordOutOfArea(String id, LocalDate asOf, Child child, String authority) {
		DecisionRequest request = new DecisionRequest(asOf, authority, false, child,
				List.of(Candidates.asSent(Candidates.anApprovedFosterCarer("FC-1")),
						Candidates.asSent(Candidates.aConnectedPersonCarer("FC-2"))));
		RankedCandidate out = new RankedCandidate("FC-1", 1, RankedCandidate.Status.RECOMMENDED, Tier.OTHER, 0,
				new BigDecimal("40.0"), "E06000002", Location.OUT, true, List.of(), List.of(), List.of());
		RankedCandidate excluded = new RankedCandidate("FC-2", null, RankedCandidate.Status.EXCLUDED, Tier.OTHER, 0,
				new BigDecimal("3.0"), authority, Location.IN, false, List.of(), List.of(), List.of());
		Decision decision = new Decision(id, Decisions.RULESET.version(), asOf, authority, List.of(out, excluded),
				List.of(), List.of());
		ledger.log.record(request, decision, "caller");
	}

	private static Child disabledTeenagerWithASibling() {
		return Children.aChild()
			.called("CH-2")
			.bornOn(LocalDate.of(2012, 1, 1))
			.disabled()
			.withSiblingsInCare(List.of("SIB-1"))
			.withSiblingsToBePlaced(List.of("SIB-1"))
			.build();
	}

	private Map<String, Object> columns(String decisionId) {
		Map<String, Object> row = new HashMap<>();
		for (String column : NEW_COLUMNS) {
			row.put(column,
					ledger.sql.sql("SELECT " + column + " FROM decision_record WHERE decision_id = ?")
						.param(decisionId)
						.query((rs, n) -> rs.getObject(1))
						.optional()
						.orElse(null));
		}
		return row;
	}

	/** The last migration before V5 (V4 when there is one). */
	private static String lastBeforeV5(HikariDataSource dataSource) {
		return Arrays.stream(Flyway.configure().dataSource(dataSource).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version.compareTo(MigrationVersion.fromVersion("5")) < 0)
			.max(MigrationVersion::compareTo)
			.orElseThrow()
			.getVersion();
	}

	/** The row as V1 to V4 stored it: no sufficiency columns. */
	private static void insertAsBeforeV5(JdbcClient sql, LedgerEntry entry) {
		sql.sql("INSERT INTO decision_record (sequence, decision_id, recorded_at, caller, responsible_authority, "
				+ "as_of, ruleset_version, request_json, response_json, fired_json, previous_hash, record_hash) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.sequence(), entry.decisionId(), LedgerTables.utc(entry.recordedAt()), entry.caller(),
					entry.responsibleAuthority(), entry.asOf(), entry.rulesetVersion(), entry.requestJson(),
					entry.responseJson(), entry.firedJson(), entry.previousHash(), entry.recordHash())
			.update();
		sql.sql("UPDATE ledger_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(entry.sequence(), entry.recordHash())
			.update();
	}

	/** The hash formula of V1 to V4, written out again here so a change to it shows. */
	private static String hashAsBeforeV5(LedgerEntry e) {
		return Sha256.of(String.join("\n", e.previousHash(), Long.toString(e.sequence()), e.decisionId(),
				DateTimeFormatter.ISO_INSTANT.format(e.recordedAt()), e.caller(), e.rulesetVersion(), e.requestJson(),
				e.responseJson(), e.firedJson()));
	}

}
