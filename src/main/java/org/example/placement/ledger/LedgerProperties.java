package org.example.placement.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code placement.ledger.witness-file}: where the chain witness is kept (default
 * {@code ./data/ledger-witness}, beside the embedded database); blank keeps none, and
 * then {@code ledger verify} cannot tell a log that lost its last records from one that
 * never had them. {@code placement.ledger.max-group}: the most decisions one commit
 * writes (group commit; 1 commits each decision alone). {@code placement.ledger.gather}:
 * how long the writer, having taken a group while more decisions are on their way (their
 * requests writing their texts), may wait for them before committing (0 never waits).
 * {@code placement.ledger.h2-compact-every}: how often the embedded H2 log's file is
 * compacted while open ({@link H2FileCompaction}; 0 never; PostgreSQL needs none).
 */
@ConfigurationProperties("placement.ledger")
record LedgerProperties(@DefaultValue("./data/ledger-witness") String witnessFile, @DefaultValue("64") int maxGroup,
		@DefaultValue("200us") Duration gather, @DefaultValue("1s") Duration h2CompactEvery) {

	ChainWitness witness() {
		return witnessFile.isBlank() ? ChainWitness.none() : ChainWitness.at(Path.of(witnessFile));
	}

}
