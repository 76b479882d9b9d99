package org.example.placement.engine;

import org.example.placement.decision.RuleProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.ExecutableModelProject;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetSources;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles a rules directory into a KieBase, all or nothing: a file that is not UTF-8,
 * any compile error, metadata problem or construct a rule may not use
 * ({@link RuleSandbox}: rules cannot run code) rejects the whole ruleset with file and
 * line. Decision tables are turned into DRL here, so a malformed table is reported
 * against its own file and reviewers can read the DRL. The rules whose inserts can never
 * be withdrawn are built to insert plainly ({@link StableRules}).
 */
final class RulesetCompiler {

	private static final String RESOURCES = "src/main/resources/";

	private static final AtomicLong BUILDS = new AtomicLong();

	private final BuildMode mode;

	private final Clock clock;

	private final boolean plainInserts;

	RulesetCompiler(BuildMode mode, Clock clock) {
		this(mode, clock, true);
	}

	/**
	 * With {@code plainInserts} false every rule inserts logically, as written (for tests
	 * that compare the two); the executable model always does.
	 */
	RulesetCompiler(BuildMode mode, Clock clock, boolean plainInserts) {
		this.mode = mode;
		this.clock = clock;
		this.plainInserts = plainInserts && mode == BuildMode.MVEL;
	}

	CompiledRuleset compile(RuleFiles files) {
		if (!files.unreadable().isEmpty()) {
			throw new RulesetRejectedException(files.unreadable());
		}
		List<RuleProblem> problems = new ArrayList<>();
		Map<String, String> drl = toDrl(files, problems);
		DrlFiles parsed = DrlFiles.read(files, drl, problems);
		// before anything is built: Drools evaluates metadata as code while building
		RuleSandbox.check(parsed, problems);
		if (!problems.isEmpty()) {
			throw new RulesetRejectedException(problems);
		}
		RuleDependencies dependencies = RuleDependencies.of(parsed);
		FiringOrder order = FiringOrder.of(dependencies);
		Map<String, Integer> strata = order.strata();
		KieBase kieBase = build(files, plainInserts ? plain(parsed, drl, StableRules.plain(dependencies, strata)) : drl,
				problems);
		if (!problems.isEmpty()) {
			throw new RulesetRejectedException(problems);
		}
		List<RuleDefinition> rules = new RuleMetadataReader(parsed).read(kieBase, problems);
		if (!problems.isEmpty()) {
			throw new RulesetRejectedException(problems);
		}
		order.applyTo(kieBase, strata);
		Ruleset ruleset = new Ruleset(files.version(), clock.instant(), files.root().toString(),
				List.copyOf(files.contents().keySet()), rules);
		return new CompiledRuleset(kieBase, ruleset, new RulesetSources(files.version(), files.contents()),
				DecisionWideRules.of(parsed));
	}

	/** The DRL of every rule file: DRL as written, decision tables compiled to DRL. */
	static Map<String, String> toDrl(RuleFiles files, List<RuleProblem> problems) {
		Map<String, String> drl = new LinkedHashMap<>();
		files.contents().forEach((path, text) -> {
			if (!RuleFiles.isTable(path)) {
				drl.put(path, text);
				return;
			}
			DecisionTable table = DecisionTable.compile(path, text, problems);
			if (table != null) {
				drl.put(path, table.drl());
			}
		});
		return drl;
	}

	/**
	 * The DRL to build: the consequences of the rules in {@code plain} rewritten to
	 * insert plainly ({@link Consequences#plain}), after the sandbox has checked them as
	 * written.
	 */
	private static Map<String, String> plain(DrlFiles parsed, Map<String, String> drl, Set<String> plain) {
		Map<String, String> built = new LinkedHashMap<>(drl);
		for (DrlFile file : parsed.files()) {
			List<RuleDescr> rules = file.pkg().getRules().stream().filter((r) -> plain.contains(r.getName())).toList();
			if (!rules.isEmpty()) {
				built.put(file.path(), Consequences.plain(drl.get(file.path()), rules));
			}
		}
		return built;
	}

	private KieBase build(RuleFiles files, Map<String, String> drl, List<RuleProblem> problems) {
		KieServices services = KieServices.Factory.get();
		ReleaseId releaseId = services.newReleaseId("placement", "ruleset", "1.0." + BUILDS.incrementAndGet());
		KieFileSystem kfs = services.newKieFileSystem();
		kfs.generateAndWritePomXML(releaseId);
		drl.forEach((path, text) -> kfs.write(resourceName(path), text));
		ClassLoader loader = new RuleClassLoader(getClass().getClassLoader());
		KieBuilder builder = services.newKieBuilder(kfs, loader);
		try {
			if (mode == BuildMode.EXECUTABLE_MODEL) {
				builder.buildAll(ExecutableModelProject.class);
			}
			else {
				builder.buildAll();
			}
		}
		catch (RuntimeException ex) {
			problems.add(new RuleProblem(files.root().toString(), 0, "rules do not compile: " + rootMessage(ex)));
			return null;
		}
		for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
			problems.add(new RuleProblem(fileOf(message.getPath()), Math.max(message.getLine(), 0),
					message.getText().strip()));
		}
		if (!problems.isEmpty()) {
			return null;
		}
		KieBase kieBase = services.newKieContainer(releaseId, loader).getKieBase();
		services.getRepository().removeKieModule(releaseId);
		return kieBase;
	}

	/**
	 * Where Drools sees a rule file: under the folder of the package it must declare, so
	 * Drools' own package/folder check agrees with ours; decision tables as the DRL they
	 * compile to.
	 */
	static String resourceName(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		String folder = RuleMetadataReader.packageOf(path).replace('.', '/');
		return RESOURCES + folder + "/" + (RuleFiles.isTable(name) ? name + RuleFiles.DRL : name);
	}

	/** The rules-directory path of a resource Drools reports on. */
	static String fileOf(String resourcePath) {
		if (resourcePath == null) {
			return "(unknown file)";
		}
		String path = resourcePath.startsWith(RESOURCES) ? resourcePath.substring(RESOURCES.length()) : resourcePath;
		path = path.startsWith("placement/") ? path.substring("placement/".length()) : path;
		path = path.replace("/_", "/");
		String file = path.endsWith(RuleFiles.DRL) ? path.substring(0, path.length() - RuleFiles.DRL.length()) : path;
		return RuleFiles.isTable(file) ? file : path;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage()).strip();
	}

}
