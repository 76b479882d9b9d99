package org.example.placement.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogEventMeterTests {

	private final LoggerContext context = new LoggerContext();

	private final MeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void countsTheEventsEachLevelLetThroughAsMicrometersBinderNamesThem() {
		context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
		Logger drools = context.getLogger("org.drools.core.reteoo.EntryPointNode");
		Logger ours = context.getLogger("org.example.placement.web.CorrelationId");
		ours.setLevel(Level.DEBUG);
		try (LogEventMeter meter = new LogEventMeter(context)) {
			meter.bindTo(registry);

			drools.isTraceEnabled();
			drools.trace("not enabled");
			drools.debug("not enabled");
			drools.info("one");
			drools.warn("two");
			drools.error("three", new IllegalStateException("four"));
			ours.debug("five");
			ours.info("six");

			assertThat(count("error")).isEqualTo(1);
			assertThat(count("warn")).isEqualTo(1);
			assertThat(count("info")).isEqualTo(2);
			assertThat(count("debug")).isEqualTo(1);
			assertThat(count("trace")).isZero();
			FunctionCounter info = registry.get(LogEventMeter.NAME).tag("level", "info").functionCounter();
			assertThat(info.getId().getDescription())
				.isEqualTo("Number of log events that were enabled by the effective log level");
			assertThat(info.getId().getBaseUnit()).isEqualTo("events");
			// a level check asks no turbo filter
			assertThat(context.getTurboFilterList()).isEmpty();
		}
	}

	@Test
	void keepsCountingAfterTheLoggingSystemIsReset() {
		try (LogEventMeter meter = new LogEventMeter(context)) {
			meter.bindTo(registry);
			context.getLogger("a").warn("before");
			context.reset();
			context.getLogger("a").warn("after");

			assertThat(count("warn")).isEqualTo(2);
		}
	}

	@Test
	void stopsCountingOnceClosed() {
		LogEventMeter meter = new LogEventMeter(context);
		meter.bindTo(registry);
		meter.close();
		context.getLogger("a").warn("after");

		assertThat(count("warn")).isZero();
	}

	private double count(String level) {
		return registry.get(LogEventMeter.NAME).tag("level", level).functionCounter().count();
	}

}
