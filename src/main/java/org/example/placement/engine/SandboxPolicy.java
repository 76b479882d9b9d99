package org.example.placement.engine;

import java.util.Set;

/**
 * What the sandbox allows and refuses by name ({@link RuleSandbox}), and the wording its
 * problems share.
 */
final class SandboxPolicy {

	/** Types a pattern may match or a declared field may have without an import. */
	static final Set<String> PLAIN_TYPES = Set.of("String", "Integer", "Long", "Double", "Boolean", "Short", "Byte",
			"Float", "Character", "Number", "Object", "int", "long", "double", "boolean", "short", "byte", "float",
			"char");

	/** Names that reach the machine the service runs on; refused wherever they appear. */
	static final Set<String> FORBIDDEN_NAMES = Set.of("System", "Runtime", "Thread", "ThreadGroup", "ThreadLocal",
			"Class", "ClassLoader", "ProcessBuilder", "Process", "ProcessHandle", "MethodHandles", "MethodHandle",
			"Method", "Field", "Constructor", "Proxy", "Unsafe", "SecurityManager", "StackWalker", "Module",
			"ModuleLayer", "File", "Files", "Path", "Paths", "FileSystems", "FileInputStream", "FileOutputStream",
			"FileReader", "FileWriter", "RandomAccessFile", "ObjectInputStream", "ObjectOutputStream", "Socket",
			"ServerSocket", "URL", "URI", "URLClassLoader", "HttpClient", "InetAddress", "ScriptEngineManager",
			"InitialContext", "getClass", "forName", "getMethod", "getMethods", "getDeclaredMethod",
			"getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor",
			"getDeclaredConstructor", "invoke", "invokeExact", "newInstance", "setAccessible", "loadClass",
			"getClassLoader", "getContextClassLoader", "exec", "exit", "halt", "getRuntime", "lookup", "kcontext",
			"getKieRuntime", "getWorkingMemory", "getKnowledgeRuntime",
			// MVEL reads getters as properties: $c.class.classLoader is
			// getClass().getClassLoader()
			"class", "classLoader", "contextClassLoader", "declaredMethods", "declaredFields", "declaredConstructors",
			"runtime", "kieRuntime", "workingMemory");

	/**
	 * Roots of fully qualified names (java.io.File, javax..., jdk..., sun..., org...,
	 * com...).
	 */
	static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "jakarta",
			"kotlin", "groovy", "scala", "mvel", "mvel2");

	static final Set<String> OPERATORS = Set.of("in", "memberOf", "contains", "excludes", "matches", "soundslike",
			"str");

	static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average", "collectList",
			"collectSet");

	static final String WHY = " (rules may not reach the system, threads, class loading, reflection, files or the network)";

	private SandboxPolicy() {
	}

	/**
	 * A type, not a variable or field: types are capitalised, variables start with $ or
	 * lower case.
	 */
	static boolean isTypeName(String name) {
		return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
	}

	static boolean forbidden(String type) {
		return FORBIDDEN_NAMES.contains(simpleName(type)) || PACKAGE_ROOTS.contains(type.split("\\.")[0]);
	}

	static String simpleName(String name) {
		return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
	}

	static String oneLine(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
	}

}
