package org.example.placement.web;

import java.util.List;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import tools.jackson.core.JacksonException;

/**
 * Names a field of the request body the way a caller writes it, {@code candidates[0].placementType},
 * whether the problem was found by Jackson while reading or by Bean Validation afterwards, so
 * both kinds of error point at the same place. {@code $} is the body as a whole.
 */
final class JsonPaths {

	static final String ROOT = "$";

	private JsonPaths() {
	}

	/** The path of a Jackson read failure: property names and {@code [index]} for array elements. */
	static String of(List<JacksonException.Reference> references) {
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

	/** The path of a constraint violation; container-element nodes such as {@code <list element>} are dropped. */
	static String of(Path violationPath) {
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
