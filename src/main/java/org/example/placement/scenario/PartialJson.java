package org.example.placement.scenario;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A partial match of JSON: every field the expectation gives must be in the actual JSON
 * with the same value (objects recursively, arrays element by element and of the same
 * length, numbers by value); fields it leaves out are not checked.
 */
public final class PartialJson {

	private PartialJson() {
	}

	public static void compare(String path, JsonNode expected, JsonNode actual, List<String> mismatches) {
		if (expected.isObject()) {
			for (String name : expected.propertyNames()) {
				JsonNode value = actual.get(name);
				if (value == null) {
					mismatches.add(path + "/" + name + ": missing");
				}
				else {
					compare(path + "/" + name, expected.get(name), value, mismatches);
				}
			}
		}
		else if (expected.isArray()) {
			if (!actual.isArray() || actual.size() != expected.size()) {
				mismatches.add(path + ": expected " + expected + " but was " + actual);
				return;
			}
			for (int i = 0; i < expected.size(); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i), mismatches);
			}
		}
		else if (expected.isNumber() && actual.isNumber()) {
			if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
				mismatches.add(path + ": expected " + expected + " but was " + actual);
			}
		}
		else if (!expected.asString().equals(actual.asString())) {
			mismatches.add(path + ": expected " + expected + " but was " + actual);
		}
	}

}
