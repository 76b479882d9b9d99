package org.example.placement.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.Sha256;

/**
 * The rule files of a rules directory (DRL, and decision tables as CSV or Excel
 * workbooks), read once, by path relative to the directory with '/' separators, in sorted
 * order. The version is SHA-256 over each path and its bytes, so the same files always
 * give the same version, and a directory with a file that cannot be read as UTF-8 still
 * has one (so the same broken file is reported once, not on every look). Such files are
 * not in {@code contents} but in {@code unreadable}, with file, line and reason. Other
 * files (README, CHANGELOG) do not change decisions and are not part of the version.
 * <p>
 * A workbook ({@code .drl.xlsx}) is binary: its content here, and so in the ruleset
 * archive (which stores text), is its bytes in Base64, decoded back to the same bytes for
 * the version and for compiling, so an archived workbook replays byte for byte.
 */
record RuleFiles(Path root, Map<String, String> contents, String version, List<RuleProblem> unreadable) {

	static final String DRL = ".drl";

	static final String TABLE = ".drl.csv";

	static final String WORKBOOK = ".drl.xlsx";

	private static final Base64.Encoder BASE64 = Base64.getMimeEncoder();

	RuleFiles {
		unreadable = List.copyOf(unreadable);
	}

	static RuleFiles read(Path root) {
		if (!Files.isDirectory(root)) {
			throw new RulesetRejectedException(
					List.of(new RuleProblem(root.toString(), 0, "rules directory not found")));
		}
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		Map<String, String> contents = new LinkedHashMap<>();
		List<RuleProblem> unreadable = new ArrayList<>();
		for (Path file : ruleFiles(root)) {
			String relative = root.relativize(file).toString().replace('\\', '/');
			try {
				bytes.put(relative, Files.readAllBytes(file));
			}
			catch (NoSuchFileException gone) {
				// removed since the listing (an editor's atomic save): the next look sees
				// what replaced it
				continue;
			}
			catch (IOException ex) {
				// the reason stands in for the bytes, so the version still tells this
				// state apart
				String reason = "cannot be read: " + ex.getClass().getSimpleName();
				unreadable.add(new RuleProblem(relative, 0, reason));
				bytes.put(relative, reason.getBytes(StandardCharsets.UTF_8));
				continue;
			}
			String text = isWorkbook(relative) ? BASE64.encodeToString(bytes.get(relative))
					: StrictUtf8.decode(relative, bytes.get(relative), unreadable);
			if (text != null) {
				contents.put(relative, text);
			}
		}
		return new RuleFiles(root, contents, hash(bytes), unreadable);
	}

	/** Rule files held in memory (an archived ruleset), in path order. */
	static RuleFiles of(Path root, Map<String, String> files) {
		Map<String, String> contents = new LinkedHashMap<>();
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.keySet().stream().sorted().forEach(path -> {
			contents.put(path, files.get(path));
			bytes.put(path, bytesOf(path, files.get(path)));
		});
		return new RuleFiles(root, contents, hash(bytes), List.of());
	}

	/**
	 * Links are followed and hidden entries skipped, so a Kubernetes ConfigMap volume
	 * reads as the directory it was made from: its files sit in a hidden timestamped
	 * directory ({@code ..2026_11_30_...}, linked as {@code ..data}) and are reached
	 * through links named as the files and folders were.
	 */
	private static List<Path> ruleFiles(Path root) {
		try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
			return walk.filter(file -> !hidden(root.relativize(file)))
				.filter(Files::isRegularFile)
				.filter(RuleFiles::isRuleFile)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether any part of the path starts with a dot (a ConfigMap's own entries, an
	 * editor's lock or backup file): never a rule.
	 */
	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	static boolean isRuleFile(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(DRL) || isTable(name);
	}

	/** Whether the file at {@code path} is a decision table (CSV or workbook). */
	static boolean isTable(String path) {
		return path.endsWith(TABLE) || isWorkbook(path);
	}

	static boolean isWorkbook(String path) {
		return path.endsWith(WORKBOOK);
	}

	/**
	 * The bytes of a rule file from its content: a workbook's Base64 decoded, text as
	 * UTF-8. @throws IllegalArgumentException when a workbook's content is not Base64
	 */
	static byte[] bytesOf(String path, String content) {
		return isWorkbook(path) ? Base64.getMimeDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8);
	}

	private static String hash(Map<String, byte[]> files) {
		return Sha256.ofFiles(files);
	}

}
