/**
 * The decision log and ruleset archive in a relational database: append-only,
 * hash-chained, schema by Flyway ({@code db/migration}), H2 by default and PostgreSQL in
 * production.
 */
@NullMarked
package org.example.placement.ledger;

import org.jspecify.annotations.NullMarked;
