package org.example.placement.sufficiency;

/** A value a row cannot be read with: the column and why, never the value. */
final class RowProblem extends RuntimeException {

	private final String column;

	RowProblem(String column, String message) {
		super(message, null, false, false);
		this.column = column;
	}

	String column() {
		return column;
	}

}
