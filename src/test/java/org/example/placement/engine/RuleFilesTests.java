package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.example.placement.support.RuleDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules mounted from a Kubernetes ConfigMap read as the directory they were made from.
 */
class RuleFilesTests {

	@Test
	void readsAConfigMapVolumeAsTheDirectoryItWasMadeFrom(@TempDir Path root) throws IOException {
		Path shipped = RuleDirectories.copyInto(root.resolve("shipped"));
		Path volume = configMapVolumeOf(shipped, root.resolve("volume"));

		RuleFiles mounted = RuleFiles.read(volume);

		RuleFiles expected = RuleFiles.read(shipped);
		assertThat(mounted.contents().keySet()).containsExactlyElementsOf(expected.contents().keySet())
			.contains("local/E06000047/within-20-miles.drl.csv");
		assertThat(mounted.version()).isEqualTo(expected.version());
		assertThat(mounted.unreadable()).isEmpty();
	}

	@Test
	void skipsHiddenFilesSuchAsAnEditorsBackup(@TempDir Path root) throws IOException {
		Path rules = RuleDirectories.copyInto(root.resolve("rules"));
		String version = RuleFiles.read(rules).version();
		Files.writeString(rules.resolve("england/preference/.near-home.drl"), "an editor's backup, not a rule");

		assertThat(RuleFiles.read(rules).version()).isEqualTo(version);
	}

	/**
	 * The layout the kubelet writes for a ConfigMap whose items name paths: the files in
	 * a hidden timestamped directory, {@code ..data} linking to it, and a link for each
	 * top-level entry through {@code ..data}.
	 */
	private static Path configMapVolumeOf(Path rules, Path volume) throws IOException {
		Path timestamped = RuleDirectories.copyInto(volume.resolve("..2026_11_30_02_30_00.123456789"));
		Files.createSymbolicLink(volume.resolve("..data"), timestamped.getFileName());
		try (var top = Files.list(rules)) {
			for (Path entry : top.toList()) {
				String name = entry.getFileName().toString();
				Files.createSymbolicLink(volume.resolve(name), Path.of("..data", name));
			}
		}
		return volume;
	}

}
