/**
 * The decision core: the request, the candidates, the ranking and the explanation, and
 * the ports the core needs (a rule engine, a decision log). Depends on no framework but
 * the validation API.
 */
@NullMarked
package org.example.placement.decision;

import org.jspecify.annotations.NullMarked;
