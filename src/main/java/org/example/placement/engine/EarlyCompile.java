package org.example.placement.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Begins compiling the service's first ruleset as soon as its configuration is known,
 * before the application context is refreshed (issue 12 item 4): the compile is the
 * longest step of a start, and the engine's bean, which used to begin it, is made only
 * once the web layer is set up, a quarter of the way into the start. The engine's first
 * build ({@link DroolsRuleEngine#building}) takes this compile instead of beginning its
 * own, then gates it as before; a ruleset that does not compile stops the start there
 * with the same problems. Only the service's own start adds it (not the commands, nor
 * tests' contexts); a context whose rules location or build mode differs from what was
 * compiled compiles its own.
 */
public final class EarlyCompile implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN = "earlyRulesetCompile";

	private final Clock clock;

	public EarlyCompile(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		EngineProperties properties = Binder.get(context.getEnvironment())
			.bindOrCreate("placement.rules", EngineProperties.class);
		context.getBeanFactory()
			.registerSingleton(BEAN, Started.compiling(properties.location(), properties.build(), this.clock));
	}

	/** A compile of the rules at {@code location}, begun on a thread of its own. */
	record Started(Path location, BuildMode mode, CompletableFuture<CompiledRuleset> compiled) {

		static Started compiling(Path location, BuildMode mode, Clock clock) {
			CompletableFuture<CompiledRuleset> compiled = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					compiled.complete(new RulesetCompiler(mode, clock).compile(RuleFiles.read(location)));
				}
				catch (RuntimeException | Error ex) {
					compiled.completeExceptionally(ex);
				}
			}, "rules-early-compile");
			thread.setDaemon(true);
			thread.start();
			return new Started(location, mode, compiled);
		}

		boolean compiles(Path location, BuildMode mode) {
			return this.location.equals(location) && this.mode == mode;
		}

		/** The compiled ruleset, waiting for it; throws what the compile threw. */
		CompiledRuleset join() {
			return ServingSlot.joined(this.compiled);
		}

	}

}
