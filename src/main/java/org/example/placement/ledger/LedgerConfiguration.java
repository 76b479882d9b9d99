package org.example.placement.ledger;

import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DeferredGateVerdicts;
import org.example.placement.decision.ServedRulesets;
import org.example.placement.sufficiency.AssessmentLog;
import org.example.placement.sufficiency.UnmetNeedLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Wires the decision log to Boot's data source (H2 under {@code ./data} unless
 * {@code spring.datasource.*} says otherwise) once Flyway has migrated it. The clock is
 * the application's single {@link Clock} bean, so tests that fix "now" fix it here too;
 * the files of each ruleset come from the rulesets that served ({@link ServedRulesets}).
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

	/**
	 * Writes in groups ({@code placement.ledger.max-group}), each group's size counted in
	 * {@code placement.log.append.batch}; closed at shutdown once the requests in flight
	 * have been answered, after writing what is queued.
	 */
	@Bean
	@DependsOnDatabaseInitialization
	JdbcDecisionLog decisionLog(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
			LedgerProperties properties, ChainWitness witness, ServedRulesets served,
			ObjectProvider<MeterRegistry> registry) {
		MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
		DistributionSummary groups = DistributionSummary.builder("placement.log.append.batch")
			.description("Decisions written by one commit of the decision log (group commit)")
			.register(meters);
		JdbcDecisionLog log = new JdbcDecisionLog(dataSource, transactionManager, clock, JdbcDecisionLog.CHUNK_SIZE,
				witness, served, properties.maxGroup(), properties.gather(), groups::record);
		served.beforeServing(log::archive);
		Gauge.builder("placement.log.append.queued", log, (decisions) -> decisions.appender().queued())
			.description("Decisions waiting for the next group commit of the decision log")
			.register(meters);
		return log;
	}

	/**
	 * The one note of the last record committed, told by decisions and outcomes alike
	 * (they share the chain).
	 */
	@Bean
	ChainWitness chainWitness(LedgerProperties properties) {
		return properties.witness();
	}

	/** Practitioners' outcomes, chained with the decisions. */
	@Bean
	@DependsOnDatabaseInitialization
	OutcomeLedger outcomeLedger(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
			ChainWitness witness) {
		return new JdbcOutcomeLog(dataSource, transactionManager, clock, witness);
	}

	@Bean
	@DependsOnDatabaseInitialization
	AccessLog accessLog(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
		return new JdbcAccessLog(dataSource, transactionManager, clock);
	}

	/**
	 * The scenario gate's recorded passes, handed to the gate once the database is
	 * migrated: the first ruleset is compiled meanwhile, and its gate waits for them.
	 */
	@Bean
	@DependsOnDatabaseInitialization
	JdbcGateVerdicts jdbcGateVerdicts(DataSource dataSource, Clock clock,
			ObjectProvider<DeferredGateVerdicts> deferred) {
		JdbcGateVerdicts verdicts = new JdbcGateVerdicts(dataSource, clock);
		deferred.ifAvailable((gate) -> gate.provide(verdicts));
		return verdicts;
	}

	/** Where sufficiency assessments are kept, with their files and ruleset. */
	@Bean
	@DependsOnDatabaseInitialization
	AssessmentLog assessmentLog(DataSource dataSource, PlatformTransactionManager transactionManager) {
		return new JdbcAssessmentLog(dataSource, transactionManager);
	}

	/**
	 * The log the service decides with: the one above, metered (README "Operating it").
	 */
	@Bean
	@Primary
	DecisionLog meteredDecisionLog(JdbcDecisionLog decisionLog, ObjectProvider<MeterRegistry> registry) {
		return new MeteredDecisionLog(decisionLog, registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	@DependsOnDatabaseInitialization
	UnmetNeedReport unmetNeedReport(DataSource dataSource) {
		return new UnmetNeedReport(dataSource);
	}

	/** The unmet-need view as the service reads it: each read access-logged. */
	@Bean
	UnmetNeedLog unmetNeedLog(UnmetNeedReport reports, AccessLog accessLog) {
		return new AccessLoggedUnmetNeed(reports, accessLog);
	}

	/**
	 * Compacts the embedded H2 log's file while it is open, on one low-priority thread;
	 * nothing on PostgreSQL. Closed before the data source.
	 */
	@Bean
	@DependsOnDatabaseInitialization
	H2FileCompaction h2FileCompaction(DataSource dataSource, LedgerProperties properties, JdbcDecisionLog decisionLog) {
		H2FileCompaction compaction = new H2FileCompaction(dataSource, properties.h2CompactEvery(),
				new CompactionPace(decisionLog.appender()::idleFor));
		compaction.start();
		return compaction;
	}

	@Bean
	DecisionLogHealthIndicator decisionLogHealthIndicator(JdbcDecisionLog decisionLog) {
		return new DecisionLogHealthIndicator(decisionLog);
	}

}
