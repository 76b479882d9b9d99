package org.example.placement.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API-key clients,
 * {@code placement.security.clients.<client-id>.key-sha256|roles|authorities}, and where
 * the key of the generated local client is kept when none is configured
 * ({@code placement.security.local-key-file}, default {@code ./data/local-api-key}). A
 * client that is configured wrongly stops start-up rather than being skipped.
 */
@ConfigurationProperties("placement.security")
record SecurityProperties(Map<String, Client> clients, @DefaultValue("./data/local-api-key") Path localKeyFile) {

	private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");

	SecurityProperties {
		clients = clients == null ? Map.of() : Map.copyOf(clients);
		clients.forEach(SecurityProperties::check);
	}

	/**
	 * One client: the hex SHA-256 of its key (never the key), its roles and its
	 * authorities.
	 */
	record Client(String keySha256, Set<Role> roles, List<String> authorities) {

		Client {
			roles = roles == null ? Set.of() : Set.copyOf(roles);
			authorities = authorities == null ? List.of() : List.copyOf(authorities);
		}

	}

	private static void check(String id, Client client) {
		String where = "placement.security.clients." + id;
		if (!CLIENT_ID.matcher(id).matches()) {
			throw new IllegalArgumentException(where + ": a client id is 1 to 100 of A-Z a-z 0-9 . _ : -");
		}
		if (client.keySha256() == null || !SHA_256.matcher(client.keySha256()).matches()) {
			throw new IllegalArgumentException(
					where + ".key-sha256 must be the 64 hex digits of the SHA-256 of the key (never the key itself)");
		}
		if (client.roles().isEmpty()) {
			throw new IllegalArgumentException(
					where + ".roles must name at least one of DECIDE, AUDIT, POLICY, OPERATE");
		}
		if (client.authorities().isEmpty() || !client.authorities().stream().allMatch(ClientAccess::isAuthority)) {
			throw new IllegalArgumentException(
					where + ".authorities must list ONS authority codes such as E06000047, or be *");
		}
	}

}
