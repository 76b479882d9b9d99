package org.example.placement.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The one digest the service uses, written as {@code sha256:<64 hex>}: ruleset versions,
 * the scenarios' version, the decision log's record hashes and request fingerprints, and
 * API keys.
 */
public final class Sha256 {

	public static final String PREFIX = "sha256:";

	private Sha256() {
	}

	/** The digest of the UTF-8 bytes of {@code text}. */
	public static String of(String text) {
		return PREFIX + HexFormat.of().formatHex(digest(text));
	}

	/** The digest of {@code bytes}, written as {@link #of(String)} writes one. */
	public static String of(byte[] bytes) {
		return PREFIX + HexFormat.of().formatHex(newDigest().digest(bytes));
	}

	/** The raw digest of the UTF-8 bytes of {@code text}. */
	public static byte[] digest(String text) {
		return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The version of a set of files: the digest of each path and its bytes, each followed
	 * by a zero byte, in the map's order (callers give them sorted by path), so the same
	 * files always give the same version.
	 */
	public static String ofFiles(Map<String, byte[]> files) {
		MessageDigest sha = newDigest();
		files.forEach((path, bytes) -> {
			sha.update(path.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(bytes);
			sha.update((byte) 0);
		});
		return PREFIX + HexFormat.of().formatHex(sha.digest());
	}

	/**
	 * The digest so far of what was fed to {@code sha} (from {@link #newDigest()}),
	 * written as {@link #of} writes one.
	 */
	public static String hex(MessageDigest sha) {
		return PREFIX + HexFormat.of().formatHex(sha.digest());
	}

	/** A new SHA-256 digest, to be fed in parts. */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform must provide SHA-256", ex);
		}
	}

}
