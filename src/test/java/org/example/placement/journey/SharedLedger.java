package org.example.placement.journey;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision log the replicas share, read straight from the database: what the chain
 * and the ruleset archive hold once the load has stopped.
 */
final class SharedLedger {

	private final JdbcClient jdbc;

	SharedLedger(DataSource database) {
		this.jdbc = JdbcClient.create(database);
	}

	/**
	 * One chain, sequences 1 to n with no gap or duplicate, holding exactly the decisions
	 * acknowledged, the old and new rules interleaved in it; each of the two versions
	 * archived once, differing in the two files changed.
	 */
	void assertOneChainOf(List<ReplicaLoad.Ack> acks, String oldVersion, String newVersion) {
		long records = count("SELECT COUNT(*) FROM decision_record");
		assertThat(records).as("records in the shared log").isEqualTo(acks.size());
		assertThat(count("SELECT COUNT(DISTINCT sequence) FROM decision_record")).isEqualTo(records);
		assertThat(count("SELECT MIN(sequence) FROM decision_record")).isEqualTo(1);
		assertThat(count("SELECT MAX(sequence) FROM decision_record")).as("no gap").isEqualTo(records);
		assertThat(count("SELECT last_sequence FROM ledger_head")).isEqualTo(records);
		assertThat(jdbc.sql("SELECT decision_id FROM decision_record").query(String.class).set())
			.as("the decisions acknowledged, and no other")
			.isEqualTo(acks.stream().map(ReplicaLoad.Ack::decisionId).collect(Collectors.toSet()));
		assertThat(sequence("MIN", newVersion)).as("a decision under the new rules came before one under the old")
			.isLessThan(sequence("MAX", oldVersion));
		assertArchivedOnce(oldVersion, newVersion);
	}

	private void assertArchivedOnce(String oldVersion, String newVersion) {
		Map<String, Map<String, String>> archived = jdbc
			.sql("SELECT version, path, content_hash FROM ruleset_version_file")
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(r -> r.get(0), Collectors.toMap(r -> r.get(1), r -> r.get(2))));
		assertThat(archived.keySet()).as("versions archived").containsExactlyInAnyOrder(oldVersion, newVersion);
		Map<String, String> before = archived.get(oldVersion);
		Map<String, String> after = archived.get(newVersion);
		assertThat(after.keySet()).isEqualTo(before.keySet());
		Set<String> changed = before.keySet()
			.stream()
			.filter(path -> !before.get(path).equals(after.get(path)))
			.collect(Collectors.toSet());
		assertThat(changed).containsExactlyInAnyOrder("local/default/distance-from-home.drl.csv",
				ReplicasJourneyTests.DURHAM_TABLE);
		assertThat(count("SELECT COUNT(*) FROM ruleset_file")).as("each file content stored once")
			.isEqualTo(before.size() + changed.size());
	}

	private long sequence(String which, String version) {
		return jdbc.sql("SELECT " + which + "(sequence) FROM decision_record WHERE ruleset_version = ?")
			.param(version)
			.query(Long.class)
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
