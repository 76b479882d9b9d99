/**
 * Who may call what: API keys and JWT clients, their roles and the authorities each may
 * see.
 */
@NullMarked
package org.example.placement.security;

import org.jspecify.annotations.NullMarked;
