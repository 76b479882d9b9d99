package org.example.placement.cli;

import java.io.PrintWriter;

import org.example.placement.sufficiency.Progress;

/**
 * A one-line progress bar on stderr for long runs: the stage, a bar and the count,
 * redrawn in place at most every 200 ms (and at the end of each stage). Draws nothing
 * when not shown (not at a terminal, or {@code --no-progress}).
 */
final class ProgressBar implements Progress {

	private static final int WIDTH = 30;

	private final PrintWriter err;

	private final boolean shown;

	private long last;

	private boolean drawn;

	ProgressBar(PrintWriter err, boolean shown) {
		this.err = err;
		this.shown = shown;
	}

	@Override
	public synchronized void step(String stage, int done, int total) {
		if (!shown) {
			return;
		}
		long now = System.nanoTime();
		if (done < total && now - last < 200_000_000L) {
			return;
		}
		last = now;
		int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
		err.print("\r" + String.format("%-26s [%s%s] %d/%d", stage, "#".repeat(filled), " ".repeat(WIDTH - filled),
				done, total));
		err.flush();
		drawn = true;
	}

	synchronized void done() {
		if (drawn) {
			err.println();
		}
	}

}
