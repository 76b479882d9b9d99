package org.example.placement.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.example.placement.decision.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules' class loader asks the application's only for names that can be classes the
 * rules use, and each missing name once.
 */
class RuleClassLoaderTests {

	private final List<String> asked = new ArrayList<>();

	private final ClassLoader application = new ClassLoader(getClass().getClassLoader()) {
		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			asked.add(name);
			return super.loadClass(name, resolve);
		}
	};

	@Test
	void loadsTheDecisionModelAndTheJdk() throws ClassNotFoundException {
		RuleClassLoader loader = new RuleClassLoader(application);

		assertThat(loader.loadClass(Candidate.class.getName())).isSameAs(Candidate.class);
		assertThat(loader.loadClass("java.math.BigDecimal")).isSameAs(BigDecimal.class);
	}

	@Test
	void refusesNamesOutsideTheRulesPackagesWithoutSearching() {
		RuleClassLoader loader = new RuleClassLoader(application);

		assertThatExceptionOfType(ClassNotFoundException.class).isThrownBy(() -> loader.loadClass("declr"));
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> loader.loadClass("placement.england.facts.Title"));
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> loader.loadClass("org.springframework.context.ApplicationContext"));

		assertThat(asked).isEmpty();
	}

	@Test
	void searchesForAMissingNameOnlyOnce() {
		RuleClassLoader loader = new RuleClassLoader(application);

		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> loader.loadClass("java.lang.Title"));
		}

		assertThat(asked).containsExactly("java.lang.Title");
	}

}
