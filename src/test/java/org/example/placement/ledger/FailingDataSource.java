package org.example.placement.ledger;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source whose connections fail to prepare any statement starting with a given SQL
 * prefix, as a database that goes away mid-transaction would: a way to show that an
 * append interrupted half-way leaves nothing behind.
 */
final class FailingDataSource extends DelegatingDataSource {

	private volatile String failingPrefix = "\u0000never";

	FailingDataSource(DataSource target) {
		super(target);
	}

	/** From now on, statements starting with {@code sqlPrefix} fail. */
	void failOn(String sqlPrefix) {
		this.failingPrefix = sqlPrefix;
	}

	void recover() {
		this.failingPrefix = "\u0000never";
	}

	@Override
	public Connection getConnection() throws SQLException {
		Connection target = super.getConnection();
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql
							&& sql.startsWith(failingPrefix)) {
						throw new SQLException("simulated loss of the database at: " + sql, "08006");
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
