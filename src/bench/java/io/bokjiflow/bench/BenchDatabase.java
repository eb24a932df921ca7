package io.bokjiflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the harness measures against: an external one from the configuration, or
 * an embedded server (zonky binaries, as the application uses) whose data directory under
 * {@code target/bench/postgres} is kept between runs so that prepared data is reused.
 * Each part of the harness works in its own schema.
 *
 * <p>
 * The embedded server is started here rather than through
 * {@code io.bokjiflow.shared.EmbeddedPostgres}, which turns durability off for wiped
 * (test) directories: the benchmark must run with the same durable settings (fsync,
 * synchronous commit) whether its data is fresh or reused.
 */
public final class BenchDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BenchDatabase.class);

	/** The database of the embedded server. */
	static final String DATABASE = "bokjiflow_bench";

	private final EmbeddedPostgres embedded;

	private final String url;

	private final String username;

	private final String password;

	private final List<HikariDataSource> pools = new ArrayList<>();

	private BenchDatabase(EmbeddedPostgres embedded, String url, String username, String password) {
		this.embedded = embedded;
		this.url = url;
		this.username = username;
		this.password = password;
	}

	/**
	 * Opens the database the configuration names.
	 * @param config the settings
	 * @return the database
	 */
	public static BenchDatabase open(BenchConfig config) {
		if (config.external()) {
			log.info("Benchmarking against the external PostgreSQL {}", config.jdbcUrl());
			return new BenchDatabase(null, config.jdbcUrl(), config.jdbcUsername(), config.jdbcPassword());
		}
		Path dataDir = config.dir().resolve("postgres").toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
			long started = System.nanoTime();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(config.fresh())
				.setServerConfig("max_connections", "200")
				// Durable, like a production server (zonky's default turns synchronous
				// commit off).
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
			String sharedBuffers = System.getProperty("bench.pg.shared_buffers", "");
			if (!sharedBuffers.isBlank()) {
				// e.g. 1GB: scenario 9's history outgrows the default 128 MB
				builder.setServerConfig("shared_buffers", sharedBuffers.strip());
			}
			EmbeddedPostgres server = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "bench-postgres-stop"));
			log.info("Embedded PostgreSQL started in {} ms on port {}, data in {}{}",
					(System.nanoTime() - started) / 1_000_000, server.getPort(), dataDir,
					config.fresh() ? " (wiped: -Dbench.fresh=true)" : " (kept between runs)");
			try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
					if (!rs.next()) {
						s.execute("create database " + DATABASE);
					}
				}
			}
			return new BenchDatabase(server, "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE,
					"postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the benchmark database", ex);
		}
	}

	/** Whether this is the embedded server. */
	public boolean embedded() {
		return this.embedded != null;
	}

	/** The JDBC URL of the database (default schema). */
	public String url() {
		return this.url;
	}

	/** The user. */
	public String username() {
		return this.username;
	}

	/** The password. */
	public String password() {
		return this.password;
	}

	/**
	 * The JDBC URL with a schema as the connection's current schema.
	 * @param schema the schema
	 * @return the URL
	 */
	public String url(String schema) {
		return this.url + (this.url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	/**
	 * A new connection (not pooled) to the default schema.
	 * @return the connection
	 * @throws SQLException when PostgreSQL refuses
	 */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	/**
	 * A connection pool whose connections work in a schema.
	 * @param schema the schema (created if missing)
	 * @param size the pool size
	 * @return the pool, closed with this database
	 */
	public HikariDataSource pool(String schema, int size) {
		return pool(schema, size, new java.util.Properties());
	}

	/**
	 * A connection pool whose connections work in a schema, with driver properties.
	 * @param schema the schema (created if missing)
	 * @param size the pool size
	 * @param driver PostgreSQL driver properties, e.g. {@code reWriteBatchedInserts}
	 * @return the pool, closed with this database
	 */
	public synchronized HikariDataSource pool(String schema, int size, java.util.Properties driver) {
		ensureSchema(schema);
		HikariConfig hc = new HikariConfig();
		hc.setPoolName("bench-" + schema + "-" + this.pools.size());
		hc.setJdbcUrl(url(schema));
		hc.setUsername(this.username);
		hc.setPassword(this.password);
		hc.setMaximumPoolSize(size);
		hc.setMinimumIdle(size);
		hc.setDataSourceProperties(driver);
		HikariDataSource ds = new HikariDataSource(hc);
		this.pools.add(ds);
		return ds;
	}

	/**
	 * Creates a schema unless it exists.
	 * @param schema the schema
	 */
	public void ensureSchema(String schema) {
		execute("create schema if not exists " + safe(schema));
	}

	/**
	 * Drops a schema with everything in it and creates it empty.
	 * @param schema the schema
	 */
	public void recreateSchema(String schema) {
		execute("drop schema if exists " + safe(schema) + " cascade");
		execute("create schema " + safe(schema));
	}

	/**
	 * Whether a schema exists.
	 * @param schema the schema
	 * @return whether it exists
	 */
	public boolean schemaExists(String schema) {
		try (Connection c = connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select 1 from information_schema.schemata where schema_name = '" + safe(schema) + "'")) {
			return rs.next();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads one number (the first column of the first row) on a fresh connection, e.g. a
	 * count.
	 * @param sql the query
	 * @return the number
	 */
	public long scalar(String sql) {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	/**
	 * Runs one statement on a fresh connection.
	 * @param sql the statement
	 */
	public void execute(String sql) {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed: " + sql, ex);
		}
	}

	/**
	 * The server's version and the settings that matter for the numbers.
	 * @return name → value
	 */
	public Map<String, Object> describe() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", embedded() ? "embedded (zonky binaries)" : "external");
		try (Connection c = connect(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("show server_version")) {
				rs.next();
				m.put("version", rs.getString(1));
			}
			try (ResultSet rs = s.executeQuery("select name, setting, unit from pg_settings where name in "
					+ "('fsync','synchronous_commit','full_page_writes','shared_buffers','max_connections',"
					+ "'work_mem','effective_cache_size','wal_level') order by name")) {
				while (rs.next()) {
					String unit = rs.getString(3);
					m.put(rs.getString(1), rs.getString(2) + (unit == null ? "" : " × " + unit));
				}
			}
		}
		catch (SQLException ex) {
			m.put("error", ex.getMessage());
		}
		return m;
	}

	/**
	 * The server's major and minor version, e.g. {@code 16.4}.
	 * @return the version
	 */
	public String version() {
		return String.valueOf(describe().get("version"));
	}

	@Override
	public synchronized void close() {
		for (HikariDataSource ds : this.pools) {
			ds.close();
		}
		this.pools.clear();
		if (this.embedded != null) {
			closeQuietly(this.embedded);
		}
	}

	private static void closeQuietly(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	private static String safe(String identifier) {
		if (!identifier.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("Unsafe identifier: " + identifier);
		}
		return identifier;
	}

}
