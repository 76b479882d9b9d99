package org.example.placement.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.example.placement.decision.ChainReport;
import org.example.placement.decision.DecisionLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ledger verify}: walks the hash chain and names the first record altered, removed or reordered. */
@Command(name = "ledger", description = "Decision log tools: 'ledger verify' checks the hash chain.")
final class LedgerCommand implements Callable<Integer> {

	@Parameters(index = "0", description = "verify")
	String action;

	@Option(names = "--rules", defaultValue = "rules", description = "rules directory the service starts with (default: ${DEFAULT-VALUE})")
	Path rules;

	@Override
	public Integer call() {
		if (!"verify".equals(action)) {
			System.out.println("Unknown action '" + action + "'; try 'ledger verify'");
			return 2;
		}
		try (Services services = Services.start(rules)) {
			ChainReport report = services.bean(DecisionLog.class).verify();
			if (report.intact()) {
				System.out.println("Chain intact: " + report.checked() + " records verified");
				return 0;
			}
			System.out.println("Chain BROKEN after " + report.checked() + " records: record " + report.firstBadSequence()
					+ " (decision " + report.firstBadDecisionId() + ") " + report.problem());
			return 1;
		}
	}

}
