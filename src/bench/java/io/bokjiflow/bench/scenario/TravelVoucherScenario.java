package io.bokjiflow.bench.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.bokjiflow.BokjiFlowApplication;
import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.baseline.CamundaShapedInsertBaseline;
import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseDecided;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Scenario 3: the real travel-voucher program end to end on the real application (Spring
 * Boot context with profile {@code bench}): a demo caseworker submits applications
 * through {@link Casework}; the job executor fetches the qualification from the
 * public-data SIMULATOR over HTTP and evaluates the DMN; eligible applications become
 * review tasks, which two reviewer threads claim and approve through {@link CaseTasks};
 * ineligible ones are rejected by rule. Measured: decisions per second and the latency
 * from submission to the recorded decision (committed), plus submission → review task.
 *
 * <p>
 * The applicants are the 2,000 synthetic residents of the bench simulator dataset
 * ({@code src/bench/resources/simulator/qualifications.csv}); an applicant is submitted
 * again only after their previous application was decided (the application refuses a
 * second open application of one person).
 */
public final class TravelVoucherScenario {

	private static final Logger log = LoggerFactory.getLogger(TravelVoucherScenario.class);

	static final String SUBMITTER = "cw.gangnam";

	static final String REVIEWER = "cw.gangnam2";

	/** 역삼1동 (강남구): the submitting caseworker's community centre. */
	static final String ADMIN_DONG = "1168064000";

	/** Applications in flight per submitting thread. */
	static final int IN_FLIGHT_PER_CLIENT = 4;

	static final int REVIEWERS = 2;

	private final BenchContext ctx;

	private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

	private final Map<String, Pending> byNumber = new ConcurrentHashMap<>();

	/** Decisions that arrived before their submission was registered as pending. */
	private final Map<UUID, CaseDecided> early = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<Person> free = new ConcurrentLinkedQueue<>();

	private volatile Semaphore inFlight;

	private volatile Window window = new Window(Long.MAX_VALUE, Long.MAX_VALUE);

	private final List<Long> endToEnd = java.util.Collections.synchronizedList(new ArrayList<>());

	private final List<Long> toTask = java.util.Collections.synchronizedList(new ArrayList<>());

	private final List<Long> submitLatency = java.util.Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong decidedInWindow = new AtomicLong();

	private final AtomicLong approvedInWindow = new AtomicLong();

	private final AtomicLong rejectedInWindow = new AtomicLong();

	private final AtomicLong submitErrors = new AtomicLong();

	private final AtomicLong reviewErrors = new AtomicLong();

	public TravelVoucherScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	/** Starts the application, measures, reports, and closes the application. */
	public void run() {
		long t0 = System.nanoTime();
		ConfigurableApplicationContext app = start();
		double startSeconds = (System.nanoTime() - t0) / 1e9;
		log.info("Application context started in {} s", Math.round(startSeconds));
		try {
			loadPersons();
			Casework casework = app.getBean(Casework.class);
			CaseTasks tasks = app.getBean(CaseTasks.class);
			Identity identity = app.getBean(Identity.class);
			var cfg = this.ctx.config();
			// Warm-up: the same load, not measured.
			drive(casework, tasks, identity, cfg.appWarmup(), false);
			var measured = Interleaved.measure("scenario 3", CamundaShapedInsertBaseline.NAME, "tx/s", cfg.attempts(),
					this.ctx::measureBaselineA, () -> drive(casework, tasks, identity, cfg.appWindow(), true));
			Outcome o = measured.value();
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("applicationStartSeconds", SyncChainScenario.round(startSeconds));
			d.put("submittingClients", cfg.clientThreads());
			d.put("inFlightPerClient", IN_FLIGHT_PER_CLIENT);
			d.put("reviewerThreads", REVIEWERS);
			d.put("decided", o.decided());
			d.put("approvedAfterReview", o.approved());
			d.put("rejectedByRule", o.rejected());
			d.put("endToEndP50Ms", SyncChainScenario.round(o.endToEnd().p50()));
			d.put("endToEndP95Ms", SyncChainScenario.round(o.endToEnd().p95()));
			d.put("endToEndP99Ms", SyncChainScenario.round(o.endToEnd().p99()));
			d.put("submitToReviewTaskP50Ms", SyncChainScenario.round(o.toTask().p50()));
			d.put("submitToReviewTaskP95Ms", SyncChainScenario.round(o.toTask().p95()));
			d.put("submitCallP95Ms", SyncChainScenario.round(o.submit().p95()));
			d.put("submitErrors", o.submitErrors());
			d.put("reviewErrors", o.reviewErrors());
			d.put("undecidedAfterDrain", o.undecided());
			this.ctx.report()
				.add(Result.of("3",
						"Scenario 3: travel voucher via simulator over HTTP, submission → decision (real app, "
								+ cfg.clientThreads() + " submitters, " + REVIEWERS + " reviewers)",
						o.throughput(), "decisions/s", measured.baseline(),
						Stats.ratio(o.throughput(), measured.baseline().value()), "decisions/s / baseline (a)", null,
						d));
			this.ctx.report()
				.add(Result.of("3.latency",
						"Scenario 3: submission → decision latency p95 (p50 " + Math.round(o.endToEnd().p50())
								+ " ms, p99 " + Math.round(o.endToEnd().p99()) + " ms)",
						o.endToEnd().p95(), "ms", measured.baseline(), Double.NaN, null, null, new LinkedHashMap<>()));
		}
		finally {
			app.close();
		}
	}

