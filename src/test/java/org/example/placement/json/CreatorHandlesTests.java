package org.example.placement.json;

import java.util.List;

import org.example.placement.decision.DecisionRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Records are made through one method handle each ({@link CreatorHandles}), and read as
 * Jackson reads them: the same values, and the same failure, with its path, when the
 * constructor refuses what it was given.
 */
class CreatorHandlesTests {

	private static final JsonMapper JSON = StrictJson.mapper();

	private static final JsonMapper JACKSONS_OWN = JsonMapper.builder().build();

	record Listed(String name, List<String> entries, int count) {

		Listed {
			entries = List.copyOf(entries);
		}

	}

	@Test
	void makesARecordThroughItsOwnHandle() {
		assertThat(instantiator(JSON, DecisionRequest.class)).isInstanceOf(CreatorHandles.Spread.class);
		assertThat(instantiator(JSON, Listed.class)).isInstanceOf(CreatorHandles.Spread.class);
		assertThat(instantiator(JACKSONS_OWN, Listed.class)).isNotInstanceOf(CreatorHandles.Spread.class);
	}

	@Test
	void readsTheValuesJacksonReads() {
		String text = """
				{"name": "n", "entries": ["a", "b"], "count": 3}""";

		assertThat(JSON.readValue(text, Listed.class)).isEqualTo(JACKSONS_OWN.readValue(text, Listed.class))
			.isEqualTo(new Listed("n", List.of("a", "b"), 3));
	}

	@Test
	void failsAsJacksonDoesWhenTheConstructorThrows() {
		String text = """
				{"outer": [{"name": "n", "entries": ["a", null], "count": 1}]}""";

		assertThatThrownBy(() -> JSON.readValue(text, Outer.class))
			.isInstanceOfSatisfying(ValueInstantiationException.class, (ex) -> {
				assertThat(ex.getCause()).isInstanceOf(NullPointerException.class);
				assertThat(ex.getPathReference()).isEqualTo(pathOfJacksonsOwnFailure(text));
			});
	}

	record Outer(List<Listed> outer) {
	}

	private static String pathOfJacksonsOwnFailure(String text) {
		try {
			JACKSONS_OWN.readValue(text, Outer.class);
		}
		catch (ValueInstantiationException ex) {
			return ex.getPathReference();
		}
		throw new AssertionError("Jackson read it");
	}

	private static ValueInstantiator instantiator(JsonMapper mapper, Class<?> type) {
		DeserializationContext context = mapper._deserializationContext();
		JavaType javaType = mapper.constructType(type);
		return ((BeanDeserializerBase) context.findRootValueDeserializer(javaType)).getValueInstantiator();
	}

}
