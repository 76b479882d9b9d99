package org.example.placement.support;

import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core run on the page a browser has open, for any page test: Deque's axe-core for
 * Selenium ({@code com.deque.html.axe-core:selenium}, from Maven Central, which carries
 * {@code axe.min.js} inside it: nothing to install, nothing fetched), limited to the WCAG
 * 2.0, 2.1 and 2.2 level A and AA rules. A page passes when no violation is serious or
 * critical; each violation is named with the rule, its help text and where. <pre>
 * driver.get(url);
 * Accessibility.assertNoSeriousViolations(driver);
 * </pre>
 */
public final class Accessibility {

	/** The axe tags of WCAG 2.2 level AA: its A and AA rules and those of 2.0 and 2.1. */
	public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final List<String> SERIOUS = List.of("serious", "critical");

	private Accessibility() {
	}

	/** The serious and critical WCAG 2.2 AA violations of the open page, in words. */
	public static List<String> seriousViolations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
		assertThat(results.isErrored()).as("axe-core ran: " + results.getErrorMessage()).isFalse();
		return results.getViolations()
			.stream()
			.filter(rule -> SERIOUS.contains(rule.getImpact()))
			.map(Accessibility::describe)
			.toList();
	}

	/** Fails, naming each, when the open page has a serious or critical violation. */
	public static void assertNoSeriousViolations(WebDriver driver) {
		assertThat(seriousViolations(driver)).as("serious WCAG 2.2 AA violations on " + driver.getCurrentUrl())
			.isEmpty();
	}

	private static String describe(Rule rule) {
		List<String> where = rule.getNodes()
			.stream()
			.limit(5)
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.toList();
		return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + where;
	}

}
