package org.example.placement.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/**
 * Names a field of the request body the way a caller writes it,
 * {@code candidates[0].placementType}, whether the problem was found by Jackson while
 * reading or by Bean Validation afterwards, so both kinds of error point at the same
 * place. {@code $} is the body as a whole.
 */
public final class JsonPaths {

	public static final String ROOT = "$";

	private JsonPaths() {
	}

	/**
	 * The path of a Jackson read failure: property names and {@code [index]} for array
	 * elements.
	 */
	public static String of(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				property(path, reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? ROOT : path.toString();
	}

	/**
	 * The path at which a parser stands: its property names and array indexes from the
	 * root down.
	 */
	public static String of(TokenStreamContext context) {
		Deque<TokenStreamContext> chain = new ArrayDeque<>();
		for (TokenStreamContext each = context; each != null && !each.inRoot(); each = each.getParent()) {
			chain.push(each);
		}
		StringBuilder path = new StringBuilder();
		for (TokenStreamContext each : chain) {
			if (each.inArray()) {
				path.append('[').append(Math.max(each.getCurrentIndex(), 0)).append(']');
			}
			else if (each.currentName() != null) {
				property(path, each.currentName());
			}
		}
		return path.isEmpty() ? ROOT : path.toString();
	}

	/**
	 * The path of a constraint violation; container-element nodes such as
	 * {@code <list element>} are dropped.
	 */
	public static String of(Path violationPath) {
		StringBuilder path = new StringBuilder();
		for (Path.Node node : violationPath) {
			if (node.isInIterable()) {
				Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
				path.append('[').append(position == null ? "" : position).append(']');
			}
			if (node.getKind() == ElementKind.PROPERTY) {
				property(path, node.getName());
			}
		}
		return path.isEmpty() ? ROOT : path.toString();
	}

	private static void property(StringBuilder path, String name) {
		if (!path.isEmpty()) {
			path.append('.');
		}
		path.append(name);
	}

}
