package org.example.placement.ledger;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source whose commits can be held at the door: once {@link #holdCommits()} is
 * called, each commit waits, uncommitted, until the test lets it through, so a test can
 * look at the callers and the database while a group is being written.
 */
final class GatedDataSource extends DelegatingDataSource {

	private final Semaphore arrived = new Semaphore(0);

	private final Semaphore passes = new Semaphore(0);

	private volatile boolean holding;

	GatedDataSource(DataSource target) {
		super(target);
	}

	void holdCommits() {
		holding = true;
	}

	/**
	 * Whether a commit arrived at the door (and now waits there) within {@code within}.
	 */
	boolean commitWaiting(Duration within) throws InterruptedException {
		return arrived.tryAcquire(within.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Lets one waiting commit through. */
	void letOneThrough() {
		passes.release();
	}

	/** Lets every commit through from now on. */
	void open() {
		holding = false;
		passes.release(1000);
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection target = super.getConnection();
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("commit") && holding) {
						arrived.release();
						passes.acquire();
					}
					try {
						return method.invoke(target, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
