package org.example.placement.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenAPI contract as written
 * ({@code src/main/resources/openapi/placement-api.yaml}), read as a tree: its
 * operations, the statuses each documents, and its examples.
 */
final class Contract {

	static final Path FILE = Path.of("src/main/resources/openapi/placement-api.yaml");

	static final YAMLMapper YAML = YAMLMapper.builder().build();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	private Contract() {
	}

	static JsonNode read() {
		return YAML.readTree(FILE.toFile());
	}

	/** A documented operation: its method (upper case) and path template. */
	record Operation(String method, String template) {

		boolean matches(String method, String path) {
			return this.method.equals(method) && Pattern.matches(template.replaceAll("\\{[^}]+}", "[^/]+"), path);
		}

		@Override
		public String toString() {
			return method + " " + template;
		}

	}

	static List<Operation> operations(JsonNode contract) {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
			for (String method : path.getValue().propertyNames()) {
				if (METHODS.contains(method)) {
					operations.add(new Operation(method.toUpperCase(), path.getKey()));
				}
			}
		}
		return operations;
	}

	static JsonNode operation(JsonNode contract, Operation operation) {
		return contract.get("paths").get(operation.template()).get(operation.method().toLowerCase());
	}

	/** Every documented (operation, status), as "METHOD /template STATUS". */
	static Set<String> documentedStatuses(JsonNode contract) {
		Set<String> statuses = new TreeSet<>();
		for (Operation operation : operations(contract)) {
			for (String status : operation(contract, operation).get("responses").propertyNames()) {
				statuses.add(operation + " " + status);
			}
		}
		return statuses;
	}

	/** The documented operation a request was for, if any. */
	static Optional<Operation> operationOf(List<Operation> operations, String method, String path) {
		// a literal segment wins over a template's variable
		return operations.stream()
			.filter(operation -> operation.matches(method, path))
			.min((a, b) -> Integer.compare(a.template().indexOf('{') < 0 ? 0 : 1,
					b.template().indexOf('{') < 0 ? 0 : 1));
	}

	static JsonNode example(JsonNode contract, String name) {
		return contract.get("components").get("examples").get(name).get("value");
	}

	/** JSON pointers where two trees differ, for a failure that says where. */
	static List<String> differences(JsonNode a, JsonNode b, String at) {
		List<String> found = new ArrayList<>();
		if (a.isObject() && b.isObject()) {
			Set<String> names = new TreeSet<>(a.propertyNames());
			names.addAll(b.propertyNames());
			names.forEach(name -> found.addAll(differences(a.path(name), b.path(name), at + "/" + name)));
		}
		else if (a.isArray() && b.isArray() && a.size() == b.size()) {
			for (int i = 0; i < a.size(); i++) {
				found.addAll(differences(a.get(i), b.get(i), at + "/" + i));
			}
		}
		else if (!a.equals(b)) {
			found.add(at + ": " + abbreviated(a) + " <> " + abbreviated(b));
		}
		return found;
	}

	private static String abbreviated(JsonNode node) {
		String text = node.toString();
		return text.length() > 120 ? text.substring(0, 120) + "..." : text;
	}

	/**
	 * Writes an example's value into the contract as pretty-printed JSON (which is YAML),
	 * replacing the value there: how the response examples are made and kept true
	 * ({@code -Dopenapi.examples.write=true}, see README).
	 */
	static void writeExample(String name, JsonNode value) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(FILE));
		int examples = lines.indexOf("  examples:");
		int example = lines.subList(examples, lines.size()).indexOf("    " + name + ":") + examples;
		int start = example + 1;
		while (!lines.get(start).startsWith("      value:")) {
			start++;
		}
		int end = start + 1;
		while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith("       "))) {
			end++;
		}
		List<String> written = new ArrayList<>();
		written.add("      value:");
		JSON.writerWithDefaultPrettyPrinter()
			.writeValueAsString(value)
			.lines()
			.forEach(l -> written.add("        " + l));
		lines.subList(start, end).clear();
		lines.addAll(start, written);
		Files.write(FILE, lines);
	}

}
