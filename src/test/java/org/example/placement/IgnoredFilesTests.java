package org.example.placement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Nothing the service or its tests read from {@code rules/} or {@code test-scenarios/} is
 * hidden by {@code .gitignore}: an ignored file works in the working tree where it was
 * made and is missing from every clone, so CI's clean checkout refuses the ruleset (it
 * happened once, with the Welsh sufficiency scenarios' {@code data/} folder). Runs where
 * the tree is a git checkout and git is installed; a source archive has nothing to check.
 */
class IgnoredFilesTests {

	@Test
	void noRuleOrScenarioFileIsIgnoredByGit() throws IOException, InterruptedException {
		assumeTrue(Files.exists(Path.of(".git")), "not a git checkout");
		Process git;
		try {
			git = new ProcessBuilder("git", "ls-files", "--others", "--ignored", "--exclude-standard", "--", "rules",
					"test-scenarios")
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException noGit) {
			assumeTrue(false, "git is not installed");
			return;
		}
		String ignored = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(git.exitValue()).as(ignored).isZero();
		assertThat(ignored.lines().toList()).as("files under rules/ or test-scenarios/ that .gitignore hides")
			.isEqualTo(List.of());
	}

}
