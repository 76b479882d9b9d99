package org.example.placement.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader rules are compiled and run with: the application's, asked only for
 * names that can be classes the rules or Drools use. Building a ruleset, Drools and MVEL
 * try thousands of names that are no class at all ({@code declr}, {@code Title},
 * {@code TemporaryApproval.Regulation$REG_24}, each of a rule's identifiers in each of
 * its imports' packages): about 10,000 lookups of 2,400 names per build, each of which
 * the application class loader answers by searching every jar of the service, which is
 * most of the time a build takes from a {@code java -jar} archive (nested jars). A name
 * outside the packages below (a rule package's own classes and declared types are Drools'
 * to define, never the application's) is refused at once, and a name refused once is
 * refused again without a search. A defence in depth besides: rules reach no class of the
 * service but the decision model and Drools' own.
 */
final class RuleClassLoader extends ClassLoader {

	/** The packages a rule build may load classes from. */
	private static final String[] PACKAGES = { "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.drools.", "org.kie.",
			"org.mvel2.", "org.example.placement.", "org.eclipse.jdt.", "org.antlr.", "com.github.javaparser.",
			"org.slf4j." };

	/** More names than one build tries: the refusals of every build fit. */
	private static final int MAX_REFUSED = 20_000;

	private final Set<String> refused = ConcurrentHashMap.newKeySet();

	RuleClassLoader(ClassLoader application) {
		super(application);
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (!inAllowedPackage(name) || refused.contains(name)) {
			throw new Refused(name);
		}
		try {
			return super.loadClass(name, resolve);
		}
		catch (ClassNotFoundException ex) {
			if (refused.size() < MAX_REFUSED) {
				refused.add(name);
			}
			throw ex;
		}
	}

	private static boolean inAllowedPackage(String name) {
		for (String prefix : PACKAGES) {
			if (name.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** Thrown thousands of times per build: no stack trace to fill. */
	private static final class Refused extends ClassNotFoundException {

		Refused(String name) {
			super(name);
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
