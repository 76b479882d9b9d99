package org.example.placement.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * 401 and 403 from the security filters as the same {@code application/problem+json} as
 * every other problem: the exception is handed to Spring MVC's exception resolvers (the
 * web module's problem advice answers it), after the RFC 6750
 * {@code WWW-Authenticate: Bearer} challenge is set. The challenge never says why a token
 * was refused beyond {@code invalid_token}.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectProvider<HandlerExceptionResolver> resolvers;

	ProblemResponses(ObjectProvider<HandlerExceptionResolver> resolvers) {
		this.resolvers = resolvers;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				ex instanceof OAuth2AuthenticationException ? "Bearer error=\"invalid_token\"" : "Bearer");
		resolve(request, response, ex, HttpServletResponse.SC_UNAUTHORIZED);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		resolve(request, response, ex, HttpServletResponse.SC_FORBIDDEN);
	}

	private void resolve(HttpServletRequest request, HttpServletResponse response, Exception ex, int status)
			throws IOException {
		HandlerExceptionResolver resolver = resolvers.getIfAvailable();
		if (resolver == null || resolver.resolveException(request, response, null, ex) == null) {
			response.sendError(status);
		}
	}

}
