package org.example.placement.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.Sha256;
import org.example.placement.sufficiency.AssessmentLog;
import org.example.placement.sufficiency.AssessmentSummary;
import org.example.placement.sufficiency.RecordedAssessment;
import org.example.placement.sufficiency.ReturnFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sufficiency assessments in the ledger's database ({@code V4__sufficiency_assessment}):
 * the assessment, its files and the archived ruleset in one transaction, appended only.
 */
final class JdbcAssessmentLog implements AssessmentLog {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final RulesetArchive archive;

	JdbcAssessmentLog(DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.archive = new RulesetArchive(jdbc);
	}

	@Override
	public void record(RecordedAssessment assessment, RulesetSources sources) {
		if (!sources.version().equals(assessment.rulesetVersion())) {
			throw new IllegalArgumentException("assessment made under " + assessment.rulesetVersion()
					+ " but sources for " + sources.version() + " were given");
		}
		transactions.executeWithoutResult(status -> {
			jdbc.sql("INSERT INTO sufficiency_assessment (assessment_id, recorded_at, caller, authority, year_end,"
					+ " ruleset_version, inputs_hash, report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(assessment.assessmentId(), OffsetDateTime.ofInstant(assessment.recordedAt(), ZoneOffset.UTC),
						assessment.caller(), assessment.authority(), assessment.yearEnd(), assessment.rulesetVersion(),
						Sha256.ofFiles(assessment.files().files()), assessment.reportJson())
				.update();
			assessment.files()
				.files()
				.forEach((name, bytes) -> jdbc
					.sql("INSERT INTO sufficiency_assessment_file (assessment_id, name, content_hash, content_base64)"
							+ " VALUES (?, ?, ?, ?)")
					.params(assessment.assessmentId(), name, Sha256.ofFiles(Map.of(name, bytes)),
							Base64.getEncoder().encodeToString(bytes))
					.update());
			archive.keep(sources);
		});
	}

	@Override
	public Optional<RecordedAssessment> find(String assessmentId) {
		Map<String, byte[]> files = new TreeMap<>();
		jdbc.sql("SELECT name, content_base64 FROM sufficiency_assessment_file WHERE assessment_id = ?")
			.param(assessmentId)
			.query((rs, row) -> files.put(rs.getString(1), Base64.getDecoder().decode(rs.getString(2))))
			.list();
		return jdbc
			.sql("SELECT assessment_id, recorded_at, caller, authority, year_end, ruleset_version, report_json"
					+ " FROM sufficiency_assessment WHERE assessment_id = ?")
			.param(assessmentId)
			.query((rs, row) -> new RecordedAssessment(rs.getString(1),
					rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), new ReturnFiles(files), rs.getString(7)))
			.optional();
	}

	@Override
	public List<AssessmentSummary> list(@Nullable Set<String> authorities) {
		if (authorities != null && authorities.isEmpty()) {
			return List.of();
		}
		String where = authorities == null ? ""
				: " WHERE authority IN (" + String.join(", ", Collections.nCopies(authorities.size(), "?")) + ")";
		return jdbc
			.sql("SELECT assessment_id, recorded_at, authority, year_end, ruleset_version FROM sufficiency_assessment"
					+ where + " ORDER BY recorded_at DESC, assessment_id")
			.params(authorities == null ? List.of() : List.copyOf(new TreeSet<>(authorities)))
			.query((rs, row) -> new AssessmentSummary(rs.getString(1),
					rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list();
	}

	@Override
	public Optional<RulesetSources> rulesetSources(String version) {
		return archive.find(version);
	}

}
