package org.example.placement.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Test jars: a build's classes directory packaged as a jar, as the build packages it. */
public final class Jars {

	private Jars() {
	}

	/** Writes every file under {@code classes} into {@code jar}; returns {@code jar}. */
	public static Path pack(Path classes, Path jar) throws IOException {
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
				Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
				out.write(Files.readAllBytes(file));
				out.closeEntry();
			}
		}
		return jar;
	}

}
