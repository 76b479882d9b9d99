package org.example.placement.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * One definition of an authority code: the upper-tier authorities of England and Wales,
 * which look after children, and nothing else.
 */
class AuthorityCodeTests {

	@Test
	void acceptsEveryKindOfUpperTierAuthority() {
		assertThat(AuthorityCode.parse("E06000047")).isPresent(); // County Durham
		assertThat(AuthorityCode.parse("E08000037")).isPresent(); // Gateshead
		assertThat(AuthorityCode.parse("E09000033")).isPresent(); // Westminster
		assertThat(AuthorityCode.parse("E10000019")).isPresent(); // Lincolnshire
		assertThat(AuthorityCode.parse("W06000015")).isPresent(); // Cardiff
	}

	@Test
	void refusesShireDistrictsOtherNationsAndMalformedCodes() {
		assertThat(AuthorityCode.parse("E07000234")).isEmpty();
		assertThat(AuthorityCode.parse("S12000036")).isEmpty();
		assertThat(AuthorityCode.parse("W07000001")).isEmpty();
		assertThat(AuthorityCode.parse("E0600004")).isEmpty();
		assertThat(AuthorityCode.parse(" E06000047")).isEmpty();
		assertThat(AuthorityCode.parse(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new AuthorityCode("E07000234"));
	}

	@Test
	void knowsAWelshAuthority() {
		assertThat(AuthorityCode.isWelsh("W06000015")).isTrue();
		assertThat(AuthorityCode.isWelsh("E06000047")).isFalse();
		assertThat(AuthorityCode.isWelsh("W99")).isFalse();
	}

}
