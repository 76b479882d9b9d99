package org.example.placement.page;

import org.example.placement.geography.Authorities;
import org.springframework.beans.factory.ObjectProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout ({@code templates/fragments/layout.html}) needs on every page of
 * this package and those below it: the {@code viewer}, or none before sign-in. A page
 * controller lives here (or below) to get it.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	static final String VIEWER = "viewer";

	private final ObjectProvider<Authorities> names;

	PageModel(ObjectProvider<Authorities> names) {
		this.names = names;
	}

	@ModelAttribute(VIEWER)
	@Nullable Viewer viewer(@Nullable Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return Viewer.of(authentication, names.getIfAvailable(() -> code -> false));
	}

}
