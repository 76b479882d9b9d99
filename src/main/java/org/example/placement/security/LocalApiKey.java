package org.example.placement.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one local client made when no client and no JWT issuer is configured, the way
 * Spring Boot generates a development password: every role and every authority, its key
 * (256 random bits) written once to a file only its owner can read, and reused on every
 * later start. The log says where the file is, never the key.
 */
final class LocalApiKey {

	static final String CLIENT_ID = "local";

	private static final Logger log = LoggerFactory.getLogger(LocalApiKey.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private LocalApiKey() {
	}

	/**
	 * The local client, its key read from {@code file} or, when there is none, made and
	 * written there.
	 */
	static Map<String, SecurityProperties.Client> client(Path file) {
		String key = readOrCreate(file);
		log.warn(
				"No API client or JWT issuer is configured: the local client '{}' has every role and every "
						+ "authority; its key is in {} (send it as Authorization: Bearer <key>). "
						+ "Configure placement.security.clients or a JWT issuer for anything but local use.",
				CLIENT_ID, file.toAbsolutePath().normalize());
		return Map.of(CLIENT_ID, new SecurityProperties.Client(HexFormat.of().formatHex(ApiKeys.sha256(key)),
				EnumSet.allOf(Role.class), List.of(ClientAccess.ALL)));
	}

	static String readOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return existing(file);
			}
			String key = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
			Path dir = file.toAbsolutePath().getParent();
			Files.createDirectories(dir);
			try {
				if (posix(dir)) {
					Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
				}
				else {
					Files.createFile(file);
				}
			}
			catch (FileAlreadyExistsException raced) {
				return existing(file);
			}
			Files.writeString(file, key + "\n", StandardCharsets.US_ASCII);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the local API key file " + file, ex);
		}
	}

	private static String existing(Path file) throws IOException {
		if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			// another user could read it: close it again rather than serve with a
			// readable key
			Files.setPosixFilePermissions(file, OWNER_ONLY);
			log.warn("The local API key file {} was readable by others; it is owner-only (rw-------) again",
					file.toAbsolutePath().normalize());
		}
		String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
		if (key.length() < 32) {
			throw new IllegalStateException("the local API key file " + file.toAbsolutePath().normalize()
					+ " holds no key of at least 32 characters; delete it to have a new one made");
		}
		return key;
	}

	private static boolean posix(Path path) throws IOException {
		return Files.getFileStore(path).supportsFileAttributeView("posix");
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

}
