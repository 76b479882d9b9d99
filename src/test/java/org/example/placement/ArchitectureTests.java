package org.example.placement;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of style.md, checked rather than trusted: package by feature,
 * dependencies pointing inwards to {@code decision}, the shared strict JSON rules
 * ({@code json}) depending on nothing of ours, and only {@code engine} touching Drools.
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
	 * The strict JSON rules are shared by web, scenario and ledger, so they may depend on
	 * none of ours.
	 */
	@Test
	void strictJsonDependsOnNothingOfOurs() {
		noClasses().that()
			.resideInAPackage("..placement.json..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..placement.decision..", "..placement.engine..", "..placement.geography..",
					"..placement.web..", "..placement.scenario..", "..placement.ledger..", "..placement.cli..")
			.check(CLASSES);
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
