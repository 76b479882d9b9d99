/**
 * Threads for the work the service does beside its requests (a reloaded ruleset's build
 * and gate, lean KieBases, the H2 file's compaction), run by the operating system at a
 * lower priority than the request threads:
 * {@link org.example.placement.background.BackgroundThreads}. Depends on nothing of ours,
 * so every adapter may use it.
 */
@NullMarked
package org.example.placement.background;

import org.jspecify.annotations.NullMarked;
