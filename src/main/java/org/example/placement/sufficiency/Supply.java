package org.example.placement.sufficiency;

import org.example.placement.decision.NeedGroup;
import java.util.Collection;
import java.util.List;

import org.example.placement.decision.AuthorityCode;
import org.example.placement.decision.Geography;
import org.jspecify.annotations.Nullable;

/**
 * The supply list seen from the authority's area: the places whose postcode is in it and
 * that have vacancies, and what they offer each need group.
 */
final class Supply {

	private final List<SupplyPlace> inAreaWithVacancies;

	private final ProvidersInArea.Counts counts;

	private Supply(List<SupplyPlace> inAreaWithVacancies, ProvidersInArea.Counts counts) {
		this.inAreaWithVacancies = inAreaWithVacancies;
		this.counts = counts;
	}

	static Supply of(List<SupplyPlace> supply, String authority, Geography geography) {
		List<SupplyPlace> inArea = supply.stream()
			.filter(p -> geography.authorityOf(p.postcode()).filter(authority::equals).isPresent())
			.toList();
		int fosterParents = (int) inArea.stream().filter(p -> p.placementType().matches("U[1-6]")).count();
		int homes = (int) inArea.stream().filter(p -> p.placementType().matches("K[12]")).count();
		int vacancies = inArea.stream()
			.filter(SupplyPlace::accommodationProvider)
			.mapToInt(SupplyPlace::vacancies)
			.sum();
		return new Supply(inArea.stream().filter(p -> p.vacancies() > 0).toList(), new ProvidersInArea.Counts(
				fosterParents, homes, vacancies, AuthorityCode.isWelsh(authority) ? notForProfit(inArea) : null));
	}

	/** Who provides the in-area accommodation providers (a Welsh authority's, s75). */
	private static ProvidersInArea.NotForProfit notForProfit(List<SupplyPlace> inArea) {
		int localAuthority = 0;
		int notForProfit = 0;
		int forProfit = 0;
		int unknown = 0;
		for (SupplyPlace place : inArea) {
			if (!place.accommodationProvider()) {
				continue;
			}
			@Nullable Boolean known = place.notForProfit();
			if (place.localAuthority()) {
				localAuthority++;
			}
			else if (known == null) {
				unknown++;
			}
			else if (known) {
				notForProfit++;
			}
			else {
				forProfit++;
			}
		}
		return ProvidersInArea.NotForProfit.of(localAuthority, notForProfit, forProfit, unknown);
	}

	List<SupplyPlace> inAreaWithVacancies() {
		return inAreaWithVacancies;
	}

	ProvidersInArea providers(int notMet) {
		return new ProvidersInArea(counts.fosterParents(), counts.childrensHomes(), counts.vacancies(), notMet,
				counts.notForProfit());
	}

	/**
	 * Vacancies in the area that suit a group: the place takes the age of at least one of
	 * the group's children placed outside the area, and for DISABLED is suitable for
	 * disabled children, for SIBLING_GROUP takes sibling groups, for YOUNG_PARENT is a
	 * parent-and-child place.
	 */
	int suitableFor(NeedGroup group, Collection<ChildAtYearEnd> notMet) {
		return inAreaWithVacancies.stream()
			.filter(p -> notMet.stream().anyMatch(c -> c.age() != null && p.takesAge(c.age())))
			.filter(p -> switch (group) {
				case DISABLED -> p.suitableForDisabled();
				case SIBLING_GROUP -> p.takesSiblingGroups();
				case YOUNG_PARENT -> p.parentAndChild();
				case TEENAGER, UASC -> true;
			})
			.mapToInt(SupplyPlace::vacancies)
			.sum();
	}

}
