package org.example.placement.decision;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;

/**
 * Ids for new decisions: UUIDs of version 7 (RFC 9562), whose first 48 bits are the
 * millisecond they were made and the rest random (74 bits from {@code SecureRandom},
 * drawn afresh for every id, so an id made in the same millisecond as another is not the
 * other plus one, as with JUG's monotonic generator), made by JUG. Ordered by time, each
 * new id goes to the end of the log's unique index on {@code decision_id}, as the
 * sequence does to the end of the table, instead of into a page anywhere in it: on H2 a
 * random id rewrote an old page of that index at every commit, and with it the entry of
 * the old chunk that held it in H2's layout map (README "The H2 log writer's CPU: ids in
 * time order"). The id says when the decision was made, to the millisecond, which its
 * record's {@code recorded_at} says anyway; it says nothing of the child or the request.
 */
public final class DecisionIds {

	private static final TimeBasedEpochRandomGenerator IDS = Generators.timeBasedEpochRandomGenerator();

	private DecisionIds() {
	}

	/** A new decision id, in its canonical text form. */
	public static String next() {
		return IDS.generate().toString();
	}

}
