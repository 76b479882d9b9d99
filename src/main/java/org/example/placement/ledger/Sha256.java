package org.example.placement.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one digest the ledger uses, written as {@code sha256:<64 hex>} like ruleset versions. */
final class Sha256 {

	static final String PREFIX = "sha256:";

	private Sha256() {
	}

	/** The digest of the UTF-8 bytes of {@code text}. */
	static String of(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return PREFIX + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform must provide SHA-256", ex);
		}
	}

}
