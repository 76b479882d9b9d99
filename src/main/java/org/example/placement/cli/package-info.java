/**
 * The command line (picocli): validate rule files, run scenarios, replay, verify and
 * export the decision log, without starting the HTTP server.
 */
@NullMarked
package org.example.placement.cli;

import org.jspecify.annotations.NullMarked;
