package org.example.placement.background;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.example.placement.support.NiceValues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A background thread runs at the configured nice value, read as Linux reports it; the
 * thread that made it, like a request thread, keeps its own.
 */
class BackgroundThreadsTests {

	@Test
	void aBackgroundThreadRunsAtTheConfiguredNiceValue() throws Exception {
		onLinux();
		CompletableFuture<Integer> nice = new CompletableFuture<>();

		Thread thread = BackgroundThreads.named("test-background")
			.newThread(() -> nice.complete(NiceValues.ofCurrentThread()));
		thread.start();

		assertThat(nice.get(10, TimeUnit.SECONDS)).isEqualTo(BackgroundThreads.nice());
		assertThat(BackgroundThreads.nice()).isEqualTo(BackgroundThreads.DEFAULT_NICE);
		assertThat(thread.isDaemon()).isTrue();
		assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
	}

	@Test
	void theThreadThatStartsOneKeepsItsOwnNiceValue() throws Exception {
		onLinux();
		int before = NiceValues.ofCurrentThread();

		Thread thread = BackgroundThreads.named("test-background").newThread(() -> {
		});
		thread.start();
		thread.join(10_000);

		assertThat(NiceValues.ofCurrentThread()).isEqualTo(before).isLessThan(BackgroundThreads.nice());
	}

	@Test
	void aThreadLowerAlreadyIsNotRaised() throws Exception {
		onLinux();
		CompletableFuture<Integer> nice = new CompletableFuture<>();

		BackgroundThreads.named("test-background").newThread(() -> {
			ThreadNice.set(BackgroundThreads.nice() - 5);
			nice.complete(NiceValues.ofCurrentThread());
		}).start();

		assertThat(nice.get(10, TimeUnit.SECONDS)).isEqualTo(BackgroundThreads.nice());
	}

	static void onLinux() {
		assumeTrue(NiceValues.shownAndAbove(BackgroundThreads.nice()),
				"threads' nice values are shown in /proc on Linux only, and the tests run above the background");
	}

	@Test
	void theNiceValueConfiguredIsKeptWithinWhatLowersAThread() {
		assertThat(BackgroundThreads.nice(null)).isEqualTo(BackgroundThreads.DEFAULT_NICE);
		assertThat(BackgroundThreads.nice(" 19 ")).isEqualTo(19);
		assertThat(BackgroundThreads.nice("40")).isEqualTo(19);
		assertThat(BackgroundThreads.nice("-5")).isZero();
		assertThat(BackgroundThreads.nice("low")).as("not a number").isEqualTo(BackgroundThreads.DEFAULT_NICE);
	}

}
