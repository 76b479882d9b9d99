/**
 * The OpenAPI contract checked against what the service does: every response the suite
 * provokes is recorded ({@link org.example.placement.contract.RecordedResponses}) and
 * compared with the document at the end.
 */
@NullMarked
package org.example.placement.contract;

import org.jspecify.annotations.NullMarked;
