/**
 * The sufficiency duty (Children Act 1989 s22G): the authority's own SSDA903 return and
 * supply list read as authorities hold them, the measures its sufficiency strategy uses,
 * the duty classified by rules (through the {@link DutyRules} port the engine
 * implements), and whether children placed outside the area could have been placed in it
 * (the placement engine itself, through {@code PlacementDecider}).
 */
@NullMarked
package org.example.placement.sufficiency;

import org.jspecify.annotations.NullMarked;
