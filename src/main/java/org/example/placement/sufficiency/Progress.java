package org.example.placement.sufficiency;

/**
 * Told as a long assessment moves on (the command line draws a progress bar); called from
 * several threads at once.
 */
@FunctionalInterface
public interface Progress {

	Progress NONE = (stage, done, total) -> {
	};

	void step(String stage, int done, int total);

}
