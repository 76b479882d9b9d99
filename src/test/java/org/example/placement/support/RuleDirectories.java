package org.example.placement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Copies of the shipped {@code rules/} for tests that change rules as policy staff would.
 */
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

	/**
	 * Sets the weight of the 0-5 mile band of the default distance table (20 as shipped).
	 */
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

	/**
	 * A proposal that stops favouring placements near home: the 0-5 mile band weighs 1
	 * and the statutory preference for the nearest placement (ENG-S22C-8A) is retired.
	 * Since issue 10 the statutory factors are weighed before local policy, so lowering
	 * the local band alone no longer changes which of two carers in the area comes first.
	 */
	public static void stopPreferringNearHome(Path rules) {
		setNearHomeWeight(rules, 1);
		Path nearHome = rules.resolve("england/preference/near-home.drl");
		try {
			Files.writeString(nearHome,
					Files.readString(nearHome)
						.replace("    @inForceFrom(\"2011-04-01\")\n",
								"    @inForceFrom(\"2011-04-01\")\n    @inForceUntil(\"2011-04-02\")\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