	private ConfigurableApplicationContext start() {
		var db = this.ctx.db();
		Map<String, Object> props = new HashMap<>();
		props.put("spring.datasource.url", db.url());
		props.put("spring.datasource.username", db.username());
		props.put("spring.datasource.password", db.password());
		// The plain engines of the other scenarios live in other schemas of the same
		// database: the application's engine must look at its own tables only.
		props.put("camunda.bpm.database.schema-name", "public");
		props.put("camunda.bpm.database.table-prefix", "public.");
		Properties keys = keys(this.ctx.config().dir().resolve("app-rrn-keys.properties"));
		props.put("bokjiflow.security.rrn-encryption-key", keys.getProperty("enc"));
		props.put("bokjiflow.security.rrn-hash-key", keys.getProperty("hash"));
		ApplicationListener<ApplicationEvent> decisions = event -> {
			if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof CaseDecided decided) {
				onDecided(decided);
			}
		};
		props.put("spring.main.banner-mode", "off");
		// As command-line arguments: they take precedence over application.yml.
		String[] args = props.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(BokjiFlowApplication.class).profiles("bench")
			.listeners(decisions)
			.run(args);
	}

	/** Records a decision once its transaction has committed. */
	private void onDecided(CaseDecided decided) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					decided(decided, System.nanoTime());
				}
			});
		}
		else {
			decided(decided, System.nanoTime());
		}
	}

	private void decided(CaseDecided decided, long at) {
		Pending p = this.pending.remove(decided.applicationId());
		if (p == null) {
			this.early.put(decided.applicationId(), decided);
			return;
		}
		this.byNumber.remove(p.applicationNo());
		Window w = this.window;
		if (at >= w.from() && at <= w.to()) {
			this.decidedInWindow.incrementAndGet();
			(decided.outcome() == ApplicationStatus.APPROVED ? this.approvedInWindow : this.rejectedInWindow)
				.incrementAndGet();
		}
		if (p.submittedNanos() >= w.from() && p.submittedNanos() <= w.to()) {
			this.endToEnd.add(at - p.submittedNanos());
		}
		this.free.add(p.person());
		Semaphore s = this.inFlight;
		if (s != null) {
			s.release();
		}
	}

	/**
	 * Runs submitters and reviewers for a window; when measuring, waits afterwards until
	 * the applications submitted in the window are decided.
	 */
	private Outcome drive(Casework casework, CaseTasks tasks, Identity identity, Duration length, boolean measure) {
		int clients = this.ctx.config().clientThreads();
		this.endToEnd.clear();
		this.toTask.clear();
		this.submitLatency.clear();
		this.decidedInWindow.set(0);
		this.approvedInWindow.set(0);
		this.rejectedInWindow.set(0);
		this.submitErrors.set(0);
		this.reviewErrors.set(0);
		this.inFlight = new Semaphore(clients * IN_FLIGHT_PER_CLIENT - this.pending.size());
		long from = System.nanoTime();
		long to = from + length.toNanos();
		this.window = measure ? new Window(from, to) : new Window(Long.MAX_VALUE, Long.MAX_VALUE);
		AtomicBoolean submitting = new AtomicBoolean(true);
		AtomicBoolean reviewing = new AtomicBoolean(true);
		List<Thread> submitters = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			submitters.add(thread("s3-submit-" + i, () -> submitLoop(casework, identity, submitting, to)));
		}
		List<Thread> reviewers = new ArrayList<>();
		for (int i = 0; i < REVIEWERS; i++) {
			int index = i;
			reviewers.add(thread("s3-review-" + i, () -> reviewLoop(tasks, identity, reviewing, index)));
		}
		join(submitters);
		submitting.set(false);
		// Let what was submitted in the window be decided (bounded).
		long drainUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!this.pending.isEmpty() && System.nanoTime() < drainUntil) {
			sleep(50);
		}
		reviewing.set(false);
		join(reviewers);
		long undecided = this.pending.size();
		if (undecided > 0) {
			log.warn("{} applications were not decided within 60 s after the window", undecided);
		}
		double seconds = length.toNanos() / 1e9;
		Outcome o = new Outcome(this.decidedInWindow.get() / seconds, this.decidedInWindow.get(),
				this.approvedInWindow.get(), this.rejectedInWindow.get(), Stats.latency(toArray(this.endToEnd)),
				Stats.latency(toArray(this.toTask)), Stats.latency(toArray(this.submitLatency)),
				this.submitErrors.get(), this.reviewErrors.get(), undecided);
		if (measure) {
			log.info("scenario 3: {} decisions/s, submission → decision p50 {} ms, p95 {} ms",
					Math.round(o.throughput()), Math.round(o.endToEnd().p50()), Math.round(o.endToEnd().p95()));
		}
		this.window = new Window(Long.MAX_VALUE, Long.MAX_VALUE);
		return o;
	}

	private void submitLoop(Casework casework, Identity identity, AtomicBoolean submitting, long until) {
		signIn(identity, SUBMITTER);
		while (submitting.get() && System.nanoTime() < until) {
			try {
				if (!this.inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
					continue;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			Person person = this.free.poll();
			if (person == null) {
				this.inFlight.release();
				sleep(10);
				continue;
			}
			long t0 = System.nanoTime();
			Instant wall = Instant.now();
			try {
				ApplicationSummary app = casework.submit(new NewApplication("TRAVEL_VOUCHER", person.rrn(),
						person.name(), "서울 강남구 테헤란로 1", ADMIN_DONG, true, false, UUID.randomUUID().toString()));
				long t1 = System.nanoTime();
				Pending p = new Pending(app.id(), app.applicationNo(), person, t0, wall);
				this.pending.put(app.id(), p);
				this.byNumber.put(app.applicationNo(), p);
				CaseDecided early = this.early.remove(app.id());
				if (early != null) {
					decided(early, System.nanoTime());
				}
				if (t0 >= this.window.from() && t1 <= this.window.to()) {
					this.submitLatency.add(t1 - t0);
				}
			}
			catch (UserFacingException ex) {
				// e.g. an application of an earlier, interrupted run is still open: this
				// person is not used again in this run.
				this.submitErrors.incrementAndGet();
				this.inFlight.release();
			}
			catch (RuntimeException ex) {
				this.submitErrors.incrementAndGet();
				this.free.add(person);
				this.inFlight.release();
				log.warn("submit failed: {}", ex.toString());
			}
		}
	}

	private void reviewLoop(CaseTasks tasks, Identity identity, AtomicBoolean reviewing, int index) {
		signIn(identity, REVIEWER);
		while (reviewing.get()) {
			List<TaskRow> page;
			try {
				page = tasks.tasks(TaskScope.GROUP, 0, 50);
			}
			catch (RuntimeException ex) {
				this.reviewErrors.incrementAndGet();
				sleep(50);
				continue;
			}
			int mine = 0;
			for (TaskRow row : page) {
				if (Math.floorMod(row.taskId().hashCode(), REVIEWERS) != index) {
					continue;
				}
				mine++;
				Pending p = row.applicationNo() == null ? null : this.byNumber.get(row.applicationNo());
				if (p != null && p.submittedNanos() >= this.window.from() && p.submittedNanos() <= this.window.to()) {
					this.toTask.add(Math.max(0, Duration.between(p.submittedAt(), row.createdAt()).toNanos()));
				}
				try {
					tasks.claim(row.taskId());
					tasks.complete(row.taskId(), Map.of("reviewOutcome", "APPROVE", "reviewNote", "bench"));
				}
				catch (RuntimeException ex) {
					this.reviewErrors.incrementAndGet();
				}
			}
			if (mine == 0) {
				sleep(20);
			}
		}
	}

	private static void signIn(Identity identity, String username) {
		var user = identity.user(username).orElseThrow(() -> new IllegalStateException("No demo user " + username));
		var authorities = user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
	}

	private void loadPersons() {
		if (!this.free.isEmpty() || !this.pending.isEmpty()) {
			return;
		}
		try (InputStream in = new ClassPathResource("simulator/qualifications.csv").getInputStream()) {
			String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (String line : csv.split("\n")) {
				String[] f = line.split(",");
				if (f.length >= 6 && f[5].contains("(bench")) {
					this.free.add(new Person(f[0], f[1], !"VETERAN".equals(f[2])));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (this.free.size() < 100) {
			throw new IllegalStateException("The bench simulator dataset is not on the classpath (found "
					+ this.free.size() + " bench residents)");
		}
		log.info("{} synthetic applicants loaded", this.free.size());
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

	private static Thread thread(String name, Runnable r) {
		Thread t = new Thread(r, name);
		t.start();
		return t;
	}

	private static void join(List<Thread> threads) {
		for (Thread t : threads) {
			try {
				t.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long[] toArray(List<Long> list) {
		synchronized (list) {
			return list.stream().mapToLong(Long::longValue).toArray();
		}
	}

	record Person(String rrn, String name, boolean eligible) {
	}

	record Pending(UUID applicationId, String applicationNo, Person person, long submittedNanos, Instant submittedAt) {
	}

	record Window(long from, long to) {
	}

	record Outcome(double throughput, long decided, long approved, long rejected, Stats.Latency endToEnd,
			Stats.Latency toTask, Stats.Latency submit, long submitErrors, long reviewErrors, long undecided) {
	}

}
