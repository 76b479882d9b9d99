package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.example.placement.decision.RuleProblem;
import org.example.placement.decision.RulesetStatus;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Rules cannot run code: one rule file per forbidden construct, each refused before
 * anything is built, naming its file, its line and what is not allowed; the shipped rules
 * pass.
 */
@Tag("rules")
class RuleSandboxTests {

	/**
	 * A decision table whose action would end the JVM: refused in CSV and in a workbook
	 * alike.
	 */
	static final String SYSTEM_EXIT_TABLE = """
			"RuleSet","placement.local._default"
			"Import","org.example.placement.decision.Candidate, org.example.placement.engine.RuleHit"

			"RuleTable Boom"
			"NAME","CONDITION","METADATA","METADATA","METADATA","METADATA","ACTION"
			"","","","","","",""
			"","$candidate : Candidate( ref == ""$param"" )","title(""$param"")","citation(""$param"")","effect(""$param"")","inForceFrom(""$param"")","System.exit(1);"
			"Rule id","Ref","Title","Citation","Effect","In force from","Act"
			"LOCAL-DEFAULT-900","P-1","A row","Local policy: test","NOTE","2011-04-01","X"
			""";

	/**
	 * A rule with a declaration on line 5, a second condition on line 14 and its
	 * consequence on line 16.
	 */
	static String rule(String declaration, String condition, String consequence) {
		return """
				package placement.england.eligibility;

				import org.example.placement.decision.Candidate;
				import org.example.placement.engine.RuleHit;
				%s

				rule "ENG-TEST-1"
				    @title("A test rule")
				    @citation("Children Act 1989 s22C(5)")
				    @effect("NOTE")
				    @inForceFrom("2011-04-01")
				when
				    $candidate : Candidate( )
				    %s
				then
				    %s
				end
				""".formatted(declaration, condition, consequence);
	}

	static final String HIT = "insertLogical( RuleHit.of( drools.getRule(), $candidate ) );";

