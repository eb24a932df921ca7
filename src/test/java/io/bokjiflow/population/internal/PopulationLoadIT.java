package io.bokjiflow.population.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bokjiflow.publicdata.SimulatorBulkLoad;
import io.bokjiflow.publicdata.SimulatorBulkLoad.AgencyPerson;
import io.bokjiflow.publicdata.internal.SimulatorKeys;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.registry.RegistryBulkLoad.PersonRecord;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads a small population through the registry's and the simulator's bulk-load APIs into
 * the real PostgreSQL and checks what arrived: row counts per table, numbers stored only
 * encrypted or keyed, and generated persons found by the registry's own look-up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationLoadIT extends IntegrationTest {

	private static final long SEED = 4242;

	private static final int SIZE = 400;

	/** Apart from the start-up population's household numbers (from 1). */
	private static final long FIRST_HOUSEHOLD_NO = 7_000_000_001L;

	private static final List<String> TABLES = List.of("reg_person", "reg_household", "reg_household_member",
			"reg_qualification", "reg_benefit_record", "reg_bank_account", "reg_life_event", "reg_income_assessment",
			"pds_person", "pds_income", "pds_asset", "pds_insurance", "pds_qualification");

	@Autowired
	private PopulationLoader loader;

	@Autowired
	private PopulationData data;

	@Autowired
	private SimulatorBulkLoad simulator;

	@Autowired
	private SimulatorKeys simulatorKeys;

	@Autowired
	private Registry registry;

	@Autowired
	private JdbcTemplate jdbc;

	private List<GeneratedHousehold> expected;

	private Map<String, Long> before;

	private Map<String, Long> after;

	private PopulationLoader.LoadResult result;

	@BeforeAll
	void loadAPopulation() {
		this.expected = new ArrayList<>();
		new PopulationGenerator(this.data, SEED, SIZE, FIRST_HOUSEHOLD_NO, this.simulator.fixtureNumbers())
			.forEachRemaining(this.expected::add);
		this.before = counts();
		// The large-load path (indexes dropped and rebuilt) on a small population.
		this.result = this.loader.load(SEED, SIZE, FIRST_HOUSEHOLD_NO, true);
		this.after = counts();
	}

	@Test
	void shouldHaveLoadedTheConfiguredPopulationOnStartExactlyOnce() {
		Map<String, Object> startup = this.jdbc.queryForMap("select seed, persons from pop_load order by id limit 1");
		assertThat(startup).containsEntry("seed", 20261122L).containsEntry("persons", 300);
		assertThat(this.loader.loadOnce(20261122L, 300)).as("a second start loads nothing").isEmpty();
	}

	@Test
	void shouldCopyEveryGeneratedRecordIntoItsTable() {
		Map<String, Long> rows = new LinkedHashMap<>();
		TABLES.forEach(t -> rows.put(t, 0L));
		for (GeneratedHousehold h : this.expected) {
			rows.merge("reg_household", 1L, Long::sum);
			rows.merge("reg_household_member", (long) h.household().members().size(), Long::sum);
			for (PersonRecord p : h.persons()) {
				rows.merge("reg_person", 1L, Long::sum);
				rows.merge("reg_qualification", (long) p.qualifications().size(), Long::sum);
				rows.merge("reg_benefit_record", (long) p.benefits().size(), Long::sum);
				rows.merge("reg_bank_account", (long) p.accounts().size(), Long::sum);
				rows.merge("reg_life_event", (long) p.events().size(), Long::sum);
				rows.merge("reg_income_assessment", (long) p.incomeAssessments().size(), Long::sum);
			}
			for (AgencyPerson a : h.agencyPersons()) {
				rows.merge("pds_person", 1L, Long::sum);
				rows.merge("pds_income", (long) a.incomes().size(), Long::sum);
				rows.merge("pds_asset", (long) a.assets().size(), Long::sum);
				rows.merge("pds_insurance", a.insurance() == null ? 0L : 1L, Long::sum);
				rows.merge("pds_qualification", (long) a.qualifications().size(), Long::sum);
			}
		}
		Map<String, Long> delta = new LinkedHashMap<>();
		TABLES.forEach(t -> delta.put(t, this.after.get(t) - this.before.get(t)));

		assertThat(delta).isEqualTo(rows);
		assertThat(rows.get("reg_person")).isEqualTo(SIZE);
		assertThat(rows.get("reg_benefit_record")).isPositive();
		assertThat(rows.get("reg_income_assessment")).isPositive();
		assertThat(this.result.persons()).isEqualTo(SIZE);
		assertThat(this.result.households()).isEqualTo(this.expected.size());
	}

	@Test
	void shouldRestoreTheIndexesALargeLoadDrops() {
		List<String> constraints = this.jdbc
			.queryForList("select conname from pg_constraint where conrelid::regclass::text like 'reg\\_%' "
					+ "or conrelid::regclass::text like 'pds\\_%'", String.class);

		assertThat(this.result.largeLoad()).isTrue();
		assertThat(constraints).contains("reg_person_rrn_hash_key", "pds_person_pkey", "pds_income_pkey",
				"pds_asset_pkey", "pds_insurance_pkey", "pds_qualification_pkey", "reg_household_head_person_id_fkey",
				"reg_household_member_household_id_fkey", "reg_household_member_person_id_fkey",
				"reg_qualification_person_id_fkey", "reg_benefit_record_person_id_fkey",
				"reg_bank_account_person_id_fkey", "reg_life_event_person_id_fkey");
	}

	@Test
	void shouldStoreResidentNumbersOnlyEncryptedOrKeyed() {
		List<String> registryRows = this.jdbc.queryForList("select p::text from reg_person p", String.class);
		List<String> agencyRows = this.jdbc.queryForList("select p::text from pds_person p", String.class);
		List<String> forbidden = new ArrayList<>();
		for (GeneratedHousehold h : this.expected) {
			for (PersonRecord p : h.persons()) {
				String clear = p.rrn().reveal();
				forbidden.add(clear);
				forbidden.add(clear.replace("-", ""));
				// Clear ASCII inside a bytea column would show as its hex.
				forbidden.add(HexFormat.of().formatHex(clear.getBytes(StandardCharsets.US_ASCII)));
			}
		}
		assertThat(registryRows).hasSizeGreaterThanOrEqualTo(SIZE + 300);
		for (String row : registryRows) {
			assertThat(forbidden).noneMatch(row::contains);
		}
		for (String row : agencyRows) {
			assertThat(forbidden).noneMatch(row::contains);
		}
	}

	@Test
	void shouldFindAGeneratedPersonThroughTheRegistry() {
		PersonRecord person = this.expected.get(this.expected.size() / 2).persons().get(0);

		PersonSummary found = this.registry.find(person.rrn()).orElseThrow();

		assertThat(found.id()).isEqualTo(person.id());
		assertThat(found.name()).isEqualTo(person.name());
		assertThat(found.adminDongCode()).isEqualTo(person.adminDongCode());
		assertThat(found.maskedRrn()).isEqualTo(person.rrn().masked());
		assertThat(this.registry.revealRrn(person.id(), "PopulationLoadIT", "test: encryption round trip"))
			.isEqualTo(person.rrn());
	}

	@Test
	void shouldKeyTheSimulatorsRecordsWithTheSimulatorKey() {
		AgencyPerson person = this.expected.get(3).agencyPersons().get(0);

		String name = this.jdbc.queryForObject("select name from pds_person where rrn_hash = ?", String.class,
				this.simulatorKeys.personKey(person.rrn()));

		assertThat(name).isEqualTo(person.name());
	}

	@Test
	void shouldStoreAccountNumbersEncryptedAndShowThemMasked() {
		var account = this.expected.stream()
			.flatMap(h -> h.persons().stream())
			.flatMap(p -> p.accounts().stream())
			.findFirst()
			.orElseThrow();
		Map<String, Object> row = this.jdbc
			.queryForMap("select number_masked, number_cipher from reg_bank_account where id = ?", account.id());
		String digits = account.number().replaceAll("\\D", "");

		String masked = (String) row.get("number_masked");
		assertThat(masked.replaceAll("[^0-9]", "")).isEqualTo(digits.substring(digits.length() - 4));
		assertThat(masked.replaceAll("[0-9*]", "#")).isEqualTo(account.number().replaceAll("[0-9]", "#"));
		assertThat(HexFormat.of().formatHex((byte[]) row.get("number_cipher")))
			.doesNotContain(HexFormat.of().formatHex(account.number().getBytes(StandardCharsets.US_ASCII)));
	}

	@Test
	void shouldPutTheSimulatorsDemoResidentsIntoItsTables() {
		Rrn kim = Rrn.parse("580315-2123457");
		Map<String, Object> row = this.jdbc.queryForMap(
				"select p.name, q.kind, q.detail from pds_person p join pds_qualification q using (rrn_hash) where p.rrn_hash = ?",
				this.simulatorKeys.personKey(kim));

		assertThat(row).containsEntry("name", "김영희")
			.containsEntry("kind", "BASIC_LIVELIHOOD")
			.containsEntry("detail", "생계·의료급여");
		assertThat(this.jdbc.queryForObject("select count(*) from pds_person where household_no >= 9000000001",
				Long.class))
			.isEqualTo(this.simulator.fixtureNumbers().size());
	}

	@Test
	void shouldOnlyUseCommunityCentresThatExist() {
		// Only the persons the population load wrote: other tests plant persons in
		// private
		// 행정동 codes of their own in the shared database.
		String loaded = "exists (select 1 from pop_load l where p.created_at between l.started_at and l.finished_at)";
		assertThat(this.jdbc.queryForObject("select count(*) from reg_person p where " + loaded, Long.class))
			.isPositive();
		List<String> codes = this.jdbc.queryForList(
				"select distinct admin_dong_code from reg_person p where " + loaded
						+ " and admin_dong_code not in (select code from idn_organization where level = 'EMD')",
				String.class);

		assertThat(codes).isEmpty();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

}
