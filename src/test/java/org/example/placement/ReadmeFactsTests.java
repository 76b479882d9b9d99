package org.example.placement;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;
import org.example.placement.decision.Codes;
import org.example.placement.decision.DecisionRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.DefaultValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures README.md states that the code can compute, read back from the code, so a
 * change to one without the other fails the build. (The README states no rule count on
 * purpose: {@code GET /api/v1/rules} and the {@code catalogue} command give it.)
 */
class ReadmeFactsTests {

	static final String README = read(Path.of("README.md"));

	@Test
	void requestLimitsAreTheOnesTheValidationApplies() throws ReflectiveOperationException {
		int candidates = DecisionRequest.class.getDeclaredField("candidates").getAnnotation(Size.class).max();
		assertThat(README).contains("references and needs " + Codes.ENTRY_MAX + " characters")
			.contains("codes and postcodes " + Codes.CODE_MAX)
			.contains("lists\n" + Codes.LIST_MAX + " entries")
			.contains(String.format("%,d candidates", candidates));
	}

	@Test
	void defaultsAreTheOnesTheServiceStartsWith() throws IOException, ReflectiveOperationException {
		Properties properties = new Properties();
		try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
			properties.load(in);
		}
		assertThat(README)
			.contains("`placement.api.max-request-bytes` (default `"
					+ properties.getProperty("placement.api.max-request-bytes") + "`)")
			.contains("(every " + defaultOf("org.example.placement.engine.EngineProperties", "watchInterval")
					+ ", `placement.rules.watch-interval`)")
			.contains("size= (max " + constant("org.example.placement.web.Paging", "MAX_SIZE") + ")")
			.contains("(every " + defaultOf("org.example.placement.ledger.LedgerProperties", "h2CompactEvery")
					+ ", `placement.ledger.h2-compact-every`)")
			.contains("`placement.ledger.gather` (default "
					+ defaultOf("org.example.placement.ledger.LedgerProperties", "gather") + ";");
	}

	@Test
	void exitCodesTableListsEveryExitCodeTheCommandsUse() throws ReflectiveOperationException {
		Set<Integer> defined = Arrays.stream(Class.forName("org.example.placement.cli.ExitCodes").getDeclaredFields())
			.filter((field) -> field.getType() == int.class && Modifier.isStatic(field.getModifiers()))
			.map(ReadmeFactsTests::intValue)
			.collect(Collectors.toSet());
		Matcher rows = Pattern.compile("(?m)^\\| (\\d+) \\| ").matcher(section("| exit | meaning |"));
		Set<Integer> documented = rows.results()
			.map((row) -> Integer.valueOf(row.group(1)))
			.collect(Collectors.toSet());
		assertThat(documented).isEqualTo(defined);
		String errorLine = (String) constant("org.example.placement.cli.ExitCodes", "ERROR_LINE");
		assertThat(README).contains(errorLine.substring(errorLine.indexOf('(')));
	}

	private static String section(String heading) {
		String rest = README.substring(README.indexOf(heading));
		int end = rest.indexOf("\n\n");
		return end < 0 ? rest : rest.substring(0, end);
	}

	private static Object constant(String type, String name) throws ReflectiveOperationException {
		Field field = Class.forName(type).getDeclaredField(name);
		field.setAccessible(true);
		return field.get(null);
	}

	/**
	 * A {@code @DefaultValue} of a configuration properties record, as README writes it.
	 */
	private static String defaultOf(String type, String component) throws ReflectiveOperationException {
		Class<?> record = Class.forName(type);
		RecordComponent[] components = record.getRecordComponents();
		Parameter[] parameters = record
			.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
			.getParameters();
		for (int i = 0; i < components.length; i++) {
			if (components[i].getName().equals(component)) {
				return parameters[i].getAnnotation(DefaultValue.class).value()[0].replaceAll("^(\\d+)s$", "$1 s");
			}
		}
		throw new IllegalStateException(type + " has no " + component);
	}

	private static int intValue(Field field) {
		try {
			field.setAccessible(true);
			return field.getInt(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
