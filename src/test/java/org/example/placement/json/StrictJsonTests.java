package org.example.placement.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of {@link StrictJson} on their own, for the types the API's records do not
 * all use yet.
 */
class StrictJsonTests {

	private static final JsonMapper JSON = StrictJson.configure(JsonMapper.builder()).build();

	record Values(BigDecimal amount, Double ratio, double share, Float weight, Kind kind, LocalDate on, boolean flag) {
	}

	enum Kind {

		FIRST, SECOND

	}

	@Test
	void readsEachValueInItsOwnJsonType() {
		Values values = JSON.readValue("""
				{"amount": 420, "ratio": 0.5, "share": 1e3, "weight": 2.5, "kind": "SECOND", "on": "2024-02-29"}""",
				Values.class);

		assertThat(values).isEqualTo(
				new Values(new BigDecimal("420"), 0.5, 1000.0, 2.5f, Kind.SECOND, LocalDate.of(2024, 2, 29), false));
	}

	/**
	 * An absent primitive takes its default without Jackson writing (and dropping) a
	 * failure message first, which it did for every flag a request left out; an explicit
	 * null still reaches the problem handlers, and fails.
	 */
	@Test
	void givesAnAbsentPrimitiveItsDefaultWithoutAFailureAndStillRefusesANull() {
		List<String> failures = new ArrayList<>();
		JsonMapper counting = StrictJson.configure(JsonMapper.builder())
			.addHandler(new DeserializationProblemHandler() {
				@Override
				public Object handleNullForPrimitives(DeserializationContext context, Class<?> targetType,
						JsonParser parser, ValueDeserializer<?> deserializer, String failureMsg) {
					failures.add(failureMsg);
					return NOT_HANDLED;
				}
			})
			.build();

		Values absent = counting.readValue("{}", Values.class);

		assertThat(absent.flag()).isFalse();
		assertThat(absent.share()).isZero();
		assertThat(failures).isEmpty();
		assertThatThrownBy(() -> counting.readValue("{\"flag\": null}", Values.class))
			.isInstanceOf(MismatchedInputException.class);
		assertThat(failures).hasSize(1);
	}

	@Test
	void refusesNumbersThatAreNotFinite() {
		for (String json : new String[] { "{\"amount\": 1e309}", "{\"amount\": -1e309}", "{\"ratio\": 1e309}",
				"{\"share\": -1e309}", "{\"weight\": 1e39}" }) {
			assertThatThrownBy(() -> JSON.readValue(json, Values.class)).as(json)
				.isInstanceOf(MismatchedInputException.class)
				.hasMessageContaining("finite")
				.hasMessageNotContaining("309");
		}
	}

	@Test
	void refusesAnEnumByItsIndex() {
		assertThatThrownBy(() -> JSON.readValue("{\"kind\": 1}", Values.class))
			.isInstanceOf(MismatchedInputException.class);
	}

	@Test
	void refusesDatesThatAreNotARealDayWrittenYearMonthDay() {
		for (String date : new String[] { "\"2023-02-29\"", "\"2026-11-23 \"", "\"2026-1-23\"", "\"23/11/2026\"",
				"\"+2026-11-23\"", "20415", "[2026, 11, 23]" }) {
			assertThatThrownBy(() -> JSON.readValue("{\"on\": " + date + "}", Values.class)).as(date)
				.isInstanceOf(MismatchedInputException.class);
		}
	}

}
