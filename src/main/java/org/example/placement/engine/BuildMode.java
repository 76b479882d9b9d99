package org.example.placement.engine;

/** How DRL is compiled into a KieBase. */
public enum BuildMode {

	/** The classic build: fast to compile, errors point at DRL lines. */
	MVEL,
	/** Drools' executable model: compiles rules to Java lambdas. */
	EXECUTABLE_MODEL

}
