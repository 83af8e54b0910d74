package app.tandem.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of the test's own: {@code mariadb-install-db} into a temporary folder
 * and {@code mariadbd} on a spare port, so a test can crash it (SIGKILL), freeze it
 * (SIGSTOP) and start it again on the same data without touching the machine's shared
 * server. Root logs in through the server's own socket with no password.
 */
final class ScratchMariaDb implements AutoCloseable {

	static final String SCHEMA = "tandem";

	static final String USER = "tandem";

	static final String PASSWORD = "fault-test-password";

	private final Path home;

	private final int port;

	private Process server;

	/**
	 * How many times the server was killed, frozen or restarted by the test (for the
	 * closing counts).
	 */
	private int faults;

	private ScratchMariaDb(Path home, int port) {
		this.home = home;
		this.port = port;
	}

	/**
	 * Installs a fresh data directory, starts the server and creates the application's
	 * schema and user.
	 */
	static ScratchMariaDb install() {
		try {
			Path home = Files.createTempDirectory("tandem-faults-");
			ScratchMariaDb db = new ScratchMariaDb(home, sparePort());
			run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + db.dataDir(), "--user=" + osUser(),
					"--auth-root-authentication-method=normal", "--skip-test-db"), Duration.ofSeconds(120));
			db.start();
			db.root("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4; CREATE USER '" + USER
					+ "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'; GRANT ALL ON " + SCHEMA + ".* TO '" + USER
					+ "'@'127.0.0.1';");
			return db;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:mysql://127.0.0.1:" + this.port + "/" + SCHEMA;
	}

	int faults() {
		return this.faults;
	}

	/**
	 * Starts mariadbd on the existing data (after a crash InnoDB recovers: rolls back
	 * what was not committed).
	 */
	void start() {
		if (this.server != null && this.server.isAlive()) {
			throw new IllegalStateException("mariadbd is running already");
		}
		try {
			this.server = new ProcessBuilder("mariadbd", "--no-defaults", "--datadir=" + dataDir(),
					"--socket=" + socket(), "--port=" + this.port, "--bind-address=127.0.0.1",
					"--pid-file=" + this.home.resolve("mariadbd.pid"), "--user=" + osUser(), "--skip-log-bin",
					"--innodb-buffer-pool-size=64M", "--max-connections=200")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.home.resolve("mariadbd.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			if (!this.server.isAlive()) {
				throw new IllegalStateException("mariadbd exited at start: " + log());
			}
			if (answers()) {
				return;
			}
			pause(100);
		}
		throw new IllegalStateException("mariadbd did not start in 60 s: " + log());
	}

	/** A crash: SIGKILL, no shutdown, whatever was in flight is cut off. */
	void kill() {
		this.faults++;
		this.server.destroyForcibly();
		try {
			if (!this.server.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("mariadbd did not die");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A hang: SIGSTOP. The port still accepts connections (the kernel does) but nothing
	 * answers.
	 */
	void freeze() {
		this.faults++;
		signal("STOP");
	}

	void thaw() {
		signal("CONT");
	}

	/**
	 * Runs SQL as root through the socket and returns what the client printed
	 * (tab-separated, no headers).
	 */
	String root(String sql) {
		return run(List.of("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", "-N", "-B", "-e", sql),
				Duration.ofSeconds(30));
	}

	/**
	 * A root session that stays open: the statements run and the session keeps its locks
	 * until the server dies or {@link Session#close()}.
	 */
	Session openSession(String sql) {
		try {
			Process client = new ProcessBuilder("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", "-N",
					"-B")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			OutputStream in = client.getOutputStream();
			in.write((sql + "\n").getBytes(StandardCharsets.UTF_8));
			in.flush();
			return new Session(client);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		if (this.server != null) {
			signal("CONT");
			this.server.destroyForcibly();
			try {
				this.server.waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		try (Stream<Path> files = Files.walk(this.home)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary folder is not worth failing the run for.
		}
	}

	private boolean answers() {
		try {
			Process ping = new ProcessBuilder("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", "-e",
					"SELECT 1")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return ping.waitFor(10, TimeUnit.SECONDS) && ping.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void signal(String signal) {
		if (this.server != null && this.server.isAlive()) {
			run(List.of("kill", "-" + signal, Long.toString(this.server.pid())), Duration.ofSeconds(10));
		}
	}

	private Path dataDir() {
		return this.home.resolve("data");
	}

	private Path socket() {
		return this.home.resolve("mariadbd.sock");
	}

	private String log() {
		try {
			List<String> lines = Files.readAllLines(this.home.resolve("mariadbd.log"));
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	private static String run(List<String> command, Duration timeout) {
		try {
			Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(
						command.get(0) + " failed: " + new String(output, StandardCharsets.UTF_8));
			}
			return new String(output, StandardCharsets.UTF_8).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot run " + command.get(0) + " (is MariaDB installed?)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int sparePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String osUser() {
		return System.getProperty("user.name");
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An open root session (a mariadb client process reading statements from its input).
	 */
	static final class Session implements AutoCloseable {

		private final Process client;

		Session(Process client) {
			this.client = client;
		}

		@Override
		public void close() {
			this.client.destroyForcibly();
		}

	}

}
