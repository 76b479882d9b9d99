package org.example.placement.decision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Request fields only the Welsh rules read may be sent only for a Welsh responsible
 * authority: {@code candidates[].providerNotForProfit} (Health and Social Care (Wales)
 * Act 2025 Part 1). For an English authority no rule reads it, so it is refused (400
 * naming the field), as every field no rule reads is (README, fields no rule reads).
 */
@Documented
@Constraint(validatedBy = WelshOnlyFields.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WelshOnlyFields {

	String message() default "is read only for a Welsh responsible authority (W06): the not-for-profit rules of the "
			+ "Health and Social Care (Wales) Act 2025 apply in Wales; no English rule reads it, so leave it out";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Names each candidate that sends a Welsh-only field for an authority that is not
	 * Welsh.
	 */
	class Validator implements ConstraintValidator<WelshOnlyFields, DecisionRequest> {

		@Override
		public boolean isValid(DecisionRequest request, ConstraintValidatorContext context) {
			List<Candidate> candidates = request.candidates();
			if (candidates == null || request.responsibleAuthority() == null
					|| AuthorityCode.isWelsh(request.responsibleAuthority())) {
				return true;
			}
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			for (int i = 0; i < candidates.size(); i++) {
				if (candidates.get(i) != null && candidates.get(i).providerNotForProfit() != null) {
					valid = false;
					context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
						.addPropertyNode("candidates")
						.addPropertyNode("providerNotForProfit")
						.inIterable()
						.atIndex(i)
						.addConstraintViolation();
				}
			}
			return valid;
		}

	}

}
