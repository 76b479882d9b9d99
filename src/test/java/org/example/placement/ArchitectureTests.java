package org.example.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of style.md, checked rather than trusted: package by feature,
 * dependencies pointing inwards to {@code decision}, a core free of frameworks but the
 * validation API, ports living with their callers, the shared JSON configuration
 * ({@code json}) depending on nothing of ours but the core, only {@code engine} touching
 * Drools, and one wall clock.
 */
class ArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.example.placement");

	@Test
	void onlyTheEngineImportsDroolsOrKie() {
		noClasses().that()
			.resideOutsideOfPackage("..placement.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.kie..", "org.drools..")
			.check(CLASSES);
	}

	@Test
	void decisionCoreDependsOnNoOtherModule() {
		noClasses().that()
			.resideInAPackage("..placement.decision..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..placement.engine..", "..placement.geography..", "..placement.web..",
					"..placement.scenario..", "..placement.ledger..", "..placement.cli..", "..placement.json..",
					"..placement.sufficiency..")
			.check(CLASSES);
	}

	/**
	 * The sufficiency duty asks the rules through its own port ({@code DutyRules}, which
	 * the engine implements) and the placement engine through the decision core, so it
	 * depends on no adapter: not on Drools, the engine, the geography, the log, the web
	 * or the command line.
	 */
	@Test
	void sufficiencyDependsOnlyOnTheDecisionCore() {
		noClasses().that()
			.resideInAPackage("..placement.sufficiency..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..placement.engine..", "..placement.geography..", "..placement.web..",
					"..placement.scenario..", "..placement.ledger..", "..placement.cli..", "..placement.security..",
					"org.kie..", "org.drools..")
			.check(CLASSES);
	}

	/**
	 * The one JSON configuration (strict reading rules and the core's wire format) is
	 * shared by web, scenario and ledger, so it may depend on none of ours but the core.
	 */
	@Test
	void jsonDependsOnNothingOfOursButTheCore() {
		noClasses().that()
			.resideInAPackage("..placement.json..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..placement.engine..", "..placement.geography..", "..placement.web..",
					"..placement.scenario..", "..placement.ledger..", "..placement.cli..", "..placement.security..")
			.check(CLASSES);
	}

	/**
	 * The core depends on no framework but the validation API: no Spring, no Jackson (its
	 * wire format is the {@code json} module's mix-ins), no Drools.
	 */
	/**
	 * No framework; the validation API, and JUG's generator of time-ordered UUIDs (a
	 * small library of its own, for {@code DecisionIds}).
	 */
	@Test
	void decisionCoreDependsOnNoFrameworkButTheValidationApi() {
		classes().that()
			.resideInAPackage("..placement.decision..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "jakarta.validation..", "org.jspecify.annotations..", "com.fasterxml.uuid..",
					"org.example.placement.decision..")
			.check(CLASSES);
	}

	/**
	 * A port in the core is called by the core, or joins two adapters that may not know
	 * each other (the engine asks the scenarios' gate, the ledger asks the engine to
	 * rebuild an archived ruleset): never by a module that could depend on the adapter
	 * itself, such as {@code web} or {@code cli} reading the decision log. Each method of
	 * each interface in {@code decision} is checked against its callers.
	 */
	@Test
	void portsLiveWithTheirCallers() {
		List<String> misplaced = new ArrayList<>();
		for (JavaClass port : CLASSES.stream()
			.filter((c) -> c.isInterface() && c.getPackageName().equals("org.example.placement.decision"))
			.toList()) {
			Set<String> implementers = port.getAllSubclasses()
				.stream()
				.map(ArchitectureTests::module)
				.collect(Collectors.toSet());
			for (JavaMethod method : port.getMethods()) {
				method.getAccessesToSelf()
					.stream()
					// an adapter calling itself, or a decorator the port it wraps, is no
					// caller
					.filter((access) -> !access.getOriginOwner().isAssignableTo(port.getName()))
					.map((access) -> module(access.getOriginOwner()))
					.filter((caller) -> !caller.equals("decision")
							&& !(ADAPTERS.contains(caller) && !implementers.contains(caller)))
					.distinct()
					.forEach((caller) -> misplaced.add(port.getSimpleName() + "#" + method.getName()
							+ " is called from " + caller + ": it belongs with its caller, not in decision"));
			}
		}
		assertThat(misplaced).isEmpty();
	}

	/** One {@link Clock} for the whole product: a bean, so tests can fix "now". */
	@Test
	void onlyTheApplicationReadsTheWallClock() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(PlacementApplication.class.getName())
			.should()
			.callMethod(Clock.class, "systemUTC")
			.orShould()
			.callMethod(Clock.class, "systemDefaultZone")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.check(CLASSES);
	}

	private static final Set<String> ADAPTERS = Set.of("engine", "geography", "scenario", "ledger", "sufficiency");

	/** The module a class belongs to: the first package below the application's. */
	private static String module(JavaClass type) {
		String name = type.getPackageName().replaceFirst("^org\\.example\\.placement\\.?", "");
		return name.isEmpty() ? "(application)" : name.split("\\.")[0];
	}

	@Test
	void adaptersDependOnlyOnTheCore() {
		noClasses().that()
			.resideInAnyPackage("..placement.engine..", "..placement.geography..", "..placement.scenario..",
					"..placement.ledger..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..placement.web..", "..placement.cli..")
			.check(CLASSES);
		slices().matching("org.example.placement.(engine|geography|scenario|ledger)..")
			.should()
			.notDependOnEachOther()
			.check(CLASSES);
	}

	/**
	 * Who may call what is decided in one module, which the web adapter asks and which
	 * asks no module of ours.
	 */
	@Test
	void securityDependsOnNoOtherModule() {
		noClasses().that()
			.resideInAPackage("..placement.security..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..placement.decision..", "..placement.engine..", "..placement.geography..",
					"..placement.web..", "..placement.scenario..", "..placement.ledger..", "..placement.cli..",
					"..placement.json..")
			.check(CLASSES);
	}

	@Test
	void modulesAreFreeOfCycles() {
		slices().matching("org.example.placement.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void decisionCoreKnowsNothingOfTheWeb() {
		noClasses().that()
			.resideInAPackage("..placement.decision..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
			.check(CLASSES);
	}

	/**
	 * Every package says its references are non-null unless marked {@code @Nullable}
	 * (JSpecify).
	 */
	@Test
	void everyPackageIsNullMarked() {
		assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct()).allSatisfy(
				(name) -> assertThat(Class.forName(name + ".package-info").isAnnotationPresent(NullMarked.class))
					.as(name + " has a package-info annotated @NullMarked")
					.isTrue());
	}

}
