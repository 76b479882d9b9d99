package org.example.placement.geography;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Geography;
import org.example.placement.decision.Location;
import org.example.placement.decision.Whereabouts;
import org.example.placement.decision.UnknownPostcodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reference geography from ONS open data (ONSPD postcodes and sectors, the 2021 LTLA
 * to UTLA lookup and a derived adjacency table), loaded once at start-up. Distance and
 * in/out of area follow the DfE SSDA903 derivation so that what a social worker sees
 * reconciles with the authority's 903 return; "at a distance" follows reg 11(5) of the
 * 2010 Regulations. Postcodes are children's data: they are never logged here, nor put in
 * exception messages.
 */
@Component
class OnsGeography implements Geography, Authorities {

	private static final Logger logger = LoggerFactory.getLogger(OnsGeography.class);

	private final Postcodes postcodes;

	private final Adjacency adjacency;

	private final AuthorityNames names = AuthorityNames.load();

	OnsGeography() {
		this("");
	}

	/**
	 * @param adjacencyOverrides path of an authority's adjacency overrides file
	 * ({@code placement.geo.adjacency-overrides}; see {@link Adjacency}), or blank for
	 * none
	 */
	@Autowired
	OnsGeography(@Value("${placement.geo.adjacency-overrides:}") String adjacencyOverrides) {
		long start = System.nanoTime();
		this.postcodes = Postcodes.load(UpperTiers.load());
		this.adjacency = hasText(adjacencyOverrides) ? Adjacency.load(Path.of(adjacencyOverrides.strip()))
				: Adjacency.load();
		logger.info("Loaded ONS geography: {} postcodes and sectors in {} ms{}", this.postcodes.size(),
				(System.nanoTime() - start) / 1_000_000,
				hasText(adjacencyOverrides) ? "; adjacency overrides applied" : "");
	}

	@Override
	public boolean isAuthority(String code) {
		return postcodes.hasAuthority(code) || adjacency.knows(code);
	}

	@Override
	public Optional<String> nameOf(String code) {
		return names.of(code);
	}

	@Override
	public Optional<String> authorityOf(String postcode) {
		return find(postcode).map(Place::authority);
	}

	/**
	 * The placement postcode is resolved before the home postcode so that, when both are
	 * unknown, the caller learns about the candidate's (it already checks the home one).
	 */
	@Override
	public Candidate locate(Candidate candidate, String homePostcode, String responsibleAuthority) {
		return candidate.locatedAt(whereabouts(candidate.postcode(), homePostcode, responsibleAuthority));
	}

	private Whereabouts whereabouts(String postcode, String homePostcode, String responsibleAuthority) {
		if (!hasText(postcode)) {
			return Whereabouts.UNKNOWN;
		}
		Place placement = place(postcode);
		BigDecimal miles = place(homePostcode).point().milesTo(placement.point());
		String authority = placement.authority();
		boolean inArea = authority.equals(responsibleAuthority);
		boolean atDistance = !inArea && !adjacency.adjoin(authority, responsibleAuthority);
		return new Whereabouts(miles, authority, inArea ? Location.IN : Location.OUT, atDistance);
	}

	@Override
	public Optional<BigDecimal> milesBetween(String from, String to) {
		Optional<Place> start = find(from);
		Optional<Place> end = find(to);
		return start.isEmpty() || end.isEmpty() ? Optional.empty()
				: Optional.of(start.get().point().milesTo(end.get().point()));
	}

	@Override
	public List<String> sameDistancesAs(String homePostcode, List<String> others, int limit) {
		Optional<Postcode> home = Postcode.parse(homePostcode);
		Optional<Place> homePlace = home.flatMap(postcodes::find);
		if (homePlace.isEmpty()) {
			return List.of();
		}
		List<GridPoint> targets = new ArrayList<>();
		List<BigDecimal> miles = new ArrayList<>();
		for (String other : others) {
			Optional<Place> place = find(other);
			if (place.isEmpty()) {
				return List.of();
			}
			targets.add(place.get().point());
			miles.add(homePlace.get().point().milesTo(place.get().point()));
		}
		String authority = homePlace.get().authority();
		String sector = home.get().sector();
		List<String> matches = new ArrayList<>();
		postcodes.forEach((text, place) -> {
			if (!place.authority().equals(authority) || text.equals(home.get().text())) {
				return;
			}
			for (int i = 0; i < targets.size(); i++) {
				if (place.point().milesTo(targets.get(i)).compareTo(miles.get(i)) != 0) {
					return;
				}
			}
			matches.add(text);
		});
		return matches.stream()
			.sorted(Comparator.comparingInt((String text) -> preference(text, sector)).thenComparing(text -> text))
			.limit(limit)
			.toList();
	}

	/**
	 * Full postcodes in another sector first (the furthest from the original that still
	 * fits), then the same sector, then sectors.
	 */
	private static int preference(String text, String homeSector) {
		Postcode postcode = Postcode.parse(text).orElseThrow();
		if (!postcode.isFull()) {
			return 2;
		}
		return postcode.sector().equals(homeSector) ? 1 : 0;
	}

	private Optional<Place> find(String postcode) {
		return Postcode.parse(postcode).flatMap(postcodes::find);
	}

	private Place place(String postcode) {
		return find(postcode).orElseThrow(() -> new UnknownPostcodeException(postcode));
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
