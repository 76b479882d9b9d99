package org.example.placement.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API-key path without a server: hashed keys, the generated local key file,
 * configuration refused.
 */
class ApiKeyTests {

	@Test
	void acceptsAConfiguredKeyByItsSha256AndRefusesAnyOther() {
		String digest = HexFormat.of().formatHex(ApiKeys.sha256("the-key"));
		ApiKeys keys = new ApiKeys(
				Map.of("durham", new SecurityProperties.Client(digest, Set.of(Role.AUDIT), List.of("E06000047"))));

		assertThat(keys.introspect("the-key").getName()).isEqualTo("durham");
		assertThat(keys.introspect("the-key").getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_AUDIT", "AUTHORITY_E06000047");
		assertThatThrownBy(() -> keys.introspect("the-key ")).isInstanceOf(BadOpaqueTokenException.class);
		assertThatThrownBy(() -> keys.introspect(digest)).isInstanceOf(BadOpaqueTokenException.class);
	}

	@Test
	void writesTheLocalKeyOnceOwnerOnlyAndReusesIt(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("data/local-api-key");

		String first = LocalApiKey.readOrCreate(file);
		String again = LocalApiKey.readOrCreate(file);

		assertThat(first).hasSizeGreaterThanOrEqualTo(43).isEqualTo(again);
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		Map<String, SecurityProperties.Client> local = LocalApiKey.client(file);
		assertThat(new ApiKeys(local).introspect(first).getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_DECIDE", "ROLE_AUDIT", "ROLE_POLICY", "ROLE_OPERATE", "AUTHORITY_*");
	}

	@Test
	void closesALocalKeyFileOthersCouldRead(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("local-api-key");
		Files.writeString(file, "k".repeat(43));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		assertThat(LocalApiKey.readOrCreate(file)).isEqualTo("k".repeat(43));
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
	}

	@Test
	void refusesAClientConfiguredWrongly() {
		String digest = "a".repeat(64);
		assertThatThrownBy(() -> new SecurityProperties(
				Map.of("c", new SecurityProperties.Client("the-key-itself", Set.of(Role.DECIDE), List.of("*"))),
				Path.of("k")))
			.hasMessageContaining("key-sha256");
		assertThatThrownBy(
				() -> new SecurityProperties(Map.of("c", new SecurityProperties.Client(digest, Set.of(), List.of("*"))),
						Path.of("k")))
			.hasMessageContaining("roles");
		assertThatThrownBy(() -> new SecurityProperties(
				Map.of("c", new SecurityProperties.Client(digest, Set.of(Role.AUDIT), List.of("Durham"))),
				Path.of("k")))
			.hasMessageContaining("authorities");
	}

}
