/**
 * The placement decision service: ranks candidate placements for a looked-after child by
 * the law and local policy, explaining every step. Each sub-package is one feature;
 * ArchitectureTests checks how they may depend on each other.
 */
@NullMarked
package org.example.placement;

import org.jspecify.annotations.NullMarked;
