/**
 * The YAML scenarios of test-scenarios/: reading, running, coverage of every rule, and
 * the gate a ruleset must pass before it serves.
 */
@NullMarked
package org.example.placement.scenario;

import org.jspecify.annotations.NullMarked;
