/**
 * The HTTP API v1: controllers, RFC 9457 problems, request limits, correlation ids and
 * paging.
 */
@NullMarked
package org.example.placement.web;

import org.jspecify.annotations.NullMarked;
