package org.example.placement.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Every line the application logs while open, at every level (the root logger at TRACE;
 * loggers pinned in application.properties keep their pin, as they would in production),
 * with the stack trace of any exception, as text.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final Level level = root.getLevel();

	static LogCapture atTrace() {
		LogCapture capture = new LogCapture();
		capture.setContext(capture.root.getLoggerContext());
		capture.start();
		capture.root.addAppender(capture);
		capture.root.setLevel(Level.TRACE);
		return capture;
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (event.getLoggerName().startsWith("jdk.internal.httpclient")) {
			return; // the test's own HTTP client, not the service
		}
		String throwable = event.getThrowableProxy() == null ? ""
				: ThrowableProxyUtil.asString(event.getThrowableProxy());
		lines.add(event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage() + " "
				+ event.getMDCPropertyMap() + " " + throwable);
	}

	List<String> lines() {
		return List.copyOf(lines);
	}

	@Override
	public void close() {
		root.setLevel(level);
		root.detachAppender(this);
		stop();
	}

}
