package io.bokjiflow.bench.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.bokjiflow.BokjiFlowApplication;
import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.Target;
import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.integrity.DuplicateBenefitSweep;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 7d (issue 9's scenario 7, issue 6): the duplicate-benefit check per
 * application and the nightly sweep, on the real application in its own schema
 * ({@code bench_integrity}, dropped afterwards).
 *
 * <ul>
 * <li><b>7d.check</b>: {@code DuplicateBenefitRules.conflicts(person, program, today)}
 * for random bench persons with benefits, one client, p95 against the same SQL text and
 * parameters through plain JDBC (every row read).</li>
 * <li><b>7d.sweep</b>: {@code DuplicateBenefitSweep.sweep(null)} over the whole schema
 * once the findings exist (the nightly steady state: the pass finds every pair, stores
 * nothing new, closes nothing) against a raw SQL self-join of the same data (every
 * conflicting pair of ACTIVE records under the current rules, person- and
 * household-level, read by the client), measured before and after it. The first sweep,
 * which stores the planted findings and starts their reviews, is reported in the
 * details.</li>
 * </ul>
 * Data: {@code bench.s7d.records} ACTIVE benefit records (2,000,000; quick 200,000), two
 * per bench person, every two persons a household, written with {@code COPY}; programs
 * that rules name but whose combinations in a person or household conflict with nothing,
 * except one person in 10,000 (pair 1, BLOCK, person) and one household in 10,000 (pair
 * 16, BLOCK, household).
 */
public final class DuplicateBenefitScenario {

	private static final Logger log = LoggerFactory.getLogger(DuplicateBenefitScenario.class);

	static final String SCHEMA = "bench_integrity";

	/** Programs of the first record: no rule pairs one with any program of SECOND. */
	private static final String[] FIRST = { "LIVELIHOOD_BENEFIT", "EDUCATION_BENEFIT", "HOUSING_BENEFIT", "SENIOR_JOBS",
			"DISABILITY_PENSION" };

	private static final String[] SECOND = { "MEDICAL_AID", "CHILDCARE_FEE", "ENERGY_VOUCHER", "CULTURE_VOUCHER",
			"LONG_TERM_CARE" };

	private static final int PLANT_EVERY = 10_000;

	/**
	 * The SQL of {@code JdbcDuplicateBenefitRules.conflicts}, positional: the same text
	 * the application sends (keep in step with it).
	 */
	private static final String CHECK_SQL = """
			with r as (
			    select r.number, r.program_a, r.program_a_name_ko, r.program_b, r.program_b_name_ko, r.effect,
			r.amount_won, r.percent, r.household, r.reference, r.source, r.assumption, case when r.program_a = ? then r.program_b else r.program_a end as other
			    from int_duplicate_rule r
			    where r.version = (select max(version) from int_duplicate_rule_version)
			      and (r.program_a = ? or r.program_b = ?)
			),
			persons as (
			    select cast(? as uuid) as person_id, false as member
			    union
			    select o.person_id, true from reg_household_member m
			    join reg_household_member o on o.household_id = m.household_id
			    where m.person_id = ? and o.person_id <> ?
			)
			select r.*, b.id as benefit_id, b.person_id, b.program_code, b.agency_code, b.period_from,
			       b.period_to, b.amount_won as benefit_amount
			from r
			join persons p on not p.member or r.household
			join reg_benefit_record b on b.person_id = p.person_id and b.program_code = r.other
			 and b.status = 'ACTIVE' and b.period_from <= ? and (b.period_to is null or b.period_to >= ?)
			order by r.number, b.person_id, b.period_from""";

	/** The raw self-join: every conflicting pair of ACTIVE records, both branches. */
	private static final String RAW_SELF_JOIN = """
			select r.number, x.id, y.id
			from int_duplicate_rule r
			join reg_benefit_record x on x.program_code = r.program_a and x.status = 'ACTIVE'
			     and x.period_from <= ? and (x.period_to is null or x.period_to >= ?)
			join reg_benefit_record y on y.program_code = r.program_b and y.person_id = x.person_id and y.id <> x.id
			     and y.status = 'ACTIVE' and y.period_from <= ? and (y.period_to is null or y.period_to >= ?)
			where r.version = ? and not r.household
			union all
			select r.number, x.id, y.id
			from int_duplicate_rule r
			join reg_benefit_record x on x.program_code = r.program_a and x.status = 'ACTIVE'
			     and x.period_from <= ? and (x.period_to is null or x.period_to >= ?)
			join reg_household_member mx on mx.person_id = x.person_id
			join reg_household_member my on my.household_id = mx.household_id
			join reg_benefit_record y on y.program_code = r.program_b and y.person_id = my.person_id and y.id <> x.id
			     and y.status = 'ACTIVE' and y.period_from <= ? and (y.period_to is null or y.period_to >= ?)
			where r.version = ? and r.household""";

	private final BenchContext ctx;

	private final long records;

	public DuplicateBenefitScenario(BenchContext ctx) {
		this.ctx = ctx;
		this.records = Long.getLong("bench.s7d.records", ctx.config().quick() ? 200_000 : 2_000_000);
	}

	/** Prepares the data, runs both measurements and reports them. */
	public void run() {
		var db = this.ctx.db();
		db.recreateSchema(SCHEMA);
		ConfigurableApplicationContext app = start();
		try {
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
			long persons = generate(today);
			measureCheck(app, today, persons);
			measureSweep(app, today);
		}
		finally {
			app.close();
			if (!Boolean.getBoolean("bench.s7d.keep")) {
				db.execute("drop schema if exists " + SCHEMA + " cascade");
			}
		}
	}

	private ConfigurableApplicationContext start() {
		var db = this.ctx.db();
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("spring.datasource.url", db.url(SCHEMA));
		props.put("spring.datasource.username", db.username());
		props.put("spring.datasource.password", db.password());
		props.put("spring.flyway.schemas", SCHEMA);
		props.put("spring.flyway.default-schema", SCHEMA);
		props.put("camunda.bpm.database.schema-name", SCHEMA);
		props.put("camunda.bpm.database.table-prefix", SCHEMA + ".");
		props.put("bokjiflow.demo.enabled", "true");
		props.put("bokjiflow.simulator.enabled", "false");
		props.put("bokjiflow.population.size", "1000");
		props.put("bokjiflow.integrity.sweep.cron", "-");
		props.put("bokjiflow.security.rrn-encryption-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
		props.put("bokjiflow.security.rrn-hash-key", "HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=");
		props.put("server.port", "0");
		props.put("spring.main.banner-mode", "off");
		String[] args = props.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(BokjiFlowApplication.class).profiles("bench").run(args);
	}

	/**
	 * Bench persons and households by SQL, their benefit records by {@code COPY}; returns
	 * the number of persons.
	 */
	private long generate(LocalDate today) {
		long persons = this.records / 2;
		long t0 = System.nanoTime();
		try (Connection c = java.sql.DriverManager.getConnection(this.ctx.db().url(SCHEMA), this.ctx.db().username(),
				this.ctx.db().password())) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("create table bench_person_ids (n bigint primary key, id uuid not null)");
				s.execute("insert into bench_person_ids select g, gen_random_uuid() from generate_series(0, "
						+ (persons - 1) + ") g");
				s.execute(
						"""
								insert into reg_person (id, rrn_hash, rrn_cipher, name, birth_date, sex, address, admin_dong_code,
								    status)
								select id, decode(md5('bench-7d-' || n), 'hex'), decode(md5('c' || n), 'hex'), '벤치' || n,
								       date '1950-01-01' + (n % 20000)::int, case when n % 2 = 0 then 'M' else 'F' end,
								       '서울특별시 강남구', '11680' || lpad(((n / 2) % 22 + 51)::text, 3, '0') || '00', 'ALIVE'
								from bench_person_ids""");
				s.execute("""
						insert into reg_household (id, head_person_id, admin_dong_code, address)
						select gen_random_uuid(), p.id, '1168051000', '서울특별시 강남구'
						from bench_person_ids p where p.n % 2 = 0""");
				s.execute("""
						insert into reg_household_member (household_id, person_id, relationship)
						select h.id, p.id, case when p.n % 2 = 0 then 'HEAD' else 'SPOUSE' end
						from bench_person_ids p
						join bench_person_ids head on head.n = p.n - p.n % 2
						join reg_household h on h.head_person_id = head.id""");
			}
			List<UUID> ids = new ArrayList<>();
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select id from bench_person_ids order by n")) {
				while (rs.next()) {
					ids.add(rs.getObject(1, UUID.class));
				}
			}
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder chunk = new StringBuilder();
			String from = today.minusMonths(6).toString();
			for (int n = 0; n < ids.size(); n++) {
				String[] programs = programs(n);
				for (int k = 0; k < 2; k++) {
					String start = (k == 1 && n % PLANT_EVERY == 7) ? today.minusMonths(2).toString() : from;
					chunk.append(UUID.randomUUID())
						.append(',')
						.append(ids.get(n))
						.append(',')
						.append(programs[k])
						.append(",11680,")
						.append(start)
						.append(",,")
						.append(100_000 + (n % 7) * 10_000)
						.append(",ACTIVE,bench 7d\n");
				}
				if (chunk.length() > 8_000_000 || n == ids.size() - 1) {
					copy.copyIn(
							"copy reg_benefit_record (id, person_id, program_code, agency_code, period_from, "
									+ "period_to, amount_won, status, source) from stdin with (format csv)",
							new StringReader(chunk.toString()));
					chunk.setLength(0);
				}
			}
			try (Statement s = c.createStatement()) {
				s.execute("drop table bench_person_ids");
			}
			c.commit();
			try (Statement s = c.createStatement()) {
				c.setAutoCommit(true);
				s.execute("analyze reg_person");
				s.execute("analyze reg_household_member");
				s.execute("analyze reg_benefit_record");
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Scenario 7d: generating the data failed", ex);
		}
		log.info("Scenario 7d: {} persons and {} benefit records written in {} s", persons, this.records,
				Math.round((System.nanoTime() - t0) / 1e9));
		return persons;
	}

	/** The two programs of bench person n (planted conflicts included). */
	static String[] programs(long n) {
		long m = n % PLANT_EVERY;
		if (m == 7) {
			// pair 1 (BLOCK, person): the tuition began two months ago
			return new String[] { "EDUCATION_BENEFIT", "VETERAN_TUITION" };
		}
		if (m == 506) {
			return new String[] { "LIVELIHOOD_BENEFIT", SECOND[(int) (n % SECOND.length)] };
		}
		if (m == 507) {
			// pair 16 (BLOCK, household) with the partner's livelihood benefit
			return new String[] { "HOUSING_BENEFIT", "EMERGENCY_LIVELIHOOD" };
		}
		return new String[] { FIRST[(int) (n % FIRST.length)], SECOND[(int) ((n / 5) % SECOND.length)] };
	}

	private void measureCheck(ConfigurableApplicationContext app, LocalDate today, long persons) {
		DuplicateBenefitRules rules = app.getBean(DuplicateBenefitRules.class);
		List<Object[]> sample = new ArrayList<>();
		try (Connection c = java.sql.DriverManager.getConnection(this.ctx.db().url(SCHEMA), this.ctx.db().username(),
				this.ctx.db().password()); PreparedStatement s = c.prepareStatement("""
						select p.id, b.program_code from reg_person p
						join reg_benefit_record b on b.person_id = p.id
						where p.name like '벤치%' order by random() limit 2000"""); ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				sample.add(new Object[] { rs.getObject(1, UUID.class), rs.getString(2) });
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		// the applicant applies for a program a rule pairs with what they receive
		String[] applied = { "EMERGENCY_LIVELIHOOD", "VETERAN_TUITION", "YOUTH_RENT_SUPPORT", "SELF_SUFFICIENCY_WORK",
				"DISABILITY_ALLOWANCE", "EMERGENCY_MEDICAL", "HOME_CARE_ALLOWANCE", "BRIQUETTE_COUPON",
				"TRAVEL_VOUCHER", "SENIOR_CUSTOMISED_CARE" };
		Duration window = this.ctx.config().queryWindow();
		Duration warmup = Duration.ofSeconds(2);
		rules.conflicts((UUID) sample.get(0)[0], applied[0], today);
		Interleaved.Measured<Stats.Latency> check = Interleaved.measure("7d.check", "raw SQL of the check", "ms p95",
				this.ctx.config().attempts(), () -> rawCheck(sample, applied, today, warmup, window).p95(),
				() -> Load.run("7d.check", 1, warmup, window, t -> () -> {
					Object[] pick = sample.get(ThreadLocalRandom.current().nextInt(sample.size()));
					rules.conflicts((UUID) pick[0], applied[ThreadLocalRandom.current().nextInt(applied.length)],
							today);
				}).latency());
		Stats.Latency latency = check.value();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("persons", persons);
		d.put("records", this.records);
		d.put("p50Ms", latency.p50());
		d.put("p99Ms", latency.p99());
		d.put("checks", latency.count());
		d.put("rawP95MsBefore", check.baseline().before());
		d.put("rawP95MsAfter", check.baseline().after());
		d.put("issue9Target", "p95 ≤ 5 ms: " + (latency.p95() <= 5 ? "met" : "missed"));
		this.ctx.report()
			.add(Result.of("7d.check",
					"Duplicate-benefit check per application (DuplicateBenefitRules.conflicts), 1 client, over "
							+ this.records + " benefit records",
					latency.p95(), "ms p95", check.baseline(), latency.p95() / check.baseline().value(),
					"check p95 / raw SQL p95 (issue 9's target is absolute: p95 ≤ 5 ms, see details)", null, d));
	}

	private Stats.Latency rawCheck(List<Object[]> sample, String[] applied, LocalDate today, Duration warmup,
			Duration window) {
		return Load.run("7d.check.raw", 1, warmup, window, t -> {
			Connection[] conn = new Connection[1];
			return () -> {
				if (conn[0] == null) {
					conn[0] = java.sql.DriverManager.getConnection(this.ctx.db().url(SCHEMA), this.ctx.db().username(),
							this.ctx.db().password());
				}
				Object[] pick = sample.get(ThreadLocalRandom.current().nextInt(sample.size()));
				String program = applied[ThreadLocalRandom.current().nextInt(applied.length)];
				try (PreparedStatement s = conn[0].prepareStatement(CHECK_SQL)) {
					s.setString(1, program);
					s.setString(2, program);
					s.setString(3, program);
					s.setObject(4, pick[0]);
					s.setObject(5, pick[0]);
					s.setObject(6, pick[0]);
					s.setObject(7, today);
					s.setObject(8, today);
					try (ResultSet rs = s.executeQuery()) {
						int columns = rs.getMetaData().getColumnCount();
						while (rs.next()) {
							for (int i = 1; i <= columns; i++) {
								rs.getObject(i);
							}
						}
					}
				}
			};
		}).latency();
	}

	private void measureSweep(ConfigurableApplicationContext app, LocalDate today) {
		DuplicateBenefitSweep sweep = app.getBean(DuplicateBenefitSweep.class);
		int version = app.getBean(DuplicateBenefitRules.class).currentVersion().version();
		double rawFirst = rawSelfJoin(today, version);
		long t0 = System.nanoTime();
		DuplicateBenefitSweep.SweepResult first = sweep.sweep(null);
		double firstSeconds = (System.nanoTime() - t0) / 1e9;
		long[] found = new long[1];
		Interleaved.Measured<Double> measured = Interleaved.measure("7d.sweep", "raw SQL self-join", "s",
				this.ctx.config().attempts(), () -> rawSelfJoin(today, version), () -> {
					long s0 = System.nanoTime();
					DuplicateBenefitSweep.SweepResult again = sweep.sweep(null);
					found[0] = again.pairsFound();
					if (again.created() != 0) {
						log.warn("Scenario 7d: a repeated sweep created {} findings", again.created());
					}
					return (System.nanoTime() - s0) / 1e9;
				});
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("records", this.records);
		d.put("pairsFound", found[0]);
		d.put("firstSweepSeconds", round(firstSeconds));
		d.put("firstSweepCreated", first.created());
		d.put("firstSweepRatioToRaw", round(firstSeconds / rawFirst));
		d.put("rawSecondsBefore", round(measured.baseline().before()));
		d.put("rawSecondsAfter", round(measured.baseline().after()));
		this.ctx.report()
			.add(Result.of("7d.sweep",
					"Nightly duplicate-benefit sweep over " + this.records
							+ " ACTIVE benefit records (steady state: every pair found, nothing new stored)",
					measured.value(), "s", measured.baseline(), measured.value() / measured.baseline().value(),
					"sweep / raw SQL self-join", Target.atMost(2, "≤ 2× raw self-join (issue 9)"), d));
	}

	/** Every conflicting pair read by the client; seconds. */
	private double rawSelfJoin(LocalDate on, int version) {
		long t0 = System.nanoTime();
		long rows = 0;
		try (Connection c = java.sql.DriverManager.getConnection(this.ctx.db().url(SCHEMA), this.ctx.db().username(),
				this.ctx.db().password())) {
			c.setAutoCommit(false);
			try (PreparedStatement s = c.prepareStatement(RAW_SELF_JOIN)) {
				s.setFetchSize(10_000);
				int i = 1;
				for (int branch = 0; branch < 2; branch++) {
					s.setObject(i++, on);
					s.setObject(i++, on);
					s.setObject(i++, on);
					s.setObject(i++, on);
					s.setInt(i++, version);
				}
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						rs.getInt(1);
						rs.getObject(2);
						rs.getObject(3);
						rows++;
					}
				}
			}
			c.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("raw self-join failed", ex);
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		log.info("Scenario 7d: raw self-join {} rows in {} s", rows, round(seconds));
		return seconds;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
