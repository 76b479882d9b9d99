package org.example.placement.page;

import java.util.List;

import org.example.placement.geography.Authorities;
import org.example.placement.security.ClientAccess;
import org.example.placement.security.Role;
import org.springframework.security.core.Authentication;

/**
 * Who is reading a page, for its header: the client signed in (or sending a bearer
 * credential), the authorities whose decisions it may see, by name, and which parts of
 * the service its roles open (the navigation shows only those).
 */
public record Viewer(String name, boolean everyAuthority, List<String> authorities, boolean audit, boolean policy) {

	public static Viewer of(Authentication authentication, Authorities names) {
		ClientAccess access = ClientAccess.of(authentication);
		List<String> authorities = access.authorities()
			.stream()
			.sorted()
			.map(code -> names.nameOf(code).map(name -> name + " (" + code + ")").orElse(code))
			.toList();
		return new Viewer(access.clientId(), access.everyAuthority(), authorities, access.roles().contains(Role.AUDIT),
				access.roles().contains(Role.POLICY));
	}

	/** What the header says this reader may see. */
	public String sees() {
		if (everyAuthority) {
			return "every authority";
		}
		return authorities.isEmpty() ? "no authority" : String.join(", ", authorities);
	}

}
