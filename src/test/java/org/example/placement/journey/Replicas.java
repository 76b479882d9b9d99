package org.example.placement.journey;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.example.placement.support.RuleDirectories;
import org.example.placement.support.TestClients;

/**
 * Two replicas of the service started together on one database, as a Deployment starts
 * its pods: each in its own working directory with its own copy of the rules, watched
 * every {@link ReplicasJourneyTests#WATCH_INTERVAL}, and one API client that both know
 * (broker-a's key), as behind a load balancer.
 */
record Replicas(ServiceProcess a, Path rulesA, ServiceProcess b, Path rulesB) implements AutoCloseable {

	static Replicas start(Path workA, Path workB, Map<String, String> database) throws Exception {
		Path rulesA = RuleDirectories.copyInto(workA.resolve("rules"));
		Path rulesB = RuleDirectories.copyInto(workB.resolve("rules"));
		String[] client = client();
		CompletableFuture<ServiceProcess> a = CompletableFuture
			.supplyAsync(() -> start(workA, rulesA, database, client));
		CompletableFuture<ServiceProcess> b = CompletableFuture
			.supplyAsync(() -> start(workB, rulesB, database, client));
		try {
			return new Replicas(a.join(), rulesA, b.join(), rulesB);
		}
		catch (CompletionException ex) {
			// one did not start: stop the other
			for (CompletableFuture<ServiceProcess> started : java.util.List.of(a, b)) {
				started.thenAccept(Replicas::stop);
			}
			throw ex;
		}
	}

	@Override
	public void close() {
		stop(a);
		stop(b);
	}

	private static ServiceProcess start(Path workDir, Path rules, Map<String, String> database, String[] client) {
		try {
			return ServiceProcess.start(workDir, rules, ReplicasJourneyTests.WATCH_INTERVAL, database, client);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String[] client() throws Exception {
		String prefix = "--placement.security.clients.balanced.";
		return new String[] { prefix + "key-sha256=" + ReplicasJourneyTests.sha256(TestClients.BROKER_A),
				prefix + "roles=DECIDE,AUDIT,POLICY", prefix + "authorities=*" };
	}

	private static void stop(ServiceProcess replica) {
		try {
			replica.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
