package org.example.placement.page;

import java.util.ArrayList;
import java.util.List;

import org.example.placement.security.PageSecurityConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the form that takes an API key when the service knows API keys (the
 * local generated one or those configured), a "sign in with" link for each OIDC issuer
 * configured, or, when neither, how to configure one. The form posts to the security
 * filter ({@link PageSecurityConfiguration}), which checks the key.
 */
@Controller
class SignInController {

	private final boolean keys;

	private final List<Issuer> issuers;

	SignInController(ObjectProvider<OpaqueTokenIntrospector> keys,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		this.keys = keys.getIfAvailable() != null;
		List<Issuer> issuers = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration client) {
					issuers
						.add(new Issuer(client.getClientName(), "/oauth2/authorization/" + client.getRegistrationId()));
				}
			}
		}
		this.issuers = List.copyOf(issuers);
	}

	@GetMapping(PageSecurityConfiguration.SIGN_IN)
	String signIn(@RequestParam(required = false) String error,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
		model.addAttribute("keys", keys);
		model.addAttribute("issuers", issuers);
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", signedOut != null);
		return "sign-in";
	}

	@GetMapping("/")
	String home() {
		return "redirect:/decisions";
	}

	/** An issuer a person may sign in with, and where to start. */
	record Issuer(String name, String start) {
	}

}
