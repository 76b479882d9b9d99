package org.example.placement;

import java.time.Clock;

import org.example.placement.cli.Cli;
import org.example.placement.engine.EarlyCompile;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;

/**
 * Entry point of the placement decision service: ranks candidate placements for a
 * looked-after child by the law and local policy, explaining each step with the provision
 * it comes from.
 */
// Micrometer's logback binder asks a turbo filter at every level check: the
// logback.events meter is counted by an appender instead (web.LogEventMeter)
@SpringBootApplication(exclude = LogbackMetricsAutoConfiguration.class)
@ConfigurationPropertiesScan
public class PlacementApplication {

	/**
	 * The wall clock: the application's {@link Clock} bean, and what the commands compile
	 * rules with before any application context exists.
	 */
	public static final Clock WALL_CLOCK = Clock.systemUTC();

	public static void main(String[] args) {
		if (Cli.handles(args)) {
			System.exit(Cli.run(args));
		}
		SpringApplication service = new SpringApplication(PlacementApplication.class);
		// the first ruleset's compile begins once the configuration is read (issue 12)
		service.addInitializers(new EarlyCompile(WALL_CLOCK));
		closeOnTerm(service.run(args));
	}

	/**
	 * SIGTERM closes the application first (graceful shutdown: no new requests, those in
	 * flight finished and recorded, within
	 * {@code spring.lifecycle.timeout-per-shutdown-phase}), and only then exits. Left to
	 * the JVM, every shutdown hook runs at once: embedded H2 closes its database from its
	 * own hook while requests are still being recorded (they were answered 503), and with
	 * {@code AUTO_SERVER} it cannot be told not to ({@code DB_CLOSE_ON_EXIT=FALSE} is
	 * refused).
	 */
	private static void closeOnTerm(ConfigurableApplicationContext application) {
		Signal.handle(new Signal("TERM"), signal -> {
			application.close();
			System.exit(128 + signal.getNumber());
		});
	}

}
