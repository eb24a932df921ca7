package io.bokjiflow.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM and data directory (real PostgreSQL binaries
 * from zonky), used when no external datasource is configured.
 */
public final class EmbeddedPostgres {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

	private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile boolean stopAfterSpring;

	private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
		this.server = server;
	}

	/**
	 * Starts (or returns the already running) server for a data directory.
	 * @param dataDirectory where the cluster lives; kept between runs unless
	 * {@code clean}
	 * @param port a fixed port, or 0 for any free one
	 * @param clean whether to wipe the directory first (tests)
	 * @return the running server
	 */
	public static synchronized EmbeddedPostgres start(Path dataDirectory, int port, boolean clean) {
		Path dir = dataDirectory.toAbsolutePath().normalize();
		EmbeddedPostgres running = RUNNING.get(dir);
		if (running != null) {
			return running;
		}
		try {
			Files.createDirectories(dir);
			var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(clean)
				// We stop the server ourselves, after Spring has closed its contexts.
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "200")
				.setServerConfig("fsync", clean ? "off" : "on")
				.setServerConfig("synchronous_commit", clean ? "off" : "on")
				.setServerConfig("full_page_writes", clean ? "off" : "on");
			if (port > 0) {
				builder.setPort(port);
			}
			var server = builder.start();
			EmbeddedPostgres pg = new EmbeddedPostgres(server);
			RUNNING.put(dir, pg);
			Runtime.getRuntime().addShutdownHook(new Thread(pg::stopAtJvmExit, "embedded-postgres-stop"));
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dir);
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
		}
	}

	/**
	 * Makes sure a database exists and returns its JDBC URL.
	 * @param database the database name
	 * @return the JDBC URL of that database
	 */
	public String ensureDatabase(String database) {
		if (!database.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Unsafe database name: " + database);
		}
		try (Connection connection = this.server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement
				.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
				if (!rs.next()) {
					statement.execute("create database " + database);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
		return jdbcUrl(database);
	}

	/**
	 * The JDBC URL of a database on this server.
	 * @param database the database name
	 * @return the URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.server.getPort() + "/" + database;
	}

	/** The superuser the embedded server was initialised with. */
	public static final String USER = "postgres";

	/**
	 * Lets Spring Boot stop the server after its application contexts have closed, so
	 * that the engine and the connection pool never lose the database while shutting
	 * down.
	 */
	void stopAfterSpringContexts() {
		if (!this.stopAfterSpring) {
			this.stopAfterSpring = true;
			org.springframework.boot.SpringApplication.getShutdownHandlers().add(this::closeQuietly);
		}
	}

	private void stopAtJvmExit() {
		if (this.stopAfterSpring) {
			try {
				// Spring's shutdown hook runs concurrently; give it time to close the
				// contexts first.
				if (this.stopped.await(30, TimeUnit.SECONDS)) {
					return;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		closeQuietly();
	}

	private synchronized void closeQuietly() {
		if (this.stopped.getCount() == 0) {
			return;
		}
		try {
			this.server.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
		finally {
			this.stopped.countDown();
		}
	}

}
