package org.example.placement.sufficiency;

import java.time.LocalDate;

/**
 * The assessment as a whole, for the duty rules: the year end (rules in force on it
 * decide, as the as-of date does for a decision) and the responsible authority.
 */
public record DutyYear(LocalDate yearEnd, String authority) {
}
