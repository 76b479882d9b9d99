package org.example.placement.decision;

/**
 * The decision a calling system's idempotency key already holds, as it was sent when
 * first made (read back from the response the log recorded, so without its trace), and
 * whether it was made for the same request as the one now sent with the key: the same
 * request as parsed, with {@code asOf} filled in, whatever its layout.
 */
public record KeyedDecision(Decision decision, boolean sameRequest) {
}
