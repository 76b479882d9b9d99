package org.example.placement.scenario;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}
