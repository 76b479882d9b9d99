package org.example.placement.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API: {@code placement.api.max-request-bytes} is the largest request
 * body accepted (e.g. {@code 2MB}, or a number of bytes); 5,000 candidates of ordinary
 * size take well under the default. {@code placement.api.max-assessment-bytes} is the
 * largest sufficiency assessment upload (the authority's SSDA903 files and supply list).
 * A request body over {@code placement.api.large-request-bytes} (or of undeclared length)
 * is served only while it holds one of {@code placement.api.large-requests-at-once}
 * permits, waited for at most {@code placement.api.large-request-wait}
 * ({@link LargeRequestPermits}).
 */
@ConfigurationProperties("placement.api")
record ApiProperties(@DefaultValue("2MB") DataSize maxRequestBytes, @DefaultValue("50MB") DataSize maxAssessmentBytes,
		@DefaultValue("256KB") DataSize largeRequestBytes, @DefaultValue("2") int largeRequestsAtOnce,
		@DefaultValue("10s") Duration largeRequestWait) {

	ApiProperties {
		if (maxAssessmentBytes.toBytes() < 1) {
			throw new IllegalArgumentException("placement.api.max-assessment-bytes must be at least 1 byte");
		}
		if (maxRequestBytes.toBytes() < 1 || maxRequestBytes.toBytes() >= Integer.MAX_VALUE) {
			throw new IllegalArgumentException("placement.api.max-request-bytes must be from 1 byte to under 2 GB");
		}
		if (largeRequestsAtOnce < 1 || largeRequestWait.isNegative()) {
			throw new IllegalArgumentException(
					"placement.api.large-requests-at-once must be at least 1 and large-request-wait not negative");
		}
	}

}
