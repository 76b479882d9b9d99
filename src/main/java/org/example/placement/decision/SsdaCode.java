package org.example.placement.decision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The value must be a code of the named SSDA903 list ({@link Codes}); null is allowed.
 */
@Documented
@Constraint(validatedBy = SsdaCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SsdaCode {

	String value();

	String message() default "is not a code of SSDA903 list {value}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks membership and names the accepted codes in the message. */
	class Validator implements ConstraintValidator<SsdaCode, String> {

		private String list;

		// the list's codes, looked up once (Codes.isValid finds the list for each value)
		private Set<String> codes;

		@Override
		public void initialize(SsdaCode annotation) {
			this.list = annotation.value();
			this.codes = Codes.LISTS.getOrDefault(this.list, Set.of());
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || codes.contains(value)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			// a code-sized value is echoed to help the caller; anything longer is not
			// (@Size reports it)
			String which = value.length() <= Codes.CODE_MAX ? "'" + value.replaceAll("[^A-Za-z0-9]", "?") + "' is"
					: "is";
			context
				.buildConstraintViolationWithTemplate(
						which + " not an SSDA903 " + list + " code; expected one of " + Codes.describe(list))
				.addConstraintViolation();
			return false;
		}

	}

}
