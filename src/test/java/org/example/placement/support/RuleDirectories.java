package org.example.placement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the shipped {@code rules/} for tests that change rules as policy staff would. */
public final class RuleDirectories {

	private RuleDirectories() {
	}

	/** Copies {@code rules/} into {@code target} and returns it. */
	public static Path copyInto(Path target) {
		Path from = Path.of("rules");
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path p : walk.toList()) {
				Path to = target.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sets the weight of the 0-5 mile band of the default distance table (20 as shipped). */
	public static void setNearHomeWeight(Path rules, int weight) {
		Path table = rules.resolve("local/default/distance-from-home.drl.csv");
		try {
			Files.writeString(table, Files.readString(table)
				.replaceFirst("(\"LOCAL-DEFAULT-010\",.*?\"PREFER\",)\"\\d+\"", "$1\"" + weight + "\""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
