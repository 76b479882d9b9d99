package org.example.placement.sufficiency;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files an assessment is written as: {@code sufficiency.json} (the report, as the API
 * answers it) and {@code children.csv} (one row per child looked after at year end).
 */
public final class ReportFiles {

	public static final String JSON = "sufficiency.json";

	public static final String CHILDREN = "children.csv";

	public static final String PAGE = "sufficiency.html";

	/** The columns of children.csv. */
	public static final List<String> CHILDREN_COLUMNS = List.of("CHILD", "classification", "rule", "groups",
			"distanceMiles", "placementAuthority", "placementsInYear", "inAreaOptions", "inAreaPlaces", "note");

	private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ReportFiles() {
	}

	public static String json(SufficiencyReport report) {
		return MAPPER.writeValueAsString(report);
	}

	/**
	 * A report read back from its JSON (a kept assessment's), for its page: the per-child
	 * rows are not in the JSON, so it has none.
	 */
	public static SufficiencyReport read(String json) {
		SufficiencyReport r = MAPPER.readValue(json, SufficiencyReport.class);
		return new SufficiencyReport(r.authority(), r.yearEnd(), r.rulesetVersion(), r.measures(), r.duty(),
				r.couldBePlacedInArea(), r.trend(), r.findings(), r.problems(), r.providers(), r.range(), r.equality(),
				r.unmetNeedFromDecisions(), r.inputs(), List.of());
	}

	public static String childrenCsv(SufficiencyReport report) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(CHILDREN_COLUMNS.toArray(String[]::new)).get())) {
			for (ChildDuty duty : report.children()) {
				ChildAtYearEnd child = duty.child();
				BigDecimal miles = child.distanceMiles();
				csv.printRecord(child.child(), duty.classification() == null ? "" : duty.classification(),
						duty.ruleId() == null ? "" : duty.ruleId(),
						child.groups().stream().map(Enum::name).collect(Collectors.joining(";")),
						miles == null ? "" : miles.toPlainString(),
						child.placementAuthority() == null ? "" : child.placementAuthority(), child.placementsInYear(),
						duty.inAreaOptions().size(), String.join(";", duty.inAreaOptions()),
						duty.matchedNote() == null ? "" : duty.matchedNote());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
