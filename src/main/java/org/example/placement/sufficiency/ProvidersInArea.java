package org.example.placement.sufficiency;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The providers question of s22G(4)(a) and (5) (s75(3)-(4) in Wales): accommodation
 * providers in the area (local authority foster parents, PLACE U1-U6, and children's
 * homes, PLACE K1 and K2) in {@code supply.csv}, their vacancies, and the children placed
 * outside the area. {@code notForProfit} is given for a Welsh authority only: who
 * provides them (s75 as amended by the Health and Social Care (Wales) Act 2025).
 */
public record ProvidersInArea(int fosterParents, int childrensHomes, int vacancies, int notMet,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable NotForProfit notForProfit) implements DutySubject {

	/** Providers without the not-for-profit count: an English authority's. */
	public ProvidersInArea(int fosterParents, int childrensHomes, int vacancies, int notMet) {
		this(fosterParents, childrensHomes, vacancies, notMet, null);
	}

	@Override
	public String ref() {
		return "providers";
	}

	/** The providers of the area, before the children placed outside it are known. */
	record Counts(int fosterParents, int childrensHomes, int vacancies, @Nullable NotForProfit notForProfit) {
	}

	/**
	 * The in-area accommodation providers of {@code supply.csv} by who provides them: a
	 * local authority (PLACE_PROVIDER PR1 or PR2, outside the not-for-profit test, RISCA
	 * s6A(1)), a not-for-profit entity ({@code notForProfit} True), another provider
	 * ({@code notForProfit} False) or not known (blank). {@code share} is the share of
	 * those whose provider is known that are local authorities or not-for-profit
	 * entities; null when none is known.
	 */
	public record NotForProfit(int localAuthority, int notForProfit, int forProfit, int unknown,
			@Nullable Double share) {

		static NotForProfit of(int localAuthority, int notForProfit, int forProfit, int unknown) {
			int known = localAuthority + notForProfit + forProfit;
			Double share = known == 0 ? null : Math.round(1000.0 * (localAuthority + notForProfit) / known) / 1000.0;
			return new NotForProfit(localAuthority, notForProfit, forProfit, unknown, share);
		}

	}

}
