package org.example.placement.engine;

import org.example.placement.decision.RuleProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The rule files of a rules directory (DRL and CSV decision tables), read once, by path
 * relative to the directory with '/' separators, in sorted order. The version is SHA-256 over
 * each path and its contents, so the same files always give the same version. Other files
 * (README, CHANGELOG) do not change decisions and are not part of the version.
 */
record RuleFiles(Path root, Map<String, String> contents, String version) {

	static final String DRL = ".drl";

	static final String TABLE = ".drl.csv";

	static RuleFiles read(Path root) {
		if (!Files.isDirectory(root)) {
			throw new RulesetRejectedException(
					java.util.List.of(new RuleProblem(root.toString(), 0, "rules directory not found")));
		}
		Map<String, String> contents = new LinkedHashMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).filter(RuleFiles::isRuleFile).sorted().toList()) {
				String relative = root.relativize(file).toString().replace('\\', '/');
				contents.put(relative, Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return of(root, contents);
	}

	/** Rule files held in memory (an archived ruleset), in path order. */
	static RuleFiles of(Path root, Map<String, String> files) {
		Map<String, String> contents = new LinkedHashMap<>();
		files.keySet().stream().sorted().forEach(path -> contents.put(path, files.get(path)));
		return new RuleFiles(root, contents, hash(contents));
	}

	static boolean isRuleFile(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(DRL) || name.endsWith(TABLE);
	}

	private static String hash(Map<String, String> contents) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			contents.forEach((path, text) -> {
				sha.update(path.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(text.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			});
			return "sha256:" + HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	/** The first file that names {@code ruleName} in quotes, as a DRL rule or a table's NAME cell. */
	String fileNaming(String ruleName) {
		return contents.entrySet()
			.stream()
			.filter(e -> e.getValue().contains("\"" + ruleName + "\""))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("(unknown file)");
	}

	/** The 1-based line of the first occurrence of {@code needle} in a file, or 0. */
	int lineOf(String file, String needle) {
		String text = contents.getOrDefault(file, "");
		int at = text.indexOf(needle);
		return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

}
