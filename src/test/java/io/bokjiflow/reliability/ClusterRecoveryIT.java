package io.bokjiflow.reliability;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bokjiflow.testing.cluster.ExternalPostgres;
import io.bokjiflow.testing.cluster.Node;
import io.bokjiflow.testing.cluster.RrnKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults of the whole application, not of a part: BokjiFlow in child JVMs on one
 * PostgreSQL 15 cluster of the machine (never the shared Spring context), killed with
 * SIGKILL, run as two nodes of Camunda's homogeneous cluster, backed up with
 * {@code docs/scripts/backup.sh} and restored with {@code docs/scripts/restore.sh}; every
 * outcome read from the database. The steps run in order on one database and reuse the
 * running node of the step before (each JVM start costs 30–60 s on the CI machine); a
 * step whose node is gone starts one. Logs: {@code target/cluster-logs/}. Alone:
 * {@code ./mvnw verify -Dit.test=ClusterRecoveryIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterRecoveryIT {

	private static final Logger LOG = LoggerFactory.getLogger(ClusterRecoveryIT.class);

	private static final String DATABASE = "bokjiflow";

	private static final String RESTORED = "bokjiflow_restored";

	private static final Duration START = Duration.ofMinutes(4);

	private static final Pattern APPLICATION_NO = Pattern.compile("\"applicationNo\":\"([^\"]+)\"");

	private static final Pattern PERSON_ID = Pattern.compile("\"personId\":\"([^\"]+)\"");

	/** 강남구 역삼1동: new applicants are registered there, for cw.gangnam's district. */
	private static final String GANGNAM_DONG = "1168064000";

	private final RrnKeys keys = RrnKeys.generate();

	private final List<Node> nodes = new ArrayList<>();

	private ExternalPostgres postgres;

	/** The node that runs at the end of a step, for the next one. */
	private Node current;

	/** Applications waiting in review (new applicants of 강남구): number → RRN. */
	private final Map<String, String> waitingInGangnam = new LinkedHashMap<>();

	@BeforeAll
	void startPostgres() throws Exception {
		Assumptions.assumeTrue(ExternalPostgres.available(), "PostgreSQL binaries (pg_ctl, pg_dump) not found in "
				+ ExternalPostgres.binaries() + "; .ci/run installs postgresql-15");
		this.postgres = ExternalPostgres.start(Path.of(System.getProperty("java.io.tmpdir")));
		this.postgres.createDatabase(DATABASE);
	}

	@AfterAll
	void stopEverything() {
		for (Node node : this.nodes) {
			try {
				node.kill();
			}
			catch (InterruptedException | RuntimeException ex) {
				LOG.warn("Could not kill {}", node, ex);
			}
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	// ---- 1. two nodes, one database

	@Test
	@Order(1)
	void twoNodesShareTheJobsAndTheSurvivorFinishesTheWorkOfAKilledOne() throws Exception {
		Node a = node("node-a", DATABASE);
		LOG.info("node-a ready in {}", a.awaitReady(START));
		// Rolling start: the second node starts on the schema, deployment and demo data
		// the
		// first one made (see docs/reliability.md, "Two nodes").
		Node b = node("node-b", DATABASE);
		LOG.info("node-b ready in {}", b.awaitReady(START));

		List<String> numbers = newApplicantNumbers("920301", 80);
		Map<String, String> byKey = new LinkedHashMap<>();
		for (int i = 0; i < numbers.size(); i++) {
			byKey.put("two-nodes-" + i, numbers.get(i));
		}
		Map<String, String> applications = new ConcurrentHashMap<>();
		AtomicInteger failedOver = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(4);
		AtomicInteger next = new AtomicInteger();
		List<String> keysInOrder = List.copyOf(byKey.keySet());
		List<Future<Object>> sending = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			sending.add(clients.submit(() -> {
				for (int i = next.getAndIncrement(); i < keysInOrder.size(); i = next.getAndIncrement()) {
					String key = keysInOrder.get(i);
					// Round robin, as a load balancer does for the stateless API; a call
					// the
					// dead node does not answer is sent again, with its key, to the other
					// one.
					HttpResponse<String> response;
					try {
						response = submit(i % 2 == 0 ? a : b, key, byKey.get(key), GANGNAM_DONG);
					}
					catch (IOException ex) {
						failedOver.incrementAndGet();
						response = submit(i % 2 == 0 ? b : a, key, byKey.get(key), GANGNAM_DONG);
					}
					assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
					applications.put(key, group(APPLICATION_NO, response.body()));
				}
				return null;
			}));
		}
		clients.shutdown();

		// Both nodes take jobs, then node A dies in the middle of the work, while
		// applications still arrive.
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> successfulJobsOn("node-a") >= 3 && successfulJobsOn("node-b") >= 3);
		a.kill();
		Map<String, java.sql.Timestamp> lockedAtKill = lockedJobs();
		long pendingAtKill = queryLong("select count(*) from act_ru_job where type_ = 'message'");
		long doneByA = successfulJobsOn("node-a");
		LOG.info("node-a killed with {} applications answered, {} investigation jobs left ({} locked), after {} jobs",
				applications.size(), pendingAtKill, lockedAtKill.size(), doneByA);
		assertThat(pendingAtKill).as("the kill must hit work in progress").isPositive();
		for (Future<Object> f : sending) {
			f.get(3, TimeUnit.MINUTES);
		}
		LOG.info("{} calls failed over to node-b", failedOver.get());
		assertThat(applications).hasSize(80);
		List<String> numbersOfApps = List.copyOf(applications.values());
		assertThat(queryLong(
				"select count(*) from cw_application where idempotency_key like 'two-nodes-%' and process_instance_id is not null"))
			.as("one application per key, none lost with the node")
			.isEqualTo(80);

		// B alone finishes everything, including the jobs A had locked (after their lock
		// time).
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> countIn(
					"select count(*) from cw_application where status = 'IN_REVIEW' and application_no = any(?)",
					numbersOfApps) == 80);
		assertThat(queryLong("select count(*) from act_ru_incident")).isZero();
		assertThat(pendingInvestigationJobs(numbersOfApps)).isZero();
		assertThat(successfulJobsOn("node-a")).isEqualTo(doneByA).isPositive();
		assertThat(successfulJobsOn("node-b")).isPositive();
		try (Connection c = this.postgres.connect(DATABASE)) {
			// every investigation job created was executed successfully exactly once
			Map<String, Long> byState = countsByState(c, numbersOfApps);
			assertThat(byState.get("created")).isEqualTo(80);
			assertThat(byState.get("successful")).isEqualTo(80);
			assertThat(byState.get("successfulLogs")).as("no job ran twice").isEqualTo(80);
			// The jobs locked when A died ran once each; those B ran only after their
			// lock
			// expired were A's: B took them over.
			long takenOver = 0;
			for (Map.Entry<String, java.sql.Timestamp> locked : lockedAtKill.entrySet()) {
				assertThat(queryLong(c, "select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2",
						locked.getKey()))
					.isOne();
				takenOver += queryLong(c, """
						select count(*) from act_hi_job_log where job_id_ = ? and job_state_ = 2
						  and hostname_ = 'node-b' and timestamp_ >= ?""", locked.getKey(), locked.getValue());
			}
			LOG.info("{} jobs locked by node-a taken over by node-b after their lock expired", takenOver);
			assertThat(takenOver).as("jobs node-a had locked, run by node-b").isPositive();
		}
		assertOneOfEachPerApplication(numbersOfApps);
		assertThat(countIn("""
				select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
				where t.task_def_key_ = 'user_review_application' and e.business_key_ = any(?)""", numbersOfApps))
			.as("one review task per application")
			.isEqualTo(80);
		keysInOrder.stream().limit(10).forEach(key -> this.waitingInGangnam.put(applications.get(key), byKey.get(key)));
		this.current = b;
	}

	// ---- 2. crash and restart of a single node

	@Test
	@Order(2)
	void aKilledNodeLosesNoApplicationAndPaysNothingTwiceAfterTheRestart() throws Exception {
		Node node = runningNode("node-b");
		List<Candidate> qualified = qualifiedPersons(40);
		assertThat(qualified).as("generated persons with a basic-livelihood or near-poor qualification").hasSize(40);
		List<String> fresh = newApplicantNumbers("920302", 20);
		Map<String, Candidate> byKey = new LinkedHashMap<>();
		int q = 0;
		int f = 0;
		for (int i = 0; i < 60; i++) {
			// two qualified persons, then a new applicant, and so on
			byKey.put("crash-" + i,
					i % 3 == 2 ? new Candidate(fresh.get(f++), GANGNAM_DONG, false) : qualified.get(q++));
		}
		assertThat(byKey.values().stream().filter(Candidate::qualified).distinct().count()).isEqualTo(40);

		Map<String, String> answered = new ConcurrentHashMap<>();
		List<String> keysInOrder = List.copyOf(byKey.keySet());
		AtomicInteger next = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(3);
		for (int t = 0; t < 3; t++) {
			clients.submit(() -> {
				for (int i = next.getAndIncrement(); i < keysInOrder.size(); i = next.getAndIncrement()) {
					String key = keysInOrder.get(i);
					Candidate candidate = byKey.get(key);
					try {
						HttpResponse<String> response = submit(node, key, candidate.rrn(), candidate.adminDongCode());
						if (response.statusCode() == 201) {
							answered.put(key, group(APPLICATION_NO, response.body()));
						}
					}
					catch (IOException ex) {
						// no answer: the client retries this key after the restart
					}
				}
				return null;
			});
		}
		// SIGKILL while applications still arrive and the job executor investigates,
		// decides and orders payments.
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> answered.size() >= 25 && queryLong("select count(*) from pay_order") >= 1);
		node.kill();
		clients.shutdown();
		assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		long ordersAtKill = queryLong("select count(*) from pay_order");
		long pendingAtKill = queryLong("select count(*) from act_ru_job where type_ = 'message'");
		long lockedAtKill = queryLong(
				"select count(*) from act_ru_job where type_ = 'message' and lock_owner_ is not null");
		LOG.info("killed after {} answers, {} payment orders; {} jobs left, {} of them locked", answered.size(),
				ordersAtKill, pendingAtKill, lockedAtKill);
		assertThat(answered.size()).as("the kill must hit the mass start").isLessThan(60);
		assertThat(pendingAtKill).as("the kill must hit the job executor's work").isPositive();

		Node restarted = node("node-b", DATABASE);
		LOG.info("node-b restarted in {}", restarted.awaitReady(START));
		Map<String, String> all = new LinkedHashMap<>();
		for (String key : keysInOrder) {
			Candidate candidate = byKey.get(key);
			if (answered.containsKey(key)) {
				all.put(key, answered.get(key));
				continue;
			}
			HttpResponse<String> retry = submit(restarted, key, candidate.rrn(), candidate.adminDongCode());
			assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
			all.put(key, group(APPLICATION_NO, retry.body()));
		}
		// A retry of a key that was answered gives the same application.
		for (String key : answered.keySet().stream().limit(3).toList()) {
			Candidate candidate = byKey.get(key);
			assertThat(group(APPLICATION_NO, submit(restarted, key, candidate.rrn(), candidate.adminDongCode()).body()))
				.isEqualTo(answered.get(key));
		}

		List<String> approvedExpected = new ArrayList<>();
		List<String> reviewExpected = new ArrayList<>();
		all.forEach((key, no) -> (byKey.get(key).qualified() ? approvedExpected : reviewExpected).add(no));
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> countIn(
					"select count(*) from cw_application where status = 'APPROVED' and application_no = any(?)",
					approvedExpected) == 40
					&& countIn(
							"select count(*) from cw_application where status = 'IN_REVIEW' and application_no = any(?)",
							reviewExpected) == 20);

		try (Connection c = this.postgres.connect(DATABASE)) {
			for (String key : keysInOrder) {
				assertThat(queryLong(c, "select count(*) from cw_application where idempotency_key = ?", key))
					.as("one application for key %s", key)
					.isOne();
			}
			assertThat(queryLong(c, "select count(*) from cw_application where idempotency_key like 'crash-%'"))
				.isEqualTo(60);
			// Exactly one payment order per approved case (its idempotency key), each
			// with
			// one payment process waiting for the bank; none for a case in review.
			assertThat(queryLong(c, "select count(*) from pay_order where idempotency_key = any(?)",
					approvedExpected.stream().map(no -> "application:" + no).toList()))
				.isEqualTo(40);
			assertThat(queryLong(c, "select count(*) from pay_order where reference = any(?)", approvedExpected))
				.isEqualTo(40);
			assertThat(queryLong(c, "select count(*) from pay_order where reference = any(?)", reviewExpected))
				.isZero();
			assertThat(queryLong(c, """
					select count(*) from pay_order o
					where o.reference = any(?)
					  and (select count(*) from act_hi_procinst p
					       where p.business_key_ = o.order_no and p.proc_def_key_ = 'payment-order') = 1
					  and exists (select 1 from act_ru_execution e join act_ru_execution r on r.id_ = e.proc_inst_id_
					              where r.business_key_ = o.order_no and e.act_id_ = 'receive_payment_result')""",
					approvedExpected))
				.isEqualTo(40);
			assertThat(queryLong(c, "select count(*) from act_ru_incident")).isZero();
		}
		assertThat(ordersAtKill).as("some payments were ordered by the restarted node").isLessThan(40);
		assertOneOfEachPerApplication(List.copyOf(all.values()));
		this.current = restarted;
	}

	// ---- 3. backup and restore

	@Test
	@Order(3)
	void aRestoredBackupResumesItsProcessesWithTheSameKeys() throws Exception {
		Node source = runningNode("node-b");
		List<String> waiting = List.copyOf(this.waitingInGangnam.keySet());
		Assumptions.assumeTrue(waiting.size() >= 2, "step 1 left applications waiting in review");
		String resumed = waiting.get(0);
		String timed = waiting.get(1);
		Map<String, String> before = fingerprints(DATABASE);
		assertThat(queryLong("select count(*) from act_ru_job where type_ = 'timer'")).as("waiting deadline timers")
			.isPositive();

		Path backups = Files.createTempDirectory(Path.of("target"), "backups-");
		Map<String, String> env = new HashMap<>(this.postgres.libpqEnvironment(DATABASE));
		env.putAll(this.keys.environment());
		Script backup = script("docs/scripts/backup.sh", env, backups.toAbsolutePath().toString());
		assertThat(backup.exit()).as(backup.output()).isZero();
		Path dump = Path.of(backup.output().strip().lines().reduce((x, y) -> y).orElseThrow());
		assertThat(dump).exists();
		assertThat(Files.readString(Path.of(dump + ".manifest"))).contains("rrn_key_sha256=", "camunda_schema=7.24")
			.doesNotContain(this.keys.encryptionKey(), this.keys.hashKey());

		// Wrong key: refused before anything is written.
		Map<String, String> wrongKey = new HashMap<>(this.postgres.libpqEnvironment("bokjiflow_wrong"));
		wrongKey.putAll(RrnKeys.generate().environment());
		Script refused = script("docs/scripts/restore.sh", wrongKey, dump.toString());
		assertThat(refused.exit()).isNotZero();
		assertThat(refused.output()).contains("BOKJIFLOW_RRN_KEY is not the key");
		assertThat(queryLong("select count(*) from pg_database where datname = 'bokjiflow_wrong'")).isZero();
		// Into a database that has tables: refused.
		Map<String, String> notEmpty = new HashMap<>(this.postgres.libpqEnvironment(DATABASE));
		notEmpty.putAll(this.keys.environment());
		assertThat(script("docs/scripts/restore.sh", notEmpty, dump.toString()).exit()).isNotZero();

		Map<String, String> target = new HashMap<>(this.postgres.libpqEnvironment(RESTORED));
		target.putAll(this.keys.environment());
		Script restore = script("docs/scripts/restore.sh", target, dump.toString());
		assertThat(restore.exit()).as(restore.output()).isZero();
		assertThat(fingerprints(RESTORED)).as("every table's rows as they were").isEqualTo(before);

		// The old installation is gone; a node on the restored database with the same
		// keys.
		source.close();
		Node restored = node("node-c", RESTORED);
		LOG.info("node-c ready on the restored database in {}", restored.awaitReady(START));

		// A waiting task completes and its process moves on: approval, payment order.
		String taskId = group(Pattern.compile("\"id\":\"([^\"]+)\""),
				restored.get("/engine-rest/task?processInstanceBusinessKey=" + resumed, "cw.gangnam").body());
		assertThat(restored
			.post("/engine-rest/task/" + taskId + "/claim", "cw.gangnam", "{\"userId\":\"cw.gangnam\"}", Map.of())
			.statusCode()).isEqualTo(204);
		// The variables BokjiFlow's task list sets on completion, reviewedBy included
		// (the
		// engine's REST API does not set it; see docs/reliability.md).
		HttpResponse<String> completed = restored.post("/engine-rest/task/" + taskId + "/complete", "cw.gangnam", """
				{"variables":{"reviewOutcome":{"value":"APPROVE"},"evidenceChecked":{"value":true},
				 "reviewedBy":{"value":"cw.gangnam"}}}""", Map.of());
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
		try (Connection c = this.postgres.connect(RESTORED)) {
			assertThat(queryLong(c,
					"select count(*) from cw_application where application_no = ? and status = 'APPROVED'", resumed))
				.isOne();
			assertThat(
					queryLong(c, "select count(*) from pay_order where idempotency_key = ?", "application:" + resumed))
				.isOne();
		}

		// A waiting timer fires on the restored node: the deadline escalation of another
		// case, made due now.
		String jobId = group(Pattern.compile("\"id\":\"([^\"]+)\""),
				restored.get("/engine-rest/job?timers=true&processInstanceId=" + processInstanceOf(timed), "admin")
					.body());
		assertThat(restored
			.put("/engine-rest/job/" + jobId + "/duedate", "admin",
					"{\"duedate\":\""
							+ java.time.OffsetDateTime.now()
								.minusMinutes(1)
								.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
							+ "\"}")
			.statusCode()).isEqualTo(204);
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> queryLong(RESTORED, """
				select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
				where t.task_def_key_ = 'user_handle_deadline' and e.business_key_ = ?""", timed) == 1);

		// The numbers are still readable and findable with the same keys.
		String rrn = this.waitingInGangnam.get(resumed);
		String personId;
		try (Connection c = this.postgres.connect(RESTORED)) {
			personId = queryString(c, "select person_id::text from cw_application where application_no = ?", resumed);
		}
		HttpResponse<String> summary = restored.get("/api/persons/" + personId + "/summary", "cw.gangnam");
		assertThat(summary.statusCode()).isEqualTo(200);
		assertThat(summary.body()).contains("\"maskedRrn\":\"" + rrn.substring(0, 8) + "******\"");
		long persons = queryLong(RESTORED, "select count(*) from reg_person");
		HttpResponse<String> again = submit(restored, "after-restore", rrn, GANGNAM_DONG);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
		assertThat(group(PERSON_ID, again.body())).as("found by number: the same person").isEqualTo(personId);
		assertThat(queryLong(RESTORED, "select count(*) from reg_person")).isEqualTo(persons);
		this.current = restored;
	}

	// ---- helpers

	/** A generated person of the population (known to the registry and the simulator). */
	private record Candidate(String rrn, String adminDongCode, boolean qualified) {
	}

	private record Script(int exit, String output) {
	}

	private Node node(String name, String database) {
		Map<String, String> env = new HashMap<>(this.keys.environment());
		env.put("BOKJIFLOW_DEMO_ENABLED", "true");
		env.put("BOKJIFLOW_SIMULATOR_ENABLED", "true");
		env.put("BOKJIFLOW_POPULATION_SIZE", "2000");
		Map<String, String> properties = new LinkedHashMap<>();
		// Locks of a killed node expire after 20 s (Camunda's default: 5 minutes).
		properties.put("camunda.bpm.job-execution.lock-time-in-millis", "20000");
		// Every public-data answer takes a second, so the kills find work in progress.
		properties.put("bokjiflow.simulator.sources.QUALIFICATION.latency", "1s");
		Node node = Node.start(name, this.postgres.jdbcUrl(database), env, properties);
		this.nodes.add(node);
		return node;
	}

	private Node runningNode(String name) throws InterruptedException {
		if (this.current != null && this.current.alive()) {
			return this.current;
		}
		Node node = node(name, DATABASE);
		node.awaitReady(START);
		this.current = node;
		return node;
	}

	private static HttpResponse<String> submit(Node node, String key, String rrn, String adminDongCode)
			throws IOException, InterruptedException {
		String body = """
				{"programCode":"TRAVEL_VOUCHER","rrn":"%s","name":"시험","address":"서울","adminDongCode":"%s",
				 "consent":true,"financialConsent":false}""".formatted(rrn, adminDongCode);
		return node.post("/api/applications", "cw.gangnam", body, Map.of("Idempotency-Key", key));
	}

	private static String group(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
		return m.group(1);
	}

	/** Numbers of persons nobody registered (checked against the registry's hashes). */
	private List<String> newApplicantNumbers(String birth, int count) throws SQLException {
		List<String> numbers = new ArrayList<>();
		try (Connection c = this.postgres.connect(DATABASE);
				PreparedStatement ps = c.prepareStatement("select count(*) from reg_person where rrn_hash = ?")) {
			for (int serial = 1; numbers.size() < count; serial++) {
				String rrn = RrnKeys.number(birth, serial);
				ps.setBytes(1, this.keys.hash(rrn));
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					if (rs.getLong(1) == 0) {
						numbers.add(rrn);
					}
				}
			}
		}
		return numbers;
	}

	/**
	 * Generated adults with a basic-livelihood or near-poor qualification, no application
	 * and no culture voucher (duplicate-benefit rule 31 would send them to review): the
	 * travel voucher approves them by rule inside the investigation's last job and orders
	 * the payment there.
	 */
	private List<Candidate> qualifiedPersons(int count) throws SQLException {
		List<Candidate> candidates = new ArrayList<>();
		try (Connection c = this.postgres.connect(DATABASE); PreparedStatement ps = c.prepareStatement("""
				select p.rrn_cipher, p.admin_dong_code from reg_person p
				where p.status = 'ALIVE' and p.birth_date < date '2000-01-01'
				  and exists (select 1 from reg_qualification q where q.person_id = p.id
				              and q.kind in ('BASIC_LIVELIHOOD', 'NEAR_POOR') and q.valid_from <= current_date
				              and (q.valid_to is null or q.valid_to >= current_date))
				  and not exists (select 1 from cw_application a where a.person_id = p.id)
				  and not exists (select 1 from reg_benefit_record b where b.person_id = p.id
				                  and b.program_code = 'CULTURE_VOUCHER')
				order by p.id limit ?""")) {
			ps.setInt(1, count);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					candidates.add(new Candidate(this.keys.decrypt(rs.getBytes(1)), rs.getString(2), true));
				}
			}
		}
		return candidates;
	}

	/** Investigation jobs a node ran (step 1's database has no other async jobs). */
	private long successfulJobsOn(String hostname) throws SQLException {
		return queryLong(DATABASE, """
				select count(*) from act_hi_job_log
				where job_state_ = 2 and job_def_type_ = 'async-continuation' and hostname_ = ?""", hostname);
	}

	/** The locked investigation jobs: id → when the lock expires. */
	private Map<String, java.sql.Timestamp> lockedJobs() throws SQLException {
		Map<String, java.sql.Timestamp> locked = new HashMap<>();
		try (Connection c = this.postgres.connect(DATABASE);
				PreparedStatement ps = c.prepareStatement(
						"select id_, lock_exp_time_ from act_ru_job where type_ = 'message' and lock_owner_ is not null");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				locked.put(rs.getString(1), rs.getTimestamp(2));
			}
		}
		return locked;
	}

	private long pendingInvestigationJobs(List<String> applicationNos) throws SQLException {
		return countIn("""
				select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
				where j.type_ = 'message' and e.business_key_ = any(?)""", applicationNos);
	}

	private Map<String, Long> countsByState(Connection c, List<String> applicationNos) throws SQLException {
		Map<String, Long> counts = new HashMap<>();
		String base = """
				select count(distinct l.job_id_) from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_
				where l.job_def_type_ = 'async-continuation' and p.business_key_ = any(?) and l.job_state_ = """;
		counts.put("created", queryLong(c, base + "0", applicationNos));
		counts.put("successful", queryLong(c, base + "2", applicationNos));
		counts.put("successfulLogs",
				queryLong(c, base.replace("count(distinct l.job_id_)", "count(*)") + "2", applicationNos));
		return counts;
	}

	/**
	 * Each application: one travel-voucher process (started once), one answer per dataset
	 * (no evidence twice), its process instance recorded.
	 */
	private void assertOneOfEachPerApplication(List<String> applicationNos) throws SQLException {
		try (Connection c = this.postgres.connect(DATABASE)) {
			assertThat(queryLong(c, """
					select count(*) from cw_application a
					where a.application_no = any(?) and a.process_instance_id is not null
					  and (select count(*) from act_hi_procinst p
					       where p.business_key_ = a.application_no and p.proc_def_key_ = 'travel-voucher') = 1
					  and (select count(*) from cw_evidence e where e.application_id = a.id) = 1""", applicationNos))
				.isEqualTo(applicationNos.size());
			assertThat(queryLong(c,
					"select count(distinct application_no) from cw_application where application_no = any(?)",
					applicationNos))
				.isEqualTo(applicationNos.size());
		}
	}

	private String processInstanceOf(String applicationNo) throws SQLException {
		try (Connection c = this.postgres.connect(RESTORED)) {
			return queryString(c, "select process_instance_id from cw_application where application_no = ?",
					applicationNo);
		}
	}

	/**
	 * An md5 of every row of the tables that matter for resuming: ours and Camunda's
	 * runtime (job locks left out: restore releases them).
	 */
	private Map<String, String> fingerprints(String database) throws SQLException {
		Map<String, String> sums = new LinkedHashMap<>();
		try (Connection c = this.postgres.connect(database)) {
			for (String table : List.of("reg_person", "reg_qualification", "cw_application", "cw_evidence",
					"cw_decision", "pay_order", "idn_user", "act_ru_execution", "act_ru_task", "act_ru_variable",
					"act_ru_event_subscr", "act_re_procdef", "act_hi_procinst", "bokjiflow_schema_history")) {
				sums.put(table,
						queryString(c,
								"select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '')"
										+ " from " + table + " t"));
			}
			sums.put("act_ru_job", queryString(c, "select count(*) || ':' || coalesce(md5(string_agg(id_ || type_ ||"
					+ " coalesce(duedate_::text, '') || coalesce(handler_cfg_, ''), ',' order by id_)), '') from act_ru_job"));
		}
		return sums;
	}

	private Script script(String path, Map<String, String> environment, String argument)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", path, argument).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		LOG.info("{} {} → {}\n{}", path, argument, process.exitValue(), output);
		return new Script(process.exitValue(), output);
	}

	private long countIn(String sql, List<String> values) throws SQLException {
		try (Connection c = this.postgres.connect(DATABASE)) {
			return queryLong(c, sql, values);
		}
	}

	private long queryLong(String sql) throws SQLException {
		return queryLong(DATABASE, sql);
	}

	private long queryLong(String database, String sql, Object... args) throws SQLException {
		try (Connection c = this.postgres.connect(database)) {
			return queryLong(c, sql, args);
		}
	}

	private static long queryLong(Connection c, String sql, Object... args) throws SQLException {
		return Long.parseLong(queryString(c, sql, args));
	}

	private static String queryString(Connection c, String sql, Object... args) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof List<?> list) {
					ps.setArray(i + 1, c.createArrayOf("text", list.toArray()));
				}
				else {
					ps.setObject(i + 1, args[i]);
				}
			}
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

}
