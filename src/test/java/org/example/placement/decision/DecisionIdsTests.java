package org.example.placement.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New decision ids are UUIDs of version 7: unique, and in the order they were made, so
 * the log's index on them is appended to rather than written anywhere.
 */
class DecisionIdsTests {

	@Test
	void eachIdIsAVersion7UuidInItsCanonicalForm() {
		String id = DecisionIds.next();
		UUID uuid = UUID.fromString(id);
		assertThat(uuid.version()).isEqualTo(7);
		assertThat(uuid.variant()).isEqualTo(2);
		assertThat(uuid.toString()).isEqualTo(id);
	}

	@Test
	void idsAreUniqueAndSortInTheOrderTheyWereMadeAcrossMilliseconds() throws InterruptedException {
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			for (int j = 0; j < 500; j++) {
				made.add(DecisionIds.next());
			}
			Thread.sleep(2);
		}
		assertThat(new HashSet<>(made)).hasSize(made.size());
		// ids of different milliseconds: the later sorts after the earlier, as text
		for (int ms = 1; ms < 20; ms++) {
			assertThat(made.get(ms * 500)).isGreaterThan(made.get(ms * 500 - 1));
		}
	}

	@Test
	void idsMadeInOneMillisecondAreNotCountedOnFromEachOther() {
		UUID previous = UUID.fromString(DecisionIds.next());
		for (int i = 0; i < 1000; i++) {
			UUID id = UUID.fromString(DecisionIds.next());
			assertThat(id.getLeastSignificantBits() - previous.getLeastSignificantBits()).isNotEqualTo(1);
			previous = id;
		}
	}

	@Test
	void theTimeInAnIdIsWhenItWasMade() {
		long before = System.currentTimeMillis();
		UUID id = UUID.fromString(DecisionIds.next());
		long after = System.currentTimeMillis();
		assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
	}

}
