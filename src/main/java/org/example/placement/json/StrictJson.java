package org.example.placement.json;

import java.math.BigDecimal;
import java.time.LocalDate;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The one definition of how strictly the service reads a request, a scenario or a logged
 * record, whether the text is JSON or YAML. A value is taken only in its own JSON type:
 * <ul>
 * <li>no scalar coercion: {@code 0.9} is not a whole number, {@code 0}, {@code 1} and
 * {@code "true"} are not booleans, {@code "5"} is not a number, {@code 5} is not a
 * string, and an enum is never read from its index;</li>
 * <li>dates only as {@code yyyy-mm-dd}: a real date, no time part, no whitespace
 * ({@link StrictLocalDateDeserializer});</li>
 * <li>numbers only when finite: {@code 1e309} is refused rather than read as infinity
 * ({@link FiniteNumberDeserializers});</li>
 * <li>a key given twice in one object is refused rather than the last one winning;</li>
 * <li>unknown properties and trailing content are refused;</li>
 * <li>an explicit {@code null} for a primitive is refused, while an absent one takes its
 * default ({@link AbsentPrimitivesAsDefaults}).</li>
 * </ul>
 * YAML needs no coercion beyond JSON's: its parser reports {@code true}/{@code false} as
 * booleans and plain numbers as numbers, and an unquoted {@code 2026-11-23} comes through
 * as the string a JSON date is. Quoted YAML ({@code '5'}, {@code "true"}) is a string, so
 * it is refused where a number or boolean belongs, exactly as in JSON.
 */
public final class StrictJson {

	private StrictJson() {
	}

	private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

	/**
	 * Applies the strict reading rules and the wire format of the core's records
	 * ({@link WireFormat}) to a JSON or YAML mapper builder, and returns it: the one JSON
	 * configuration of the API (Boot's mapper), the decision log and the scenarios.
	 */
	public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
		return withoutCoercion(withStrictFeatures(builder)).addModule(finiteNumbersAndStrictDates())
			.addModule(new WireFormat())
			.addModule(CreatorHandles.module())
			.addHandler(new AbsentPrimitivesAsDefaults());
	}

	/**
	 * The JSON mapper so configured, shared by the decision log and the scenario reader
	 * (thread-safe once built).
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Unknown, duplicate or trailing content, nulls for primitives and enum indexes fail.
	 */
	private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B withStrictFeatures(B builder) {
		return builder
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
					DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
					DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
					DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS, MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
					MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
					EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
	}

	/** A value is read only from its own JSON type. */
	private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B withoutCoercion(B builder) {
		return builder
			.withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false)
				.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.DateTime,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
	}

	private static SimpleModule finiteNumbersAndStrictDates() {
		return new SimpleModule("strict-json").setDeserializerModifier(AbsentPrimitivesAsDefaults.primitives())
			.addDeserializer(LocalDate.class, new StrictLocalDateDeserializer())
			.addDeserializer(BigDecimal.class, new FiniteNumberDeserializers.FiniteBigDecimal())
			.addDeserializer(Double.class, new FiniteNumberDeserializers.FiniteDouble(Double.class, null))
			.addDeserializer(double.class, new FiniteNumberDeserializers.FiniteDouble(double.class, 0.0d))
			.addDeserializer(Float.class, new FiniteNumberDeserializers.FiniteFloat(Float.class, null))
			.addDeserializer(float.class, new FiniteNumberDeserializers.FiniteFloat(float.class, 0.0f));
	}

}
