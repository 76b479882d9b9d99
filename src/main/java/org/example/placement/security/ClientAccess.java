package org.example.placement.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import java.util.ArrayList;

/**
 * Who is calling and for which responsible authorities it may act: the client id (the
 * caller the decision log records), its roles, and its authorities (ONS codes, or every
 * authority for {@code *}). Read from the {@link Authentication} of the request,
 * whichever way the client authenticated (API key or JWT), so the controllers check one
 * thing.
 */
public record ClientAccess(String clientId, Set<Role> roles, Set<String> authorities, boolean everyAuthority) {

	static final String ALL = "*";

	private static final String PREFIX = "AUTHORITY_";

	/**
	 * An ONS code of an English or Welsh (or any UK) area, as configured or in a token.
	 */
	private static final Pattern ONS_CODE = Pattern.compile("[EWSN]\\d{8}");

	public ClientAccess {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		authorities = Set.copyOf(authorities);
	}

	public static ClientAccess of(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<String> authorities = new TreeSet<>();
		boolean all = false;
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			String name = granted.getAuthority();
			for (Role role : Role.values()) {
				if (role.granted().equals(name)) {
					roles.add(role);
				}
			}
			if (name != null && name.startsWith(PREFIX)) {
				String code = name.substring(PREFIX.length());
				all |= ALL.equals(code);
				authorities.add(code);
			}
		}
		authorities.remove(ALL);
		return new ClientAccess(authentication.getName(), roles, authorities, all);
	}

	/**
	 * Whether this client may decide for, or read the decisions of, {@code authority}.
	 */
	public boolean mayActFor(String authority) {
		return everyAuthority || (authority != null && authorities.contains(authority));
	}

	/**
	 * The authorities a log listing is limited to; null when the client may see every
	 * one.
	 */
	public Set<String> permittedAuthorities() {
		return everyAuthority ? null : authorities;
	}

	/**
	 * The granted authorities for roles and responsible authorities, as both ways of
	 * signing in give them.
	 */
	static List<GrantedAuthority> granted(Collection<Role> roles, Collection<String> authorities) {
		List<GrantedAuthority> granted = new ArrayList<>();
		roles.forEach(role -> granted.add(new SimpleGrantedAuthority(role.granted())));
		authorities.stream()
			.filter(ClientAccess::isAuthority)
			.forEach(code -> granted.add(new SimpleGrantedAuthority(PREFIX + code)));
		return granted;
	}

	static boolean isAuthority(String code) {
		return code != null && (ALL.equals(code) || ONS_CODE.matcher(code).matches());
	}

}
