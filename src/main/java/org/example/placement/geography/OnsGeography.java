package org.example.placement.geography;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Geography;
import org.example.placement.decision.Location;
import org.example.placement.decision.Whereabouts;
import org.example.placement.decision.UnknownPostcodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reference geography from ONS open data (ONSPD postcodes and sectors, the 2021 LTLA
 * to UTLA lookup and a derived adjacency table), loaded once at start-up. Distance and
 * in/out of area follow the DfE SSDA903 derivation so that what a social worker sees
 * reconciles with the authority's 903 return; "at a distance" follows reg 11(5) of the
 * 2010 Regulations. The postcode tables load while the rest of the service starts.
 * Postcodes are children's data: they are never logged here, nor put in exception
 * messages.
 */
@Component
class OnsGeography implements Geography, Authorities, SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(OnsGeography.class);

	/**
	 * Loaded on a thread of its own while the service starts; see {@link #postcodes()}.
	 */
	private final CompletableFuture<Postcodes> postcodes;

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
		this.adjacency = hasText(adjacencyOverrides) ? Adjacency.load(Path.of(adjacencyOverrides.strip()))
				: Adjacency.load();
		this.postcodes = CompletableFuture.supplyAsync(() -> load(hasText(adjacencyOverrides)), (task) -> {
			Thread loader = new Thread(task, "geography-load");
			loader.setDaemon(true);
			loader.start();
		});
	}

	private static Postcodes load(boolean overridden) {
		long start = System.nanoTime();
		Postcodes loaded = Postcodes.load(UpperTiers.load());
		logger.info("Loaded ONS geography: {} postcodes and sectors in {} ms{}", loaded.size(),
				(System.nanoTime() - start) / 1_000_000, overridden ? "; adjacency overrides applied" : "");
		return loaded;
	}

	/**
	 * The postcode tables (some 1.5 s to load), waiting for them the first time: loaded
	 * beside the rest of the start (the rules' compile among it) rather than before it
	 * (issue 12 item 4).
	 */
	private Postcodes postcodes() {
		try {
			return postcodes.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	/** The service does not start without its postcode tables. */
	@Override
	public void afterSingletonsInstantiated() {
		postcodes();
	}

	@Override
	public boolean isAuthority(String code) {
		return postcodes().hasAuthority(code) || adjacency.knows(code);
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

	/**
	 * The home postcode looked up once for all the candidates, and each candidate's once
	 * (where {@link #locate} for each would look each up twice and the home every time).
	 */
	@Override
	public Optional<List<Candidate>> locateAll(List<Candidate> candidates, String homePostcode,
			String responsibleAuthority) {
		Optional<Place> home = find(homePostcode);
		List<Candidate> located = new ArrayList<>(candidates.size());
		for (Candidate candidate : candidates) {
			if (!hasText(candidate.postcode())) {
				located.add(candidate.locatedAt(Whereabouts.UNKNOWN));
				continue;
			}
			Optional<Place> placement = find(candidate.postcode());
			if (placement.isEmpty()) {
				return Optional.empty();
			}
			Place from = home.orElseThrow(() -> new UnknownPostcodeException(homePostcode));
			located.add(candidate.locatedAt(whereabouts(placement.get(), from, responsibleAuthority)));
		}
		return Optional.of(Collections.unmodifiableList(located));
	}

	private Whereabouts whereabouts(String postcode, String homePostcode, String responsibleAuthority) {
		if (!hasText(postcode)) {
			return Whereabouts.UNKNOWN;
		}
		Place placement = place(postcode);
		return whereabouts(placement, place(homePostcode), responsibleAuthority);
	}

	private Whereabouts whereabouts(Place placement, Place home, String responsibleAuthority) {
		BigDecimal miles = home.point().milesTo(placement.point());
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
		Optional<Place> homePlace = home.flatMap(postcodes()::find);
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
		postcodes().forEach((text, place) -> {
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
		return Postcode.parse(postcode).flatMap(postcodes()::find);
	}

	private Place place(String postcode) {
		return find(postcode).orElseThrow(() -> new UnknownPostcodeException(postcode));
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
