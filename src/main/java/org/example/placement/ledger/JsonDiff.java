package org.example.placement.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Structural comparison of two JSON documents, reporting each differing leaf by its path.
 */
final class JsonDiff {

	private JsonDiff() {
	}

	static List<Replay.Difference> between(JsonNode recorded, JsonNode replayed) {
		List<Replay.Difference> out = new ArrayList<>();
		compare("$", recorded, replayed, out);
		return out;
	}

	private static void compare(String path, JsonNode a, JsonNode b, List<Replay.Difference> out) {
		if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
			if (!(a == null && b == null)) {
				out.add(new Replay.Difference(path, text(a), text(b)));
			}
			return;
		}
		if (a.isObject()) {
			Set<String> names = new TreeSet<>(a.propertyNames());
			names.addAll(b.propertyNames());
			names.forEach(name -> compare(path + "." + name, a.get(name), b.get(name), out));
		}
		else if (a.isArray()) {
			for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
				compare(path + "[" + i + "]", a.get(i), b.get(i), out);
			}
		}
		else if (a.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) != 0 : !a.equals(b)) {
			out.add(new Replay.Difference(path, text(a), text(b)));
		}
	}

	private static String text(JsonNode node) {
		return node == null ? null : node.toString();
	}

}
