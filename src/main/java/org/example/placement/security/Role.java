package org.example.placement.security;

import java.util.Locale;

/**
 * What a client may do. DECIDE: post decisions for its authorities, and record what was
 * actually chosen after one (its outcome). AUDIT: read, list and replay the decisions of
 * its authorities and their outcomes, read the overrides report, and assess the
 * sufficiency duty (s22G) for them from their SSDA903 return (the same children's
 * records), and replay an assessment. POLICY: reload the rules and read the rule
 * catalogue, and read the overrides report. OPERATE: read the operational endpoints
 * ({@code /actuator/prometheus}, {@code /actuator/info}), which hold no child's data and
 * change nothing, so a metrics scraper needs no other role. With JWTs each is a scope
 * ({@code placement:decide}, ...); with API keys it is configured.
 */
public enum Role {

	DECIDE, AUDIT, POLICY, OPERATE;

	/** The granted authority Spring Security checks ({@code hasRole}). */
	String granted() {
		return "ROLE_" + name();
	}

	String scope() {
		return "placement:" + name().toLowerCase(Locale.ROOT);
	}

}
