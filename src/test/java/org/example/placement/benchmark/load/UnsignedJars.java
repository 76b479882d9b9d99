package org.example.placement.benchmark.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * What {@code zip -d <jar> 'META-INF/*.SF' 'META-INF/*.RSA'} does in README "Starting
 * quickly", for every signed jar of an unpacked application: the class-data archive skips
 * the classes of a signed jar (ECJ, Drools' compiler of rule consequences, is the one:
 * some 420 classes loaded and verified again at every start), and a lambda of one of them
 * in the class list made the JDK 17 dump crash.
 */
final class UnsignedJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

	private UnsignedJars() {
	}

	/**
	 * Removes the signature files from every jar under {@code lib}; the jars unsigned.
	 */
	static List<Path> unsign(Path lib) throws IOException {
		List<Path> unsigned = new ArrayList<>();
		try (Stream<Path> jars = Files.list(lib)) {
			for (Path jar : jars.filter((file) -> file.toString().endsWith(".jar")).toList()) {
				if (unsigned(jar)) {
					unsigned.add(jar);
				}
			}
		}
		return unsigned;
	}

	private static boolean unsigned(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
		boolean signed = false;
		try (ZipFile zip = new ZipFile(jar.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					signed = true;
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		if (signed) {
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
		}
		else {
			Files.delete(copy);
		}
		return signed;
	}

}
