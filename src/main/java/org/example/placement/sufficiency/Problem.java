package org.example.placement.sufficiency;

/**
 * A row refused, or a file that could not be read: where ({@code file}, 1-based
 * {@code line}, {@code column} by its header name, empty for the whole row or file) and
 * why. A refused row is counted and reported, never silently dropped, and never stops the
 * run. {@code message} names what was wrong, never the value found (it may be personal
 * data).
 */
public record Problem(String file, long line, String column, String message) {

	@Override
	public String toString() {
		return file + ":" + line + (column.isEmpty() ? "" : " " + column) + ": " + message;
	}

}
