package org.example.placement.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.ServedRulesets;
import org.example.placement.decision.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps every ruleset version that served a decision, so the decision can be replayed
 * under exactly its rules. Files are stored once by content hash ({@code ruleset_file});
 * a version is its list of paths and hashes ({@code ruleset_version_file}). Versions
 * already archived are remembered in memory, but only once the archiving transaction has
 * committed.
 */
final class RulesetArchive {

	private final JdbcClient jdbc;

	private final Set<String> archived = ConcurrentHashMap.newKeySet();

	private final ServedRulesets served;

	/**
	 * An archive that is always given the files it keeps (the sufficiency assessments).
	 */
	RulesetArchive(JdbcClient jdbc) {
		this(jdbc, (version) -> Optional.empty());
	}

	RulesetArchive(JdbcClient jdbc, ServedRulesets served) {
		this.jdbc = jdbc;
		this.served = served;
	}

	/**
	 * Archives the version, with the files of the ruleset that served under it, unless
	 * already there; call inside the transaction that records the decision. @throws
	 * IllegalArgumentException when the version is not archived and never served here
	 */
	void keep(String version) {
		keep(version,
				() -> served.sources(version)
					.orElseThrow(() -> new IllegalArgumentException(
							"ruleset " + version + " never served here: its files cannot be archived")));
	}

	/** Archives these files unless their version is already there; in a transaction. */
	void keep(RulesetSources sources) {
		keep(sources.version(), () -> sources);
	}

	private void keep(String version, Supplier<RulesetSources> sources) {
		if (archived.contains(version)) {
			return;
		}
		if (!stored(version)) {
			sources.get().files().forEach((path, content) -> keepFile(version, path, content));
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				archived.add(version);
			}
		});
	}

	Optional<RulesetSources> find(String version) {
		Map<String, String> files = jdbc
			.sql("SELECT v.path, f.content FROM ruleset_version_file v"
					+ " JOIN ruleset_file f ON f.content_hash = v.content_hash WHERE v.version = ?")
			.param(version)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return files.isEmpty() ? Optional.empty() : Optional.of(new RulesetSources(version, files));
	}

	/**
	 * Every archived version with its number of files, by version (the archive keeps no
	 * date).
	 */
	List<ArchivedRuleset> versions() {
		return jdbc.sql("SELECT version, COUNT(*) FROM ruleset_version_file GROUP BY version ORDER BY version")
			.query((rs, row) -> new ArchivedRuleset(rs.getString(1), rs.getInt(2)))
			.list();
	}

	private boolean stored(String version) {
		return jdbc.sql("SELECT COUNT(*) FROM ruleset_version_file WHERE version = ?")
			.param(version)
			.query(Long.class)
			.single() > 0;
	}

	private void keepFile(String version, String path, String content) {
		String hash = Sha256.of(content);
		boolean known = jdbc.sql("SELECT COUNT(*) FROM ruleset_file WHERE content_hash = ?")
			.param(hash)
			.query(Long.class)
			.single() > 0;
		if (!known) {
			jdbc.sql("INSERT INTO ruleset_file (content_hash, content) VALUES (?, ?)").params(hash, content).update();
		}
		jdbc.sql("INSERT INTO ruleset_version_file (version, path, content_hash) VALUES (?, ?, ?)")
			.params(version, path, hash)
			.update();
	}

}
