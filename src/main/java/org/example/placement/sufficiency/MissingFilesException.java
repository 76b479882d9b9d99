package org.example.placement.sufficiency;

import java.util.List;

/** An assessment without a file it cannot do without (header, episodes or supply). */
public class MissingFilesException extends RuntimeException {

	private final List<String> missing;

	public MissingFilesException(List<String> missing) {
		super("missing required file(s): " + String.join(", ", missing));
		this.missing = List.copyOf(missing);
	}

	public List<String> missing() {
		return missing;
	}

}
