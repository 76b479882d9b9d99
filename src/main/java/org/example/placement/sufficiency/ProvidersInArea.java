package org.example.placement.sufficiency;

/**
 * The providers question of s22G(4)(a) and (5): accommodation providers in the area
 * (local authority foster parents, PLACE U1-U6, and children's homes, PLACE K1 and K2) in
 * {@code supply.csv}, their vacancies, and the children placed outside the area.
 */
public record ProvidersInArea(int fosterParents, int childrensHomes, int vacancies, int notMet) implements DutySubject {

	@Override
	public String ref() {
		return "providers";
	}

	/** The providers of the area, before the children placed outside it are known. */
	record Counts(int fosterParents, int childrensHomes, int vacancies) {
	}

}
