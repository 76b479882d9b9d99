package org.example.placement.scenario;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.example.placement.background.BackgroundThreads;
import org.example.placement.support.NiceValues;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reload's scenarios take one core: the service gates a reload on its lowest-priority
 * rules-build thread, and the gate keeps to one thread there, while start-up and
 * {@code validate} (normal priority) use every core.
 */
class ScenarioGateThreadsTests {

	@Test
	void oneThreadOnTheLowestPriorityBuildThreadEveryCoreOtherwise() throws InterruptedException, ExecutionException {
		CompletableFuture<Integer> onBuildThread = new CompletableFuture<>();
		Thread build = new Thread(() -> onBuildThread.complete(ScenarioGate.threads()), "rules-build");
		build.setPriority(Thread.MIN_PRIORITY);
		build.start();
		assertThat(onBuildThread.get()).isEqualTo(1);
		assertThat(ScenarioGate.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
	}

	@Test
	void aBackgroundCallersScenarioThreadsRunBehindTheRequestThreads() throws Exception {
		assumeTrue(NiceValues.shownAndAbove(BackgroundThreads.nice()),
				"threads' nice values are shown in /proc on Linux only");
		CompletableFuture<Integer> background = new CompletableFuture<>();
		CompletableFuture<Integer> normal = new CompletableFuture<>();

		ScenarioSuite.threadLike(Thread.MIN_PRIORITY, () -> background.complete(NiceValues.ofCurrentThread())).start();
		ScenarioSuite.threadLike(Thread.NORM_PRIORITY, () -> normal.complete(NiceValues.ofCurrentThread())).start();

		assertThat(background.get(10, TimeUnit.SECONDS)).isEqualTo(BackgroundThreads.nice());
		assertThat(normal.get(10, TimeUnit.SECONDS)).isEqualTo(NiceValues.ofCurrentThread());
	}

}
