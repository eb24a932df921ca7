package io.bokjiflow.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One BokjiFlow application in a child JVM ({@code java -cp <this JVM's class path>
 * io.bokjiflow.BokjiFlowApplication}) against an external database, on a free loopback
 * port, with its log in {@code target/cluster-logs/<name>.log}; tests talk to it over
 * HTTP as other systems and a load balancer would, and kill it with SIGKILL.
 */
public final class Node implements AutoCloseable {

	/** The password of every demo user. */
	public static final String PASSWORD = "demo1234!";

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private Node(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts a node; {@link #awaitReady(Duration)} waits for it.
	 * @param name the node's name: its log file and Camunda {@code hostname} (written to
	 * the job log)
	 * @param jdbcUrl the database
	 * @param environment further environment (RRN keys, demo switches)
	 * @param properties further Spring properties, passed as {@code --key=value}
	 * @return the starting node
	 */
	public static Node start(String name, String jdbcUrl, Map<String, String> environment,
			Map<String, String> properties) {
		int port = ExternalPostgres.freePort();
		Path logs = Path.of("target", "cluster-logs");
		Path log = logs.resolve(name + ".log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp",
						System.getProperty("java.class.path"), "io.bokjiflow.BokjiFlowApplication"));
		Map<String, String> props = new LinkedHashMap<>();
		props.put("server.port", String.valueOf(port));
		props.put("camunda.bpm.generic-properties.properties.hostname", name);
		props.put("vaadin.launch-browser", "false");
		props.putAll(properties);
		props.forEach((key, value) -> command.add("--" + key + "=" + value));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
		builder.environment().put("SPRING_DATASOURCE_USERNAME", ExternalPostgres.USER);
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", ExternalPostgres.PASSWORD);
		builder.environment().putAll(environment);
		try {
			Files.createDirectories(logs);
			builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			Files.writeString(log, "%n==== %s: starting %s on port %d%n".formatted(Instant.now(), name, port),
					StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
					java.nio.file.StandardOpenOption.APPEND);
			Process process = builder.start();
			// Never outlive the test JVM, even when it is killed by a time-out.
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			return new Node(name, port, log, process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the node's readiness probe says UP.
	 * @return how long it took from now
	 * @throws IllegalStateException when the process ends first or the time runs out
	 * (with the log's tail)
	 */
	public Duration awaitReady(Duration atMost) throws InterruptedException {
		Instant start = Instant.now();
		Instant deadline = start.plus(atMost);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.name + " ended with " + this.process.exitValue() + "\n" + logTail());
			}
			try {
				HttpResponse<String> ready = get("/actuator/health/readiness", null);
				if (ready.statusCode() == 200 && ready.body().contains("UP")) {
					return Duration.between(start, Instant.now());
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException(this.name + " not ready within " + atMost + "\n" + logTail());
	}

	/** The node's name (its Camunda hostname). */
	public String name() {
		return this.name;
	}

	/** {@code http://127.0.0.1:<port>}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Whether the process still runs. */
	public boolean alive() {
		return this.process.isAlive();
	}

	/** SIGKILL (on Linux, {@link Process#destroyForcibly()}): no shutdown hook runs. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM, then SIGKILL after 30 seconds. */
	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				kill();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** A GET, with HTTP Basic of a demo user or anonymous. */
	public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
		return send(request(path, user).GET());
	}

	/** A JSON POST, with HTTP Basic of a demo user. */
	public HttpResponse<String> post(String path, String user, String json, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request(path, user).POST(HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json");
		headers.forEach(request::header);
		return send(request);
	}

	/** A JSON PUT, with HTTP Basic of a demo user. */
	public HttpResponse<String> put(String path, String user, String json) throws IOException, InterruptedException {
		return send(request(path, user).PUT(HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json"));
	}

	private HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.timeout(Duration.ofSeconds(30));
		if (user != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The last 60 lines of the node's log, for failure messages. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public String toString() {
		return this.name + "@" + this.port;
	}

}
