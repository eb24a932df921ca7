package io.bokjiflow.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.publicdata.SimulatorBulkLoad;
import io.bokjiflow.registry.RegistryBulkLoad.BankAccountRecord;
import io.bokjiflow.registry.RegistryBulkLoad.BenefitRecord;
import io.bokjiflow.registry.RegistryBulkLoad.HouseholdRecord;
import io.bokjiflow.registry.RegistryBulkLoad.LargeLoad;
import io.bokjiflow.registry.RegistryBulkLoad.LifeEventRecord;
import io.bokjiflow.registry.RegistryBulkLoad.MemberRecord;
import io.bokjiflow.registry.RegistryBulkLoad.PersonRecord;
import io.bokjiflow.registry.RegistryBulkLoad.QualificationRecord;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry's bulk-load API on PostgreSQL: rows arrive as given, numbers are found by
 * the registry's look-up, a transaction is required, and a large load's dropped
 * constraints come back and check every row.
 */
class RegistryBulkLoadIT extends IntegrationTest {

	private static final String SOURCE = "RegistryBulkLoadIT";

	private static final List<String> DEFERRED = List.of("reg_person_rrn_hash_key", "pds_person_pkey",
			"pds_income_pkey", "pds_asset_pkey", "pds_insurance_pkey", "pds_qualification_pkey");

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private SimulatorBulkLoad simulatorBulkLoad;

	@Autowired
	private Registry registry;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldCopyAPersonWithEverythingThatHangsOnThePerson() {
		Rrn rrn = Rrn.parse("610203-1234566");
		PersonRecord person = person(rrn, "홍\t길동\\\n");
		UUID household = UUID.randomUUID();

		this.transactions.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(person);
			batch.add(new HouseholdRecord(household, person.id(), "1168064000", "주소",
					List.of(new MemberRecord(person.id(), Relationship.HEAD))));
			assertThat(batch.persons()).isEqualTo(1);
			assertThat(batch.rows()).isEqualTo(7);
			this.bulkLoad.write(batch);
		});

		PersonSummary found = this.registry.find(rrn).orElseThrow();
		assertThat(found.name()).as("tab, backslash and newline survive COPY").isEqualTo("홍\t길동\\\n");
		assertThat(found.status()).isEqualTo("ALIVE");
		assertThat(this.jdbc.queryForObject(
				"select amount_won from reg_benefit_record where person_id = ? and program_code = 'NBLS_LIVELIHOOD'",
				Long.class, person.id()))
			.isEqualTo(456_780L);
		assertThat(this.jdbc.queryForObject("select number_masked from reg_bank_account where person_id = ?",
				String.class, person.id()))
			.isEqualTo("***-***-**6789");
		assertThat(this.jdbc.queryForObject("select relationship from reg_household_member where household_id = ?",
				String.class, household))
			.isEqualTo("HEAD");
	}

	@Test
	void shouldRefuseToWriteOutsideATransaction() {
		RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
		batch.add(person(Rrn.parse("610203-2234564"), "김없음"));

		assertThatThrownBy(() -> this.bulkLoad.write(batch)).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(this.registry.find(Rrn.parse("610203-2234564"))).isEmpty();
	}

	@Test
	void shouldRefuseAPersonWhoseBirthDateContradictsTheNumber() {
		Rrn rrn = Rrn.parse("610203-1234566");
		PersonRecord wrong = new PersonRecord(UUID.randomUUID(), rrn, "이름", LocalDate.of(1961, 2, 4), "M", null,
				"1168064000", LocalDate.of(2020, 1, 1), PersonStatus.ALIVE, List.of(), List.of(), List.of(), List.of());

		assertThatThrownBy(() -> this.bulkLoad.newBatch().add(wrong)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageNotContaining("610203");
	}

	@Test
	void shouldDropAndRestoreConstraintsForALargeLoad() {
		this.transactions.executeWithoutResult(status -> {
			LargeLoad registryLoad = this.bulkLoad.beginLargeLoad();
			LargeLoad simulatorLoad = this.simulatorBulkLoad.beginLargeLoad();
			assertThat(constraints()).as("dropped during the load").doesNotContainAnyElementsOf(DEFERRED);

			registryLoad.finish();
			simulatorLoad.finish();
			assertThat(constraints()).as("restored in the same transaction").containsAll(DEFERRED);
			status.setRollbackOnly();
		});
		assertThat(constraints()).containsAll(DEFERRED);
	}

	@Test
	void shouldRejectDuplicateNumbersWhenALargeLoadRestoresItsConstraints() {
		Rrn rrn = Rrn.parse("620304-2345672");

		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			LargeLoad load = this.bulkLoad.beginLargeLoad();
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(person(rrn, "하나"));
			batch.add(person(rrn, "둘"));
			this.bulkLoad.write(batch);
			load.finish();
		})).isInstanceOf(DataIntegrityViolationException.class);

		assertThat(this.registry.find(rrn)).as("nothing committed").isEmpty();
		assertThat(constraints()).containsAll(DEFERRED);
	}

	private List<String> constraints() {
		return this.jdbc.queryForList("select conname from pg_constraint where conname = any(?)", String.class,
				(Object) DEFERRED.toArray(String[]::new));
	}

	private static PersonRecord person(Rrn rrn, String name) {
		UUID id = UUID.randomUUID();
		LocalDate since = LocalDate.of(2024, 3, 1);
		return new PersonRecord(id, rrn, name, rrn.birthDate(), rrn.sex(), "서울특별시 강남구 역삼1동 1-1", "1168064000", since,
				PersonStatus.ALIVE,
				List.of(new QualificationRecord(UUID.randomUUID(), "BASIC_LIVELIHOOD", since, null, "생계급여", SOURCE)),
				List.of(new BenefitRecord(UUID.randomUUID(), "NBLS_LIVELIHOOD", "11680", since, null, 456_780,
						BenefitStatus.ACTIVE, SOURCE)),
				List.of(new BankAccountRecord(UUID.randomUUID(), "088", "신한은행", "110-123-456789",
						BankAccountKind.SEIZURE_PROTECTED, since, null)),
				List.of(new LifeEventRecord(UUID.randomUUID(), LifeEventKind.MOVE, since, "전입", SOURCE)));
	}

}
