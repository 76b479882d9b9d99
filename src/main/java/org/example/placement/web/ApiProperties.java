package org.example.placement.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API: {@code placement.api.max-request-bytes} is the largest request
 * body accepted (e.g. {@code 2MB}, or a number of bytes); 5,000 candidates of ordinary
 * size take well under the default. {@code placement.api.max-assessment-bytes} is the
 * largest sufficiency assessment upload (the authority's SSDA903 files and supply list).
 */
@ConfigurationProperties("placement.api")
record ApiProperties(@DefaultValue("2MB") DataSize maxRequestBytes, @DefaultValue("50MB") DataSize maxAssessmentBytes) {

	ApiProperties {
		if (maxAssessmentBytes.toBytes() < 1) {
			throw new IllegalArgumentException("placement.api.max-assessment-bytes must be at least 1 byte");
		}
		if (maxRequestBytes.toBytes() < 1 || maxRequestBytes.toBytes() >= Integer.MAX_VALUE) {
			throw new IllegalArgumentException("placement.api.max-request-bytes must be from 1 byte to under 2 GB");
		}
	}

}