	static Stream<Arguments> forbidden() {
		return Stream.of(arguments("system-exit.drl", rule("", "", "System.exit(1);"), 16, "System is not allowed"),
				arguments("runtime-exec.drl", rule("", "", "Runtime.getRuntime().exec(\"touch /tmp/pwned\");"), 16,
						"Runtime is not allowed"),
				arguments("reflection.drl",
						rule("", "", "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null);"),
						16, "forName is not allowed"),
				arguments("new-file.drl", rule("", "", "insertLogical( new java.io.File(\"/tmp/x\") );"), 16,
						"File is not allowed"),
				arguments("print.drl", rule("", "", HIT + " System.out.println($candidate);"), 16,
						"exactly one insertLogical"),
				arguments("new-object.drl", rule("", "", "insertLogical( new StringBuilder(\"x\") );"), 16,
						"new StringBuilder(...) is not allowed"),
				arguments("hit-of-other.drl", rule("", "", "insertLogical( RuleHit.of( null, $candidate ) );"), 16,
						"RuleHit.of( drools.getRule(), $candidate )"),
				arguments("function.drl", rule("function void boom() { System.exit(1); }", "", HIT), 5,
						"function boom is not allowed"),
				arguments("global.drl", rule("global java.util.List out;", "", HIT), 5, "global out is not allowed"),
				arguments("query.drl", rule("query \"everyone\" $c : Candidate( ) end", "", HIT), 5,
						"query everyone is not allowed"),
				arguments("import-file.drl", rule("import java.io.File;", "", HIT), 5,
						"import java.io.File is not allowed"),
				arguments("import-function.drl", rule("import function java.lang.System.exit;", "", HIT), 5,
						"import function"),
				arguments("declare-initial.drl",
						rule("declare Boom\n    home : String = System.getProperty(\"user.home\")\nend", "", HIT), 6,
						"may not have an initial value"),
				arguments("eval.drl", rule("", "eval( $candidate.ref().length() > 0 )", HIT), 14,
						"eval may not call methods (length)"),
				arguments("from.drl", rule("", "String( ) from String.valueOf( $candidate )", HIT), 14,
						"from and accumulate may only read a bound fact's fields"),
				arguments("accumulate.drl", rule("",
						"Number( ) from accumulate( Candidate( $r : ref ), init( int n = 0; ) action( n++; ) result( n ) )",
						HIT), 14, "accumulate with inline code"),
				arguments("condition-system.drl",
						rule("", "Candidate( ref == System.getProperty(\"user.name\") )", HIT), 14,
						"System is not allowed"),
				arguments("condition-static.drl", rule("", "Candidate( ref == String.valueOf( 1 ) )", HIT), 14,
						"static method calls (String.valueOf)"),
				arguments("mvel-property.drl", rule("", "Candidate( ref.class.classLoader != null )", HIT), 14,
						"classLoader is not allowed"),
				arguments("unreadable-tail.drl", rule("", "Candidate( this.class != null )", HIT), 14,
						"a condition cannot be checked"),
				arguments("pattern-thread.drl", rule("", "Thread( )", HIT), 14, "pattern type Thread is not allowed"),
				arguments("metadata-code.drl",
						rule("", "", HIT).replace("@title(\"A test rule\")",
								"@title( System.getProperty(\"user.home\") )"),
						8, "@title must be quoted text or a number"),
				arguments("modify.drl", rule("", "", "update( $candidate );"), 16,
						"update(...) is not allowed: rules insert findings and never change or remove facts"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forbidden")
	void refusesEachForbiddenConstructNamingFileAndLine(String name, String drl, int line, String message,
			@TempDir Path rules) throws IOException {
		String file = "england/eligibility/" + name;
		DroolsRuleEngineTests.write(rules, file, drl);

		assertThat(problems(rules)).as(drl).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo(file);
			assertThat(p.line()).isEqualTo(line);
			assertThat(p.message()).contains(message);
		});
	}

	@Test
	void refusesADecisionTableWhoseActionCallsSystemExitNamingTheCsvRow(@TempDir Path rules) throws IOException {
		String table = SYSTEM_EXIT_TABLE;
		DroolsRuleEngineTests.write(rules, "local/default/boom.drl.csv", table);

		assertThat(problems(rules)).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("local/default/boom.drl.csv");
			assertThat(p.line()).isEqualTo(9);
			assertThat(p.message()).contains("LOCAL-DEFAULT-900", "System is not allowed");
		});
	}

	@Test
	void refusesADecisionTableImportingJavaIoFileOnItsImportRow(@TempDir Path rules) throws IOException {
		String table = """
				"RuleSet","placement.local._default"
				"Import","org.example.placement.decision.Candidate, org.example.placement.engine.RuleHit, java.io.File"

				"RuleTable Boom"
				"NAME","CONDITION","METADATA","METADATA","METADATA","METADATA","ACTION"
				"","","","","","",""
				"","$candidate : Candidate( ref == ""$param"" )","title(""$param"")","citation(""$param"")","effect(""$param"")","inForceFrom(""$param"")","insertLogical( RuleHit.of( drools.getRule(), $candidate ) );"
				"Rule id","Ref","Title","Citation","Effect","In force from","Act"
				"LOCAL-DEFAULT-900","P-1","A row","Local policy: test","NOTE","2011-04-01","X"
				""";
		DroolsRuleEngineTests.write(rules, "local/default/boom.drl.csv", table);

		assertThat(problems(rules)).anySatisfy(p -> {
			assertThat(p.file()).isEqualTo("local/default/boom.drl.csv");
			assertThat(p.line()).isEqualTo(2);
			assertThat(p.message()).contains("import java.io.File is not allowed");
		});
	}

	@Test
	void passesTheShippedRules() {
		RuleFiles files = RuleFiles.read(Path.of("rules"));
		List<RuleProblem> problems = new ArrayList<>();
		Map<String, String> drl = RulesetCompiler.toDrl(files, problems);

		RuleSandbox.check(files, drl, problems);

		assertThat(problems).isEmpty();
	}

	@Test
	void startUpRefusesARuleThatCallsSystemExit(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/exit.drl", rule("", "", "System.exit(1);"));

		assertThatThrownBy(() -> new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC()))
			.isInstanceOfSatisfying(RulesetRejectedException.class, ex -> assertThat(ex.problems())
				.anySatisfy(p -> assertThat(p.toString()).contains("england/eligibility/exit.drl:16", "System")));
	}

	@Test
	void hotReloadRefusesARuleThatCallsSystemExitAndKeepsServingTheLastGoodRuleset(@TempDir Path rules)
			throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", rule("", "", HIT));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		String good = engine.current().version();
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", rule("", "", "System.exit(1);"));

		RulesetStatus watched = engine.reloadIfChanged();
		RulesetStatus forced = engine.reload();

		for (RulesetStatus status : List.of(watched, forced)) {
			assertThat(status.current().version()).isEqualTo(good);
			assertThat(status.lastRejection().problems())
				.anySatisfy(p -> assertThat(p.toString()).contains("england/eligibility/a.drl:16", "System"));
		}
		assertThat(engine
			.evaluate(Children.inDurhamOn(Children.AS_OF), Children.aThirteenYearOldInCare(),
					List.of(Candidates.anApprovedFosterCarer("P-1")))
			.rulesetVersion()).isEqualTo(good);
	}

	/** The compiler's answer; a refused ruleset is never built, so this stays fast. */
	private static List<RuleProblem> problems(Path rules) {
		try {
			new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		}
		catch (RulesetRejectedException ex) {
			return ex.problems();
		}
		throw new AssertionError("the ruleset was accepted");
	}

}
