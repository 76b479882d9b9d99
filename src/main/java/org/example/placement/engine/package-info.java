/**
 * The Drools adapter: compiles the rule files of rules/ into a ruleset, checks them
 * against the sandbox's allow-list, evaluates a situation and reloads on change.
 */
@NullMarked
package org.example.placement.engine;

import org.jspecify.annotations.NullMarked;
