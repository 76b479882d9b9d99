package org.example.placement.geography;

/**
 * Where a full postcode or a postcode sector is: its upper-tier authority (the one
 * running children's services, already mapped from the lower-tier code in the ONS files)
 * and its grid position.
 */
record Place(String authority, GridPoint point) {
}
