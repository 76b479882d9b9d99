/**
 * Where a place is: ONS postcodes, authorities and adjacency (Open Government Licence
 * data), and the DfE distance formula.
 */
@NullMarked
package org.example.placement.geography;

import org.jspecify.annotations.NullMarked;
