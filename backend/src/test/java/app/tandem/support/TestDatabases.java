package app.tandem.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points the test run at its database before any Spring context starts. {@code h2}: the
 * embedded default (H2 file database in MySQL mode) in a fresh temporary data folder.
 * {@code mariadb}: a schema and user of its own on the local server (created through the
 * root socket login), dropped again when the run ends.
 */
public class TestDatabases implements LauncherSessionListener {

	private String schema;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String database = System.getProperty("tandem.test.database", "h2");
		try {
			Path dataDir = Files.createTempDirectory("tandem-test-");
			System.setProperty("tandem.data-dir", dataDir.toString());
			if ("mariadb".equals(database)) {
				openMariaDb();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot prepare the test database", ex);
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.schema != null) {
			root("DROP DATABASE IF EXISTS " + this.schema + "; DROP USER IF EXISTS '" + this.schema
					+ "'@'localhost'; DROP USER IF EXISTS '" + this.schema + "'@'127.0.0.1';");
		}
	}

	private void openMariaDb() {
		byte[] random = new byte[6];
		new SecureRandom().nextBytes(random);
		this.schema = "tandem_it_" + HexFormat.of().formatHex(random);
		String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
		StringBuilder sql = new StringBuilder("CREATE DATABASE " + this.schema + " CHARACTER SET utf8mb4;");
		for (String host : new String[] { "localhost", "127.0.0.1" }) {
			sql.append("CREATE USER '")
				.append(this.schema)
				.append("'@'")
				.append(host)
				.append("' IDENTIFIED BY '")
				.append(password)
				.append("';");
			sql.append("GRANT ALL ON ")
				.append(this.schema)
				.append(".* TO '")
				.append(this.schema)
				.append("'@'")
				.append(host)
				.append("';");
		}
		root(sql.toString());
		String port = System.getProperty("tandem.test.mariadb-port", "3306");
		System.setProperty("spring.profiles.active", "mysql,mariadb");
		System.setProperty("spring.datasource.url", "jdbc:mysql://127.0.0.1:" + port + "/" + this.schema);
		System.setProperty("spring.datasource.username", this.schema);
		System.setProperty("spring.datasource.password", password);
		byte[] secret = new byte[48];
		new SecureRandom().nextBytes(secret);
		System.setProperty("tandem.security.token-secret", Base64.getEncoder().encodeToString(secret));
	}

	private static void root(String sql) {
		try {
			Process process = new ProcessBuilder("mariadb", "-uroot", "-e", sql).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(
						"mariadb -uroot failed (is MariaDB running? service mariadb start): " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot run the mariadb client", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
