package org.example.placement.ledger;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Set;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to throw away a connection after any error that is not about
 * the statement itself. HikariCP evicts on SQL state class 08 only; the embedded H2
 * database reports a full disk by closing itself ("The database has been closed", 90098)
 * behind connections that the pool would otherwise hand out for ever, wedging the log
 * until a restart. With them evicted, the next connection reopens the database, and
 * recording resumes by itself once space is back. Errors in the request's own statement
 * (bad data, a constraint, a rollback, SQL syntax) leave the connection in the pool.
 * Named in {@code spring.datasource.hikari.exception-override-class-name}.
 */
public final class EvictBrokenConnections implements SQLExceptionOverride {

	/**
	 * SQL state classes that describe the statement, not the connection: data,
	 * constraint, rollback, syntax.
	 */
	private static final Set<String> STATEMENT_CLASSES = Set.of("22", "23", "40", "42");

	@java.lang.Override
	public Override adjudicate(SQLException ex) {
		if (ex instanceof SQLNonTransientConnectionException) {
			return Override.MUST_EVICT;
		}
		String state = ex.getSQLState();
		if (state != null && state.length() >= 2 && STATEMENT_CLASSES.contains(state.substring(0, 2))) {
			return Override.CONTINUE_EVICT;
		}
		return Override.MUST_EVICT;
	}

}
