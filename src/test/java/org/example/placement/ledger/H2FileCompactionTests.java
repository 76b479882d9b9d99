package org.example.placement.ledger;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.zaxxer.hikari.HikariDataSource;
import org.example.placement.background.BackgroundThreads;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Location;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.Tier;
import org.example.placement.support.NiceValues;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded H2 log's file stays in proportion to what it holds while the service runs.
 * Decisions are written one commit each, as the service writes them under a steady
 * trickle; the file's size is then compared with what the same log takes once compacted
 * offline ({@code SHUTDOWN COMPACT}, the least it can be). Without compaction the open
 * file is several times that, and the ratio grows with every decision; with
 * {@link H2FileCompaction}'s runs between them it stays within a small factor. H2's
 * retention time is 0 here so that a chunk may be rewritten as soon as it is written (the
 * service keeps H2's 45 s), which keeps the test independent of time.
 */
class H2FileCompactionTests {

	static final int DECISIONS = 1_500;

	/** Decisions written between two runs of the compaction. */
	static final int BETWEEN_RUNS = 100;

	@TempDir
	Path directory;

	@Test
	void withoutCompactionTheOpenFileGrowsSeveralTimesOverWhatItHolds() throws Exception {
		Sizes sizes = write(false);

		assertThat(sizes.open()).as("the open file, uncompacted; %s", sizes).isGreaterThan(5 * sizes.compacted());
	}

	@Test
	void compactedWhileOpenTheFileStaysWithinASmallFactorOfWhatItHolds() throws Exception {
		Sizes sizes = write(true);

		assertThat(sizes.open()).as("the open file, compacted while open; %s", sizes).isLessThan(3 * sizes.compacted());
	}

	@Test
	void aSparseFileIsCompactedEvenWhileDecisionsNeverPause() throws Exception {
		Sizes sizes = write(true, new CompactionPace(() -> Duration.ZERO));

		assertThat(sizes.open()).as("the open file, compacted while the writer was never idle; %s", sizes)
			.isLessThan(3 * sizes.compacted());
	}

	@Test
	void aStepWaitsForAPauseInTheDecisionsUnlessTheChunksAreSparse() {
		int sparse = CompactionPace.URGENT_FILL_RATE - 1;
		int fairlyFull = CompactionPace.URGENT_FILL_RATE;
		Duration quiet = CompactionPace.QUIET;

		assertThat(CompactionPace.mayStep(fairlyFull, Duration.ZERO)).as("a decision being written").isFalse();
		assertThat(CompactionPace.mayStep(fairlyFull, quiet.minusNanos(1))).as("not quiet long enough").isFalse();
		assertThat(CompactionPace.mayStep(fairlyFull, quiet)).as("quiet long enough").isTrue();
		assertThat(CompactionPace.mayStep(sparse, Duration.ZERO)).as("sparse: whatever the writer does").isTrue();
	}

	@Test
	void thisH2LetsTheCompactionChooseOnlyChunksThatPayForTheirRewrite() {
		assertThat(H2ChunkRewrite.available()).as("H2's FileStore.rewriteChunks and its fill rate, by reflection")
			.isTrue();
	}

	@Test
	void doesNothingOnADatabaseInMemory() {
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl("jdbc:h2:mem:compaction");
			H2FileCompaction compaction = new H2FileCompaction(dataSource, Duration.ofSeconds(1));

			assertThat(compaction.start()).isFalse();
			assertThat(compaction.compactOnce()).isEqualTo(H2FileCompaction.Run.NOTHING);
		}
	}

	@Test
	void compactsOnAThreadBehindTheRequestThreads() throws Exception {
		assumeTrue(NiceValues.shownAndAbove(BackgroundThreads.nice()),
				"threads' nice values are shown in /proc on Linux only");
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl("jdbc:h2:file:" + directory.resolve("log") + ";WRITE_DELAY=0");
			dataSource.setUsername("sa");
			try (H2FileCompaction compaction = new H2FileCompaction(dataSource, Duration.ofMinutes(1))) {
				assertThat(compaction.start()).isTrue();

				await().atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(NiceValues.ofThreadsNamed("h2-file-compaction")).isNotEmpty()
						.containsOnly(BackgroundThreads.nice()));
			}
		}
	}

	private Sizes write(boolean compact) throws Exception {
		return write(compact, CompactionPace.ANY_TIME);
	}

	private Sizes write(boolean compact, CompactionPace pace) throws Exception {
		Path file = directory.resolve("log.mv.db");
		long open;
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl("jdbc:h2:file:" + directory.resolve("log") + ";WRITE_DELAY=0;RETENTION_TIME=0");
			dataSource.setUsername("sa");
			Flyway.configure().dataSource(dataSource).load().migrate();
			JdbcDecisionLog log = new JdbcDecisionLog(dataSource, new DataSourceTransactionManager(dataSource),
					new TickingClock(LedgerFixture.START, Duration.ofSeconds(1)), 3, ChainWitness.none(),
					(version) -> Optional.of(Decisions.RULESET));
			H2FileCompaction compaction = new H2FileCompaction(dataSource, Duration.ZERO, pace);
			for (int n = 1; n <= DECISIONS; n++) {
				DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
				log.record(request, aLargeDecision("D-" + n, request, n), "caller");
				if (compact && n % BETWEEN_RUNS == 0) {
					while (compaction.compactOnce().steps() > 0) {
						// until nothing is left to rewrite
					}
				}
			}
			log.close();
			open = Files.size(file);
			JdbcClient.create(dataSource).sql("SHUTDOWN COMPACT").update();
		}
		Sizes sizes = new Sizes(open, Files.size(file));
		System.out.printf("[H2 file, %d decisions, %s] %s%n", DECISIONS,
				compact ? "compacted while open" : "uncompacted", sizes);
		return sizes;
	}

	/** A decision whose payload is some kilobytes, as a 1 x 50 decision's is. */
	private static Decision aLargeDecision(String id, DecisionRequest request, int seed) {
		Decision small = Decisions.aDecision(id, request);
		List<RankedCandidate> ranked = IntStream.rangeClosed(1, 50)
			.mapToObj((rank) -> new RankedCandidate(Integer.toHexString(seed * 7919 + rank * 104729), rank,
					RankedCandidate.Status.ELIGIBLE, Tier.OTHER, rank, new BigDecimal(seed % 997 + "." + rank),
					Decisions.DURHAM, Location.IN, false, small.candidates().get(0).findings(), List.of(), List.of()))
			.toList();
		return new Decision(id, small.rulesetVersion(), small.asOf(), small.responsibleAuthority(), ranked,
				small.comparisons(), small.trace());
	}

	/** The file's size open, after the last decision, and once compacted offline. */
	record Sizes(long open, long compacted) {
	}

}
