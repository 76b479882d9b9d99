package org.example.placement.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.example.placement.PlacementApplication;
import org.example.placement.decision.RulesetSources;
import org.example.placement.engine.RuleBook;
import org.example.placement.engine.RulesetDiff;
import org.example.placement.engine.RulesetDiff.Field;
import org.example.placement.engine.RulesetDiff.Kind;
import org.example.placement.engine.RulesetRejectedException;
import org.example.placement.ledger.DecisionLedger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rules diff --from --to}: what changed, rule by rule, between two ruleset
 * versions ({@link RulesetDiff}, the diff behind {@code /rules/diff}). Each side is an
 * archived version ({@code sha256:...}, from the decision log's archive) or a rules
 * directory, so a proposal can be compared with what serves before it is reloaded.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:the difference is written (the versions may or may not differ)",
				" 1:a rules directory does not compile", ExitCodes.USAGE_LINE,
				" 3:no archived ruleset with that version", ExitCodes.ERROR_LINE },
		description = "List the rules added, removed, retired, re-weighted, re-worded and amended between two ruleset versions.")
final class RulesDiffCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--from", required = true,
			description = "the earlier version: an archived version (sha256:...) or a rules directory")
	String from;

	@Option(names = "--to", required = true,
			description = "the later version: an archived version (sha256:...) or a rules directory")
	String to;

	@Option(names = "--json", description = "write the difference as JSON (as GET /api/v1/rulesets/diff answers)")
	boolean json;

	@Mixin
	ServiceRules rules;

	@Override
	public Integer call() {
		try {
			if (isDirectory(from) && isDirectory(to)) {
				return print(RuleBook.diff(RuleBook.read(Path.of(from)), RuleBook.read(Path.of(to)),
						PlacementApplication.WALL_CLOCK), JsonMapper.builder().build());
			}
			try (Services services = rules.start()) {
				RulesetSources before = sources(from, services);
				RulesetSources after = sources(to, services);
				if (before == null || after == null) {
					return ExitCodes.NOT_FOUND;
				}
				return print(services.bean(RuleBook.class).diff(before, after), services.bean(JsonMapper.class));
			}
		}
		catch (RulesetRejectedException ex) {
			out().println("FAIL: a ruleset does not compile");
			Services.print(ex.problems(), out());
			return ExitCodes.FAILED;
		}
	}

	private @Nullable RulesetSources sources(String version, Services services) {
		if (isDirectory(version)) {
			return RuleBook.read(Path.of(version));
		}
		Optional<RulesetSources> archived = services.bean(DecisionLedger.class).ruleset(version);
		if (archived.isEmpty()) {
			spec.commandLine().getErr().println("No archived ruleset " + version + " (nor a directory of that name)");
		}
		return archived.orElse(null);
	}

	private int print(RulesetDiff diff, JsonMapper mapper) {
		if (json) {
			out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(diff));
			return ExitCodes.OK;
		}
		out().println("Rules changed from " + diff.from() + " to " + diff.to() + ":");
		out().println("  " + diff.counts()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> label(e.getKey()) + " " + e.getValue())
			.collect(Collectors.joining(", ")));
		diff.changes().forEach(change -> {
			out().println();
			out().println(change.kinds().stream().map(RulesDiffCommand::label).collect(Collectors.joining(", ")) + ": "
					+ change.id() + " \"" + change.rule().title() + "\" (" + change.rule().file() + ")");
			change.fields().forEach(f -> out().println("  " + line(f)));
		});
		return ExitCodes.OK;
	}

	private static String line(Field field) {
		return field.name() + ": " + (field.before() == null ? "(none)" : field.before()) + " -> "
				+ (field.after() == null ? "(none)" : field.after());
	}

	static String label(Kind kind) {
		return switch (kind) {
			case ADDED -> "added";
			case REMOVED -> "removed";
			case RETIRED -> "retired";
			case REWEIGHTED -> "re-weighted";
			case REWORDED -> "re-worded";
			case AMENDED -> "amended";
		};
	}

	private static boolean isDirectory(String version) {
		return !version.startsWith("sha256:") && Files.isDirectory(Path.of(version));
	}

	private PrintWriter out() {
		return spec.commandLine().getOut();
	}

}
