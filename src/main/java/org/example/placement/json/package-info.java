/**
 * How the service reads and writes JSON and YAML, in one place:
 * {@link org.example.placement.json.StrictJson} configures the HTTP API's mapper, the
 * scenario reader and the decision log alike, with the strict reading rules and the wire
 * format of the core's records (mix-ins, so the core carries no Jackson annotation).
 * Depends on Jackson and the core only, so every adapter may use it.
 */
@NullMarked
package org.example.placement.json;

import org.jspecify.annotations.NullMarked;
