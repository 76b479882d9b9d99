package org.example.placement.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * A person signed in through the issuer (OIDC login) gets what a JWT client gets
 * ({@link JwtClients}): a role for each {@code placement:*} scope granted to the login,
 * and the responsible authorities of the {@code authorities} claim of the ID token or the
 * user info (ONS codes, or {@code ["*"]}). A person with neither may sign in but see
 * nothing.
 */
final class OidcPeople implements GrantedAuthoritiesMapper {

	private static final String SCOPE = "SCOPE_";

	@Override
	public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> granted) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		List<String> authorities = new ArrayList<>();
		for (GrantedAuthority authority : granted) {
			String name = String.valueOf(authority.getAuthority());
			for (Role role : Role.values()) {
				if ((SCOPE + role.scope()).equals(name)) {
					roles.add(role);
				}
			}
			if (authority instanceof OidcUserAuthority oidc) {
				authorities.addAll(claimed(oidc.getAttributes()));
			}
		}
		return ClientAccess.granted(roles, authorities);
	}

	private static List<String> claimed(Map<String, Object> claims) {
		List<String> codes = new ArrayList<>();
		if (claims.get(JwtClients.AUTHORITIES) instanceof Collection<?> list) {
			list.forEach(code -> codes.add(String.valueOf(code)));
		}
		return codes;
	}

}
