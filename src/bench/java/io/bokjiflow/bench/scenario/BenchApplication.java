package io.bokjiflow.bench.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.bokjiflow.BokjiFlowApplication;
import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The real application as scenarios 3 and 10 measure it: the Spring Boot context with
 * profile {@code bench} (src/bench/resources/application-bench.yml: demo users, the
 * public-data SIMULATOR, the 20,000 synthetic residents of the demo set-up) on the
 * benchmark database's {@code public} schema, started once for both scenarios. The
 * application's own events ({@code ApplicationSubmitted}, {@code CaseDecided}) and the
 * commit of every new user task ({@link TaskCommitPlugin}) are handed to the scenarios
 * that subscribe.
 */
public final class BenchApplication implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BenchApplication.class);

	private final ConfigurableApplicationContext context;

	private final List<Consumer<Object>> subscribers;

	private final double startSeconds;

	private BenchApplication(ConfigurableApplicationContext context, List<Consumer<Object>> subscribers,
			double startSeconds) {
		this.context = context;
		this.subscribers = subscribers;
		this.startSeconds = startSeconds;
	}

	/**
	 * Starts the application on the benchmark database.
	 * @param ctx the harness
	 * @return the running application
	 */
	public static BenchApplication start(BenchContext ctx) {
		long t0 = System.nanoTime();
		var db = ctx.db();
		Map<String, Object> props = new HashMap<>();
		props.put("spring.datasource.url", db.url());
		props.put("spring.datasource.username", db.username());
		props.put("spring.datasource.password", db.password());
		// The plain engines of the other scenarios live in other schemas of the same
		// database: the application's engine must look at its own tables only.
		props.put("camunda.bpm.database.schema-name", "public");
		props.put("camunda.bpm.database.table-prefix", "public.");
		Properties keys = keys(ctx.config().dir().resolve("app-rrn-keys.properties"));
		props.put("bokjiflow.security.rrn-encryption-key", keys.getProperty("enc"));
		props.put("bokjiflow.security.rrn-hash-key", keys.getProperty("hash"));
		props.put("spring.main.banner-mode", "off");
		List<Consumer<Object>> subscribers = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> events = event -> {
			if (event instanceof PayloadApplicationEvent<?> p) {
				for (Consumer<Object> s : subscribers) {
					s.accept(p.getPayload());
				}
			}
		};
		// Further application settings for an experiment, comma-separated, e.g. the job
		// executor's: -Dbench.app.args=camunda.bpm.job-execution.core-pool-size=4,...
		String extra = System.getProperty("bench.app.args", "").strip();
		// As command-line arguments: they take precedence over application.yml.
		String[] args = props.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		if (!extra.isEmpty()) {
			args = java.util.stream.Stream
				.concat(java.util.Arrays.stream(args),
						java.util.Arrays.stream(extra.split(",")).map(String::strip).map(a -> "--" + a))
				.toArray(String[]::new);
			log.info("Application settings added for this run: {}", extra);
		}
		Consumer<Object> toSubscribers = payload -> subscribers.forEach(s -> s.accept(payload));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(BokjiFlowApplication.class)
			.profiles("bench")
			.listeners(events)
			// Picked up by the Camunda starter with the application's own engine plugins.
			.initializers(c -> c.getBeanFactory()
				.registerSingleton("benchTaskCommitPlugin", new TaskCommitPlugin(toSubscribers)))
			.run(args);
		double seconds = (System.nanoTime() - t0) / 1e9;
		log.info("Application context started in {} s", Math.round(seconds));
		return new BenchApplication(context, subscribers, seconds);
	}

	/** How long the context took to start, in seconds. */
	public double startSeconds() {
		return this.startSeconds;
	}

	/**
	 * A bean of the application.
	 * @param type its type
	 * @param <T> its type
	 * @return the bean
	 */
	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/**
	 * Hands every event payload the application publishes to a listener, in the
	 * publishing thread (inside the publisher's transaction, if any).
	 * @param listener the listener
	 * @return a handle that unsubscribes
	 */
	public Runnable subscribe(Consumer<Object> listener) {
		this.subscribers.add(listener);
		return () -> this.subscribers.remove(listener);
	}

	/**
	 * Runs an action once the current transaction has committed, or now when there is
	 * none (for listeners that must only count what is durable).
	 * @param action the action
	 */
	public static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	/**
	 * Signs a demo user in on the current thread, as the UI's login would.
	 * @param identity the identity module
	 * @param username the demo user
	 */
	public static void signIn(Identity identity, String username) {
		var user = identity.user(username).orElseThrow(() -> new IllegalStateException("No demo user " + username));
		var authorities = user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** The RRN keys of the benchmark's application database, generated once. */
	private static Properties keys(Path file) {
		Properties p = new Properties();
		try {
			if (Files.exists(file)) {
				try (Reader r = Files.newBufferedReader(file)) {
					p.load(r);
				}
				return p;
			}
			SecureRandom random = new SecureRandom();
			byte[] enc = new byte[32];
			byte[] hash = new byte[32];
			random.nextBytes(enc);
			random.nextBytes(hash);
			p.setProperty("enc", Base64.getEncoder().encodeToString(enc));
			p.setProperty("hash", Base64.getEncoder().encodeToString(hash));
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (Writer w = Files.newBufferedWriter(file)) {
				p.store(w, "RRN keys of the benchmark's application data (synthetic residents only)");
			}
			return p;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
