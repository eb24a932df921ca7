package io.bokjiflow.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster of the machine's own binaries (Debian's PostgreSQL 15
 * by default, {@code BOKJIFLOW_PG_BIN} to point elsewhere) in a temporary directory on a
 * free loopback port, so that tests can use {@code pg_dump}/{@code pg_restore} of the
 * same major version as the server and several application processes can share one
 * database.
 */
public final class ExternalPostgres implements AutoCloseable {

	/** Owner of every database the tests create; trust authentication on loopback. */
	public static final String USER = "bokjiflow";

	/** The password the application is given (ignored by trust authentication). */
	public static final String PASSWORD = "bokjiflow";

	private final Path bin;

	private final Path dir;

	private final int port;

	private ExternalPostgres(Path bin, Path dir, int port) {
		this.bin = bin;
		this.dir = dir;
		this.port = port;
	}

	/** Where the PostgreSQL binaries are. */
	public static Path binaries() {
		String configured = System.getenv("BOKJIFLOW_PG_BIN");
		return Path.of(configured != null && !configured.isBlank() ? configured : "/usr/lib/postgresql/15/bin");
	}

	/** Whether this machine has the binaries (initdb, pg_ctl, pg_dump, pg_restore). */
	public static boolean available() {
		Path bin = binaries();
		return Stream.of("initdb", "pg_ctl", "pg_dump", "pg_restore").allMatch(t -> Files.isExecutable(bin.resolve(t)));
	}

	/**
	 * Creates and starts a cluster (fsync off: these tests kill the application, never
	 * the database).
	 * @param parent the directory to create the cluster's directory in
	 * @return the running cluster
	 */
	public static ExternalPostgres start(Path parent) throws IOException, InterruptedException {
		Files.createDirectories(parent);
		Path dir = Files.createTempDirectory(parent, "pg-");
		ExternalPostgres pg = new ExternalPostgres(binaries(), dir, freePort());
		pg.ownByServerUser(dir);
		pg.run(List.of(pg.tool("initdb"), "-D", dir.resolve("data").toString(), "-U", "postgres", "--auth=trust", "-E",
				"UTF8", "--locale=C.UTF-8"), true);
		pg.run(List.of(pg.tool("pg_ctl"), "-D", dir.resolve("data").toString(), "-l",
				dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + pg.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
						+ " -c max_connections=200 -c full_page_writes=off",
				"start"), true);
		Runtime.getRuntime().addShutdownHook(new Thread(pg::stopServer));
		try (Connection c = pg.connect("postgres", "postgres"); Statement s = c.createStatement()) {
			s.execute("create role " + USER + " login createdb password '" + PASSWORD + "'");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the test cluster", ex);
		}
		return pg;
	}

	/**
	 * Creates an empty database owned by {@link #USER} (who may create databases too, as
	 * restore.sh does).
	 */
	public void createDatabase(String name) {
		try (Connection c = connect("postgres", "postgres"); Statement s = c.createStatement()) {
			s.execute("create database " + name + " owner " + USER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
	}

	/** The JDBC URL of a database of this cluster. */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/** A new connection as {@link #USER}. */
	public Connection connect(String database) throws SQLException {
		return connect(database, USER);
	}

	private Connection connect(String database, String user) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), user, PASSWORD);
	}

	/** The loopback port. */
	public int port() {
		return this.port;
	}

	/** The directory of the binaries (for the backup scripts' {@code PG_BIN}). */
	public Path bin() {
		return this.bin;
	}

	/**
	 * The libpq environment ({@code PGHOST}, {@code PGPORT}, {@code PGUSER},
	 * {@code PGDATABASE}) of a database, as the backup scripts read it.
	 */
	public Map<String, String> libpqEnvironment(String database) {
		return Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(this.port), "PGUSER", USER, "PGDATABASE",
				database, "PGPASSWORD", PASSWORD, "PG_BIN", this.bin.toString());
	}

	/** Stops the server at once and deletes its directory. */
	@Override
	public void close() {
		stopServer();
		try (Stream<Path> files = Files.walk(this.dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the server at once if it runs (also from the JVM's shutdown hook). */
	private void stopServer() {
		if (!Files.exists(this.dir.resolve("data").resolve("postmaster.pid"))) {
			return;
		}
		try {
			run(List.of(tool("pg_ctl"), "-D", this.dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"),
					true);
		}
		catch (IOException | InterruptedException | IllegalStateException ex) {
			// best effort: the directory goes anyway
		}
	}

	private String tool(String name) {
		return this.bin.resolve(name).toString();
	}

	/** initdb and postgres refuse to run as root: then they run as the postgres user. */
	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	private void ownByServerUser(Path dir) throws IOException, InterruptedException {
		if (root()) {
			run(List.of("chown", "postgres", dir.toString()), false);
		}
	}

	private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asServerUser && root()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
		}
	}

	/** A loopback port nobody listens on right now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
