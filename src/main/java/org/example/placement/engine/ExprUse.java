package org.example.placement.engine;

/** What an expression of a rule is part of, which decides how much it may do. */
enum ExprUse {

	CONDITION("a condition"), FROM("a from or accumulate"), EVAL("an eval"), CONSEQUENCE("a consequence");

	final String what;

	ExprUse(String what) {
		this.what = what;
	}

}
