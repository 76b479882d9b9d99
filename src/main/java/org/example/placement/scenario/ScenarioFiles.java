package org.example.placement.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.example.placement.decision.DecisionRequest;
import org.example.placement.json.StrictJson;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Finds and reads scenario files, YAML or JSON, by the same {@link StrictJson} rules as
 * the API reads requests.
 */
public final class ScenarioFiles {

	private static final ObjectMapper YAML = StrictJson.configure(YAMLMapper.builder()).build();

	private static final ObjectMapper YAML_OUT = YAMLMapper.builder()
		.changeDefaultPropertyInclusion(
				incl -> incl.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
		.build();

	private static final ObjectMapper JSON = StrictJson.configure(JsonMapper.builder()).build();

	private ScenarioFiles() {
	}

	/**
	 * Every decision scenario ({@code *.yaml}) under {@code root}, sorted by path: all
	 * but the sufficiency scenarios ({@link #findSufficiency}).
	 */
	public static List<Path> find(Path root) {
		return yaml(root).stream().filter(p -> !sufficiency(root, p)).toList();
	}

	/**
	 * Every sufficiency scenario under {@code root}: the {@code *.yaml} files in a
	 * {@code sufficiency} folder (mirroring {@code rules/**}{@code /sufficiency/}),
	 * sorted by path.
	 */
	public static List<Path> findSufficiency(Path root) {
		return yaml(root).stream().filter(p -> sufficiency(root, p)).toList();
	}

	private static boolean sufficiency(Path root, Path file) {
		Path relative = root.relativize(file).getParent();
		if (relative == null) {
			return false;
		}
		for (Path part : relative) {
			if (part.toString().equals("sufficiency")) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> yaml(Path root) {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A sufficiency scenario file. */
	public static SufficiencyScenario readSufficiency(Path file) {
		try {
			return YAML.readValue(file.toFile(), SufficiencyScenario.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(file + ": not a valid sufficiency scenario: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A request from a JSON body or from a scenario's {@code given}, by file extension.
	 */
	public static DecisionRequest readRequest(Path file) {
		if (file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")) {
			return read(file).given();
		}
		try {
			return JSON.readValue(file.toFile(), DecisionRequest.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(file + ": not a valid request: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes a scenario as YAML, leaving out empty values so the file reads like a
	 * hand-written one.
	 */
	public static void write(Path file, Scenario scenario) {
		try {
			if (file.getParent() != null) {
				java.nio.file.Files.createDirectories(file.getParent());
			}
			YAML_OUT.writeValue(file.toFile(), scenario);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Scenario read(Path file) {
		try {
			return YAML.readValue(file.toFile(), Scenario.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(file + ": not a valid scenario: " + ex.getMessage(), ex);
		}
	}

}
