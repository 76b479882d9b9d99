package org.example.placement.ledger;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded log, opened with the service's JDBC settings
 * ({@code application.properties}), keeps a page cache of 1 MB, not H2's 16 MB: the pages
 * it cached, each holding decisions' compressed records, lived a few seconds in the heap,
 * long enough to be copied by young collections again and again (README "The young
 * pauses: what survives them").
 */
class H2PageCacheTests {

	@TempDir
	Path directory;

	@Test
	void theServicesLogKeepsAPageCacheOfOneMegabyte() {
		try (HikariDataSource dataSource = new HikariDataSource()) {
			dataSource.setJdbcUrl(LedgerWork.h2Url(directory.resolve("placement-ledger"), ""));
			dataSource.setUsername("sa");

			String megabytes = JdbcClient.create(dataSource)
				.sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")
				.query(String.class)
				.single();

			assertThat(megabytes).isEqualTo("1");
		}
	}

}
