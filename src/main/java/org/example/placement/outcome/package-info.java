/**
 * Practitioners' outcomes (issue 15): recording what was actually chosen after a
 * decision, and the overrides report, for the API ({@code web}) and the pages
 * ({@code page}) alike, so both ask the same checks and neither depends on the other.
 */
@NullMarked
package org.example.placement.outcome;

import org.jspecify.annotations.NullMarked;
