/**
 * How the service reads JSON and YAML, in one place:
 * {@link org.example.placement.json.StrictJson} configures the HTTP API's mapper, the
 * scenario reader and the decision log's reader alike. Depends on Jackson only, nothing
 * of ours, so every module may use it.
 */
@NullMarked
package org.example.placement.json;

import org.jspecify.annotations.NullMarked;
