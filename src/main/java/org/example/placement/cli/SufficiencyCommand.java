package org.example.placement.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.example.placement.sufficiency.ReportFiles;
import org.example.placement.sufficiency.ReportPage;
import org.example.placement.sufficiency.ReturnFiles;
import org.example.placement.sufficiency.SufficiencyAssessor;
import org.example.placement.sufficiency.SufficiencyReport;
import org.example.placement.sufficiency.UnmetNeedFromDecisions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The sufficiency assessment (s22G) from the authority's own SSDA903 files and supply
 * list: writes {@code sufficiency.json}, {@code children.csv} and, when the page renderer
 * is there, {@code sufficiency.html}, with the live view of unmet need from the decision
 * log unless {@code --no-decisions}; a progress bar on stderr while it runs, at a
 * terminal or with {@code --progress}.
 */
@Command(name = "sufficiency", mixinStandardHelpOptions = true, versionProvider = Version.class,
		exitCodeListHeading = ExitCodes.HEADING,
		exitCodeList = { " 0:the assessment is written (rows refused on the way are listed in it and counted here)",
				ExitCodes.USAGE_LINE + "; also a missing header.csv, episodes.csv or supply.csv",
				ExitCodes.ERROR_LINE },
		description = "Assess the sufficiency duty (Children Act 1989 s22G) from SSDA903 files and a supply list.")
final class SufficiencyCommand implements Callable<Integer> {

	/** What the JSON says when {@code --no-decisions} left the decision log out. */
	static final String LEFT_OUT = "left out (--no-decisions)";

	@Spec
	CommandSpec spec;

	@Option(names = "--authority", required = true,
			description = "the responsible authority's ONS code, e.g. E06000047")
	String authority;

	@Option(names = "--year-end", required = true, description = "the year end, 31 March: yyyy-mm-dd")
	LocalDate yearEnd;

	@Option(names = "--data", required = true,
			description = "folder with header.csv, episodes.csv, supply.csv and optionally uasc.csv, oc3.csv, "
					+ "siblings.csv, welfare-exceptions.csv")
	Path data;

	@Option(names = "--out", defaultValue = ".",
			description = "folder to write the report to (default: ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--rules", defaultValue = "rules", description = "the rules directory (default: ${DEFAULT-VALUE})")
	Path rules;

	@Option(names = "--decisions", negatable = true, defaultValue = "true", fallbackValue = "true",
			description = "include the live view of unmet need from the decision log the service is configured with "
					+ "(default); --no-decisions leaves it out, and the JSON says so")
	boolean decisions;

	@Option(names = "--reader",
			description = "who reads the decision log, for its access log (default: cli:<operating-system user>)")
	@Nullable String reader;

	@Option(names = "--progress", negatable = true,
			description = "draw a progress bar on stderr (default: only when run at a terminal)")
	@Nullable Boolean progress;

	@Override
	public Integer call() throws IOException {
		if (!Files.isDirectory(data)) {
			throw new ParameterException(spec.commandLine(), "--data " + data + " is not a folder");
		}
		ReturnFiles files = ReturnFiles.fromFolder(data);
		if (!files.missing().isEmpty()) {
			throw new ParameterException(spec.commandLine(),
					"--data " + data + " lacks " + String.join(", ", files.missing()));
		}
		try (Services services = Services.start(rules)) {
			ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), showProgress());
			SufficiencyAssessor assessor = services.bean(SufficiencyAssessor.class);
			SufficiencyReport report = decisions
					? assessor.assessWithDecisions(authority, yearEnd, files, bar, ExportCommand.reader(reader))
					: assessor.assess(authority, yearEnd, files, bar)
						.withUnmetNeed(UnmetNeedFromDecisions.notIncluded(yearEnd, LEFT_OUT));
			bar.done();
			write(report, services.beanIfAny(ReportPage.class));
		}
		return 0;
	}

	/**
	 * {@code --progress} or {@code --no-progress} when given, else whether the command
	 * runs at a terminal (Java sees one only when both standard input and output are).
	 */
	private boolean showProgress() {
		return progress != null ? progress : System.console() != null;
	}

	private void write(SufficiencyReport report, @Nullable ReportPage page) throws IOException {
		Files.createDirectories(out);
		Files.writeString(out.resolve(ReportFiles.JSON), ReportFiles.json(report), StandardCharsets.UTF_8);
		Files.writeString(out.resolve(ReportFiles.CHILDREN), ReportFiles.childrenCsv(report), StandardCharsets.UTF_8);
		if (page != null) {
			Files.writeString(out.resolve(ReportFiles.PAGE), page.render(report), StandardCharsets.UTF_8);
		}
		PrintWriter printer = spec.commandLine().getOut();
		printer.printf("%s %s under %s%n", report.authority(), report.yearEnd(), report.rulesetVersion());
		printer.printf("looked after at year end %d: met %d, not met %d, excepted %d, not applicable %d, unknown %d%n",
				report.measures().lookedAfterAtYearEnd(), report.duty().met(), report.duty().notMet(),
				report.duty().excepted(), report.duty().notApplicable(), report.duty().unknown());
		printer.printf("could be placed in area: %d of %d%n", report.couldBePlacedInArea().count(),
				report.couldBePlacedInArea().notMet());
		printer.printf("findings: %d; rows refused: %d%n", report.findings().size(), report.problems().size());
		report.problems().stream().limit(20).forEach(p -> printer.println("  " + p));
		printer.println("written to " + out.toAbsolutePath()
				+ (page == null ? " (sufficiency.json, children.csv; no page renderer in this build)" : ""));
	}

}
