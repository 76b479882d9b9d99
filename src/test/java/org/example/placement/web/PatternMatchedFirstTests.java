package org.example.placement.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import org.example.placement.decision.AuthorityCode;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatternMatchedFirstTests {

	/**
	 * Patterns whose default message shows the expression, one with the characters the
	 * message's interpolation would read ({@code {6}}, {@code $}, a backslash), one with
	 * flags, and one inside a list.
	 */
	record Sample(@Pattern(regexp = "(E0[689]|W06)\\d{6}\\$?") String code,
			@Pattern(regexp = "ab+c", flags = Pattern.Flag.CASE_INSENSITIVE) String word,
			@Pattern(regexp = AuthorityCode.PATTERN, message = AuthorityCode.MESSAGE) String authority,
			List<@Pattern(regexp = "[a-z]{2}") String> pairs) {
	}

	@Test
	void reportsExactlyWhatHibernateValidatorsOwnPatternValidatorReports() {
		List<Sample> samples = List.of(new Sample(null, null, null, List.of()),
				new Sample("E06000047", "ABBC", "E06000047", List.of("ab", "cd")),
				new Sample("E06000047$", "abbbc", "W06000001", List.of("ab")),
				new Sample("X06000047", "ac", "E0600004", List.of("a", "ok", "ABC", "")),
				new Sample("{6}", "a{b}c", "${x}", List.of("\\d", "$$")));
		try (ValidatorFactory hibernates = Validation.buildDefaultValidatorFactory();
				ValidatorFactory services = services()) {
			for (Sample sample : samples) {
				for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
					Locale.setDefault(locale);
					assertThat(described(services.getValidator(), sample))
						.isEqualTo(described(hibernates.getValidator(), sample));
				}
			}
		}
		finally {
			Locale.setDefault(Locale.ENGLISH);
		}
	}

	@Test
	void findsTheInvalidValuesItWasGiven() {
		try (ValidatorFactory services = services()) {
			Set<String> described = described(services.getValidator(),
					new Sample("X1", "ac", "E06000047", List.of("ab", "A")));

			assertThat(described).containsExactlyInAnyOrder("code: must match \"(E0[689]|W06)\\d{6}\\$?\" (X1)",
					"word: must match \"ab+c\" (ac)", "pairs[1].<list element>: must match \"[a-z]{2}\" (A)");
			assertThat(services.getValidator()
				.getConstraintsForClass(Sample.class)
				.getConstraintsForProperty("code")
				.getConstraintDescriptors()).singleElement()
				.satisfies((pattern) -> assertThat(List.<Object>copyOf(pattern.getConstraintValidatorClasses()))
					.containsExactly(PatternMatchedFirst.class));
		}
	}

	private static ValidatorFactory services() {
		HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
		PatternMatchedFirst.register(configuration);
		return configuration.buildValidatorFactory();
	}

	private static Set<String> described(Validator validator, Sample sample) {
		return validator.validate(sample).stream().map(PatternMatchedFirstTests::described).collect(Collectors.toSet());
	}

	private static String described(ConstraintViolation<?> violation) {
		return violation.getPropertyPath() + ": " + violation.getMessage() + " (" + violation.getInvalidValue() + ")";
	}

}
