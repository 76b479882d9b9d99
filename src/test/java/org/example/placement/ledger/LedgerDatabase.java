package org.example.placement.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The databases the ledger must work on, each able to hand out a new empty database per
 * test. PostgreSQL is a real server (zonky embedded, started once per test JVM and
 * stopped by its shutdown hook); H2 is in memory, in its default mode, as the application
 * runs it.
 */
enum LedgerDatabase {

	H2 {
		@Override
		HikariDataSource createEmpty(String name) {
			// no DB_CLOSE_DELAY: the database disappears when its pool closes
			return pool("jdbc:h2:mem:" + name, "sa");
		}
	},

	POSTGRESQL {
		@Override
		HikariDataSource createEmpty(String name) {
			EmbeddedPostgres server = Server.INSTANCE;
			JdbcClient.create(server.getPostgresDatabase()).sql("CREATE DATABASE " + name).update();
			return pool(server.getJdbcUrl("postgres", name), "postgres");
		}
	};

	abstract HikariDataSource createEmpty(String name);

	private static HikariDataSource pool(String url, String user) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(user);
		pool.setMaximumPoolSize(4);
		return pool;
	}

	/** Started on first use only, so an H2-only run never starts PostgreSQL. */
	private static final class Server {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
