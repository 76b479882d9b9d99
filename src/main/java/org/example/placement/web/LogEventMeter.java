package org.example.placement.web;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The {@code logback.events} meter, by {@code level}, as Micrometer's logback binder
 * registers it (the same name, tags, description and unit), counted by an appender on the
 * root logger instead of Micrometer's turbo filter. A turbo filter is asked by logback at
 * every level check, enabled or not: Drools asks {@code isTraceEnabled()} at every insert
 * into its network, some thousands of times a 1 x 50 decision, and the filter's dispatch
 * was 1.7% of its request threads' CPU. With no turbo filter, logback answers a level
 * check from the logger's level alone. The appender sees every event the logger's level
 * let through that reaches the root logger: every event in this service, where no logger
 * is made non-additive. It is attached again whenever the logging system is reset (Spring
 * Boot resets it while starting).
 */
final class LogEventMeter implements MeterBinder, AutoCloseable {

	static final String NAME = "logback.events";

	private static final Level[] LEVELS = { Level.ERROR, Level.WARN, Level.INFO, Level.DEBUG, Level.TRACE };

	private final LoggerContext context;

	private final Counting counting = new Counting();

	private final Reattaching reattaching = new Reattaching();

	LogEventMeter(LoggerContext context) {
		this.context = context;
		this.counting.setName("logback-events-meter");
		this.counting.setContext(context);
		this.counting.start();
		context.addListener(reattaching);
		attach();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (int i = 0; i < LEVELS.length; i++) {
			FunctionCounter.builder(NAME, counting.counts[i], LongAdder::doubleValue)
				.tag("level", LEVELS[i].levelStr.toLowerCase(Locale.ROOT))
				.description("Number of log events that were enabled by the effective log level")
				.baseUnit("events")
				.register(registry);
		}
	}

	private void attach() {
		Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		if (!root.isAttached(counting)) {
			root.addAppender(counting);
		}
	}

	@Override
	public void close() {
		context.removeListener(reattaching);
		context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(counting);
		counting.stop();
	}

	/** Counts each event by its level. */
	private static final class Counting extends UnsynchronizedAppenderBase<ILoggingEvent> {

		private final LongAdder[] counts = { new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(),
				new LongAdder() };

		@Override
		protected void append(ILoggingEvent event) {
			switch (event.getLevel().toInt()) {
				case Level.ERROR_INT -> counts[0].increment();
				case Level.WARN_INT -> counts[1].increment();
				case Level.INFO_INT -> counts[2].increment();
				case Level.DEBUG_INT -> counts[3].increment();
				case Level.TRACE_INT -> counts[4].increment();
				default -> {
				}
			}
		}

	}

	/** Attaches the appender again after the logging system is reset. */
	private final class Reattaching implements LoggerContextListener {

		@Override
		public boolean isResetResistant() {
			return true;
		}

		@Override
		public void onReset(LoggerContext reset) {
			// a reset detaches and stops every appender of the root logger
			counting.start();
			attach();
		}

		@Override
		public void onStart(LoggerContext started) {
		}

		@Override
		public void onStop(LoggerContext stopped) {
		}

		@Override
		public void onLevelChange(Logger logger, Level level) {
		}

	}

}
