package org.example.placement.sufficiency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.example.placement.decision.Sha256;

/**
 * The files of one assessment, by their names ({@link #NAMES}), as bytes: from a folder
 * (the command line) or a multipart request (the API), so both read them the same way and
 * an assessment can record each file's hash and be replayed from the same bytes.
 */
public record ReturnFiles(Map<String, byte[]> files) {

	public static final String HEADER = "header.csv";

	public static final String EPISODES = "episodes.csv";

	public static final String SUPPLY = "supply.csv";

	public static final String UASC = "uasc.csv";

	public static final String OC3 = "oc3.csv";

	public static final String SIBLINGS = "siblings.csv";

	public static final String WELFARE_EXCEPTIONS = "welfare-exceptions.csv";

	/** Every file an assessment reads, the required ones first. */
	public static final List<String> NAMES = List.of(HEADER, EPISODES, SUPPLY, UASC, OC3, SIBLINGS, WELFARE_EXCEPTIONS);

	/** The files without which there is nothing to assess. */
	public static final List<String> REQUIRED = List.of(HEADER, EPISODES, SUPPLY);

	public ReturnFiles {
		files = Collections.unmodifiableMap(new TreeMap<>(files));
	}

	/**
	 * The files of {@link #NAMES} present in {@code folder}; others there are ignored.
	 */
	public static ReturnFiles fromFolder(Path folder) {
		Map<String, byte[]> files = new TreeMap<>();
		for (String name : NAMES) {
			Path file = folder.resolve(name);
			if (Files.isRegularFile(file)) {
				try {
					files.put(name, Files.readAllBytes(file));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return new ReturnFiles(files);
	}

	public Optional<byte[]> file(String name) {
		return Optional.ofNullable(files.get(name));
	}

	/** The required files that are not there. */
	public List<String> missing() {
		return REQUIRED.stream().filter(name -> !files.containsKey(name)).toList();
	}

	/** Each file's SHA-256, by name: what an assessment records of its inputs. */
	public Map<String, String> hashes() {
		Map<String, String> hashes = new TreeMap<>();
		files.forEach((name, bytes) -> hashes.put(name, Sha256.ofFiles(Map.of(name, bytes))));
		return hashes;
	}

	@Override
	public String toString() {
		return "ReturnFiles" + files.keySet();
	}

}
