package org.example.placement.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The quickest documented start (README "Starting quickly"), made for a benchmark run
 * with {@code start=cds}: the jar unpacked ({@code -Djarmode=tools extract}), its signed
 * jars unsigned ({@link UnsignedJars}), one training start up to ready that records the
 * classes and lambdas it loads, and a static class-data archive of them
 * ({@code -Xshare:dump}), all in {@code dir}. The archive names the unpacked jar by its
 * absolute path, so the service can then be started from any working directory.
 */
final class QuickStart {

	private QuickStart() {
	}

	/**
	 * Prepares {@code dir} for {@code jar}; the service's own arguments and environment
	 * are those of the training start, so it loads what the measured start will.
	 */
	static Launch prepare(String java, Path jar, Path dir, List<String> serviceArguments,
			Map<String, String> environment) throws Exception {
		long started = System.nanoTime();
		Path unpacked = unpack(java, jar, dir, environment);
		List<Path> unsigned = UnsignedJars.unsign(unpacked.resolveSibling("lib"));
		List<String> training = new ArrayList<>(
				List.of(java, "-XX:DumpLoadedClassList=app.classlist", "-jar", unpacked.toString()));
		training.addAll(serviceArguments);
		trainToReady(training, dir, environment);
		long classes = Files.readAllLines(dir.resolve("app.classlist")).size();
		Path archive = dir.resolve("app.jsa").toAbsolutePath();
		run(java, dir, environment, List.of("-Xshare:dump", "-XX:SharedClassListFile=app.classlist",
				"-XX:SharedArchiveFile=" + archive, "-cp", unpacked.toString()));
		System.out.printf("[load] quick start prepared in %.1f s (unpacked, %s unsigned, trained, %d classes and"
				+ " lambdas listed)%n", (System.nanoTime() - started) / 1e9, unsigned.size(), classes);
		return new Launch(unpacked, List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
	}

	/**
	 * As {@link #prepare}, with a JDK 25 AOT cache ({@code -XX:AOTCacheOutput}, README
	 * "Starting quickly") instead of the class-data archive: one training start writes
	 * it.
	 */
	static Launch prepareAot(String java, Path jar, Path dir, List<String> serviceArguments,
			Map<String, String> environment) throws IOException, InterruptedException {
		long started = System.nanoTime();
		Path unpacked = unpack(java, jar, dir, environment);
		Path cache = dir.resolve("app.aot").toAbsolutePath();
		List<String> training = new ArrayList<>(
				List.of("-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-jar", unpacked.toString()));
		training.addAll(serviceArguments);
		run(java, dir, environment, training);
		System.out.printf("[load] quick start prepared in %.1f s (unpacked, trained, AOT cache %d MB)%n",
				(System.nanoTime() - started) / 1e9, Files.size(cache) >> 20);
		return new Launch(unpacked, List.of("-XX:AOTCache=" + cache));
	}

	/**
	 * The training start of the class-data archive: up to ready, so the classes loaded
	 * once the context is refreshed (Tomcat's start, readiness, the first ruleset served)
	 * are listed too, then stopped as an operator stops it.
	 */
	private static void trainToReady(List<String> command, Path dir, Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("prepare.log").toFile()));
		builder.environment().putAll(environment);
		int port = command.stream()
			.filter((argument) -> argument.startsWith("--server.port="))
			.mapToInt((argument) -> Integer.parseInt(argument.substring("--server.port=".length())))
			.findFirst()
			.orElseThrow();
		Process training = builder.start();
		ServiceUnderTest.awaitReady(training, port, dir);
		training.destroy();
		if (!training.waitFor(60, TimeUnit.SECONDS)) {
			training.destroyForcibly();
			throw new IllegalStateException("the training start did not stop; see " + dir.resolve("prepare.log"));
		}
	}

	private static void run(String java, Path dir, Map<String, String> environment, List<String> arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("prepare.log").toFile()));
		builder.environment().putAll(environment);
		int exit = builder.start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException(
					"preparing the quick start failed (" + exit + "); see " + dir.resolve("prepare.log"));
		}
	}

	/** What to start: this jar, with these JVM options. */
	record Launch(Path jar, List<String> jvmOptions) {

		static Launch plain(Path jar) {
			return new Launch(jar, List.of());
		}

	}

	/** Unpacks {@code jar} under {@code dir}/app; the unpacked jar to start. */
	private static Path unpack(String java, Path jar, Path dir, Map<String, String> environment)
			throws IOException, InterruptedException {
		Files.createDirectories(dir);
		Path app = dir.resolve("app").toAbsolutePath();
		run(java, dir, environment,
				List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()));
		return app.resolve(jar.getFileName());
	}

}
