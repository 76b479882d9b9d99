package org.example.placement.ledger;

/** A ruleset version kept in the archive, and how many rule files it has. */
public record ArchivedRuleset(String version, int files) {

}
