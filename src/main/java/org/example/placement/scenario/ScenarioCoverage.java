package org.example.placement.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.example.placement.decision.Sha256;

/**
 * The scenarios that show each rule firing and not firing, as the gate reads them
 * ({@link Coverage#of}), for the rule pages: read again only when a scenario file is
 * added, edited or removed. No scenario directory is no coverage.
 */
public final class ScenarioCoverage {

	private final Path root;

	private final AtomicReference<Map.Entry<String, Coverage>> read = new AtomicReference<>();

	ScenarioCoverage(Path root) {
		this.root = root;
	}

	public Coverage current() {
		if (!Files.isDirectory(root)) {
			return new Coverage(Map.of(), Map.of());
		}
		String version = version();
		Map.Entry<String, Coverage> known = read.get();
		if (known != null && known.getKey().equals(version)) {
			return known.getValue();
		}
		Coverage coverage = Coverage.of(root);
		read.set(Map.entry(version, coverage));
		return coverage;
	}

	private String version() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try {
			for (Path file : ScenarioFiles.find(root)) {
				files.put(root.relativize(file).toString(), Files.readAllBytes(file));
			}
			for (Path file : ScenarioFiles.findSufficiency(root)) {
				files.put(root.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Sha256.ofFiles(files);
	}

}
