/**
 * Server-rendered pages: Thymeleaf templates in {@code templates/}, charts drawn as
 * inline SVG here, on the server, so a page needs no script and no other file. First the
 * sufficiency page ({@code sufficiency.html}, issue 13).
 */
@NullMarked
package org.example.placement.page;

import org.jspecify.annotations.NullMarked;
