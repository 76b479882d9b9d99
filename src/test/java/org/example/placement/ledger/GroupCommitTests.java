package org.example.placement.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The writer's gather, with a wait far longer than any test: it must end by what arrives,
 * never by the clock.
 */
class GroupCommitTests {

	private static final Duration LONG = Duration.ofHours(1);

	private static final Duration WITHIN = Duration.ofSeconds(30);

	final List<List<String>> groups = new CopyOnWriteArrayList<>();

	final CountDownLatch writing = new CountDownLatch(1);

	final CountDownLatch release = new CountDownLatch(1);

	final ExecutorService callers = Executors.newCachedThreadPool();

	final GroupCommit<String, String> writer = new GroupCommit<>("test-writer", 64, LONG, this::write);

	@AfterEach
	void stop() throws InterruptedException {
		release.countDown();
		callers.shutdownNow();
		writer.close();
	}

	@Test
	void writesALoneItemAtOnceWhenNothingElseIsOnItsWay() {
		release.countDown();
		assertThat(writer.submit("a", writer.arriving())).isEqualTo("wrote a");

		assertThat(groups).containsExactly(List.of("a"));
	}

	@Test
	void waitsForAnItemOnItsWayAndWritesItInTheSameGroup() throws Exception {
		Future<String> held = callers.submit(() -> writer.submit("held", writer.arriving()));
		assertThat(writing.await(WITHIN.toSeconds(), TimeUnit.SECONDS)).as("the first group is being written").isTrue();
		GroupCommit.Arrival second = writer.arriving();
		Future<String> first = callers.submit(() -> writer.submit("a", writer.arriving()));
		await().atMost(WITHIN).until(() -> writer.queued() == 1);

		release.countDown();
		assertThat(held.get(WITHIN.toSeconds(), TimeUnit.SECONDS)).isEqualTo("wrote held");
		assertThat(writer.submit("b", second)).isEqualTo("wrote b");

		assertThat(first.get()).isEqualTo("wrote a");
		assertThat(groups).containsExactly(List.of("held"), List.of("a", "b"));
	}

	@Test
	void anItemGivenUpOnItsWayIsNoLongerWaitedFor() throws Exception {
		release.countDown();
		GroupCommit.Arrival givenUp = writer.arriving();
		givenUp.close();
		givenUp.close();

		Future<String> lone = callers.submit(() -> writer.submit("a", writer.arriving()));

		assertThat(lone.get(WITHIN.toSeconds(), TimeUnit.SECONDS)).isEqualTo("wrote a");
		assertThat(groups).containsExactly(List.of("a"));
	}

	@Test
	void isIdleOnlyWhenNothingIsOnItsWayQueuedOrBeingWritten() throws Exception {
		GroupCommit.Arrival announced = writer.arriving();
		assertThat(writer.idleFor()).as("a decision announced").isZero();

		Future<String> held = callers.submit(() -> writer.submit("held", announced));
		assertThat(writing.await(WITHIN.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(writer.idleFor()).as("a group being written").isZero();

		release.countDown();
		assertThat(held.get(WITHIN.toSeconds(), TimeUnit.SECONDS)).isEqualTo("wrote held");
		await().atMost(WITHIN).until(() -> writer.idleFor().compareTo(Duration.ZERO) > 0);
		Duration idle = writer.idleFor();
		await().atMost(WITHIN).until(() -> writer.idleFor().compareTo(idle) > 0);

		GroupCommit.Arrival next = writer.arriving();
		assertThat(writer.idleFor()).as("the next decision announced").isZero();
		next.close();
		assertThat(writer.idleFor()).as("given up: idle again, from then").isLessThan(idle.plus(WITHIN));
	}

	private List<String> write(List<String> group) {
		writing.countDown();
		try {
			release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		groups.add(group);
		return group.stream().map((item) -> "wrote " + item).toList();
	}

}
