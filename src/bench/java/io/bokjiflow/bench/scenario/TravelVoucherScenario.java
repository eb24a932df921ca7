package io.bokjiflow.bench.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Load;
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
import io.bokjiflow.registry.PersonRegistration;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;

/**
 * Scenario 3: the real travel-voucher program end to end on the real application (Spring
 * Boot context with profile {@code bench}): a demo caseworker submits applications
 * through {@link Casework}; the program's process (processes/support/travel-voucher.bpmn,
 * built from the call activities of processes/common) checks the application, the job
 * executor fetches the qualification from the public-data SIMULATOR over HTTP, the case
 * facts and the DMN follow, and the decision is taken by rule — approved (with the
 * payment hand-off) or rejected — and the notice recorded. Measured: decisions per second
 * and the latency from submission to the recorded decision (committed).
 *
 * <p>
 * The applicants are the 2,000 synthetic residents of the bench simulator dataset
 * ({@code src/bench/resources/simulator/qualifications.csv}: 75% eligible, 25% not),
 * registered in the integrated DB before anything is measured, so that none is a new
 * applicant (whose case would go to a caseworker — that path is scenario 10). Two
 * reviewer threads still work the 강남구 task list and approve what turns up there (none is
 * expected). An applicant is submitted again only after their previous application was
 * decided (the application refuses a second open application of one person).
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

	/** The registered address of the bench residents (as the simulator has them). */
	static final String RESIDENT_ADDRESS = "서울특별시 강남구 역삼1동 (bench resident)";

	/** What a reviewer enters in the review form (forms/case-review.form). */
	static final Map<String, Object> REVIEW = Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE",
			"reviewReason", "benchmark: identity and evidence checked");

	private final BenchContext ctx;

	private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

	/** Decisions that arrived before their submission was registered as pending. */
	private final Map<UUID, CaseDecided> early = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<Person> free = new ConcurrentLinkedQueue<>();

	private volatile Semaphore inFlight;

	private volatile Window window = new Window(Long.MAX_VALUE, Long.MAX_VALUE);

	private final List<Long> endToEnd = java.util.Collections.synchronizedList(new ArrayList<>());

	private final List<Long> submitLatency = java.util.Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong decidedInWindow = new AtomicLong();

	private final AtomicLong approvedInWindow = new AtomicLong();

	private final AtomicLong rejectedInWindow = new AtomicLong();

	private final AtomicLong submitErrors = new AtomicLong();

	private final AtomicLong reviewErrors = new AtomicLong();

	private final AtomicLong reviewedInWindow = new AtomicLong();

	public TravelVoucherScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	/**
	 * Measures on the running application and reports.
	 * @param app the application (shared with scenario 10)
	 */
	public void run(BenchApplication app) {
		Runnable unsubscribe = app.subscribe(event -> {
			if (event instanceof CaseDecided decided) {
				onDecided(decided);
			}
		});
		try {
			loadPersons();
			Casework casework = app.bean(Casework.class);
			CaseTasks tasks = app.bean(CaseTasks.class);
			Identity identity = app.bean(Identity.class);
			registerApplicants(app.bean(Registry.class));
			var cfg = this.ctx.config();
			// Warm-up: the same load, not measured.
			drive(casework, tasks, identity, cfg.appWarmup(), false);
			var measured = Interleaved.measure("scenario 3", CamundaShapedInsertBaseline.NAME, "tx/s", cfg.attempts(),
					this.ctx::measureBaselineA, () -> drive(casework, tasks, identity, cfg.appWindow(), true));
			Outcome o = measured.value();
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("applicationStartSeconds", SyncChainScenario.round(app.startSeconds()));
			d.put("submittingClients", cfg.clientThreads());
			d.put("inFlightPerClient", IN_FLIGHT_PER_CLIENT);
			d.put("reviewerThreads", REVIEWERS);
			d.put("decided", o.decided());
			d.put("approved", o.approved());
			d.put("rejected", o.rejected());
			d.put("reviewed", o.reviewed());
			d.put("endToEndP50Ms", SyncChainScenario.round(o.endToEnd().p50()));
			d.put("endToEndP95Ms", SyncChainScenario.round(o.endToEnd().p95()));
			d.put("endToEndP99Ms", SyncChainScenario.round(o.endToEnd().p99()));
			d.put("submitCallP95Ms", SyncChainScenario.round(o.submit().p95()));
			d.put("submitErrors", o.submitErrors());
			d.put("reviewErrors", o.reviewErrors());
			d.put("undecidedAfterDrain", o.undecided());
			this.ctx.report()
				.add(Result.of("3",
						"Scenario 3: travel voucher via simulator over HTTP, known residents, submission → decision"
								+ " by rule (real app, " + cfg.clientThreads() + " submitters)",
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
			unsubscribe.run();
		}
	}

	/**
	 * Makes every bench resident known to the integrated DB before anything is measured
	 * (once per database; a known number is only looked up). Since issue 4 an applicant
	 * whom the application itself registers is flagged {@code NEW_APPLICANT} and goes to
	 * a caseworker, while known residents are decided by the travel voucher's table —
	 * approved (then the payment hand-off) or rejected by rule — and that is what this
	 * scenario measures, the same way in every run. New applicants and their review task
	 * are scenario 10.
	 */
	private void registerApplicants(Registry registry) {
		long t0 = System.nanoTime();
		int registered = 0;
		for (Person p : this.free) {
			Rrn rrn = Rrn.parse(p.rrn());
			if (registry.find(rrn).isEmpty()) {
				registry.findOrRegister(new PersonRegistration(rrn, p.name(), RESIDENT_ADDRESS, ADMIN_DONG));
				registered++;
			}
		}
		log.info("{} bench residents registered in the integrated DB in {} s ({} were known)", registered,
				Math.round((System.nanoTime() - t0) / 1e9), this.free.size() - registered);
	}

	/** Records a decision once its transaction has committed. */
	private void onDecided(CaseDecided decided) {
		BenchApplication.afterCommit(() -> decided(decided, System.nanoTime()));
	}

	private void decided(CaseDecided decided, long at) {
		Pending p = this.pending.remove(decided.applicationId());
		if (p == null) {
			this.early.put(decided.applicationId(), decided);
			return;
		}
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
		this.submitLatency.clear();
		this.decidedInWindow.set(0);
		this.approvedInWindow.set(0);
		this.rejectedInWindow.set(0);
		this.submitErrors.set(0);
		this.reviewErrors.set(0);
		this.reviewedInWindow.set(0);
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
		Load.joinAll(submitters);
		submitting.set(false);
		// Let what was submitted in the window be decided (bounded).
		long drainUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!this.pending.isEmpty() && System.nanoTime() < drainUntil) {
			sleep(50);
		}
		reviewing.set(false);
		Load.joinAll(reviewers);
		long undecided = this.pending.size();
		if (undecided > 0) {
			log.warn("{} applications were not decided within 60 s after the window", undecided);
		}
		double seconds = length.toNanos() / 1e9;
		Outcome o = new Outcome(this.decidedInWindow.get() / seconds, this.decidedInWindow.get(),
				this.approvedInWindow.get(), this.rejectedInWindow.get(), Stats.latency(toArray(this.endToEnd)),
				Stats.latency(toArray(this.submitLatency)), this.submitErrors.get(), this.reviewErrors.get(),
				this.reviewedInWindow.get(), undecided);
		if (measure) {
			log.info("scenario 3: {} decisions/s, submission → decision p50 {} ms, p95 {} ms",
					Math.round(o.throughput()), Math.round(o.endToEnd().p50()), Math.round(o.endToEnd().p95()));
		}
		this.window = new Window(Long.MAX_VALUE, Long.MAX_VALUE);
		return o;
	}

	private void submitLoop(Casework casework, Identity identity, AtomicBoolean submitting, long until) {
		BenchApplication.signIn(identity, SUBMITTER);
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
			try {
				ApplicationSummary app = casework.submit(new NewApplication("TRAVEL_VOUCHER", person.rrn(),
						person.name(), "서울 강남구 테헤란로 1", ADMIN_DONG, true, false, UUID.randomUUID().toString()));
				long t1 = System.nanoTime();
				Pending p = new Pending(app.id(), app.applicationNo(), person, t0);
				this.pending.put(app.id(), p);
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
		BenchApplication.signIn(identity, REVIEWER);
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
				try {
					tasks.claim(row.taskId());
					tasks.complete(row.taskId(), REVIEW);
					this.reviewedInWindow.incrementAndGet();
				}
				catch (RuntimeException ex) {
					this.reviewErrors.incrementAndGet();
				}
			}
			if (mine == 0) {
				// Known residents are decided by rule: a task is rare here.
				sleep(page.isEmpty() ? 200 : 20);
			}
		}
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

	private static Thread thread(String name, Runnable r) {
		Thread t = new Thread(r, name);
		t.start();
		return t;
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

	record Pending(UUID applicationId, String applicationNo, Person person, long submittedNanos) {
	}

	record Window(long from, long to) {
	}

	record Outcome(double throughput, long decided, long approved, long rejected, Stats.Latency endToEnd,
			Stats.Latency submit, long submitErrors, long reviewErrors, long reviewed, long undecided) {
	}

}
