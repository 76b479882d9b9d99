package org.example.placement.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * API keys of the clients in {@code test-clients.properties} (which holds only their
 * SHA-256), for tests that call the API:
 * {@code @TestPropertySource(locations = TestClients.PROPERTIES)}.
 */
public final class TestClients {

	public static final String PROPERTIES = "classpath:test-clients.properties";

	/** Every role, every authority. */
	public static final String BROKER_A = "test-key-broker-a-all-roles-everywhere";

	/** Every role, every authority; a second calling system. */
	public static final String BROKER_B = "test-key-broker-b-all-roles-everywhere";

	/** DECIDE for Durham (E06000047) only. */
	public static final String DURHAM_DECIDER = "test-key-durham-decider-only";

	/** AUDIT for Durham (E06000047) only. */
	public static final String DURHAM_AUDITOR = "test-key-durham-auditor-only";

	/** POLICY only. */
	public static final String POLICY_ONLY = "test-key-policy-only";

	/** OPERATE only: metrics and info. */
	public static final String OPERATOR = "test-key-operator-only";

	private TestClients() {
	}

	public static String bearer(String key) {
		return "Bearer " + key;
	}

	/**
	 * MockMvc sends broker-a's key with every request unless a test sends its own
	 * {@code Authorization} header.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class AsBrokerA {

		@Bean
		MockMvcBuilderCustomizer brokerACredential() {
			return builder -> builder
				.defaultRequest(MockMvcRequestBuilders.get("/").header(HttpHeaders.AUTHORIZATION, bearer(BROKER_A)));
		}

	}

}
