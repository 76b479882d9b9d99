package org.example.placement.benchmark.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quickest documented start (README "Starting quickly"), made for a benchmark run
 * with {@code start=cds}: the jar unpacked ({@code -Djarmode=tools extract}), one
 * training start up to the point the service would open its port that records the classes
 * it loads, and a static class-data archive of them ({@code -Xshare:dump}), all in
 * {@code dir}. The archive names the unpacked jar by its absolute path, so the service
 * can then be started from any working directory.
 */
final class QuickStart {

	private QuickStart() {
	}

	/**
	 * Prepares {@code dir} for {@code jar}; the service's own arguments and environment
	 * are those of the training start, so it loads what the measured start will.
	 */
	static Launch prepare(String java, Path jar, Path dir, List<String> serviceArguments,
			Map<String, String> environment) throws IOException, InterruptedException {
		long started = System.nanoTime();
		Path unpacked = unpack(java, jar, dir, environment);
		List<String> training = new ArrayList<>(List.of("-XX:DumpLoadedClassList=app.classlist",
				"-Dspring.context.exit=onRefresh", "-jar", unpacked.toString()));
		training.addAll(serviceArguments);
		run(java, dir, environment, training);
		List<String> classes = Files.readAllLines(dir.resolve("app.classlist"))
			.stream()
			.filter((line) -> !line.startsWith("@lambda-proxy"))
			.toList();
		Files.write(dir.resolve("app.classes"), classes);
		Path archive = dir.resolve("app.jsa").toAbsolutePath();
		run(java, dir, environment, List.of("-Xshare:dump", "-XX:SharedClassListFile=app.classes",
				"-XX:SharedArchiveFile=" + archive, "-cp", unpacked.toString()));
		System.out.printf("[load] quick start prepared in %.1f s (unpacked, trained, %d classes archived)%n",
				(System.nanoTime() - started) / 1e9, classes.size());
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
