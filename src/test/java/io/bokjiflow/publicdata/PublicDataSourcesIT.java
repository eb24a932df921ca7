package io.bokjiflow.publicdata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.HexFormat;

import io.bokjiflow.publicdata.PublicDataUnavailableException.Failure;
import io.bokjiflow.publicdata.internal.SimulatorFaults;
import io.bokjiflow.publicdata.internal.SimulatorKeys;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every public-data client against the simulator over real HTTP on the embedded
 * PostgreSQL: the values, the provenance kept as evidence, and a clear failure for each
 * kind of fault.
 */
class PublicDataSourcesIT extends IntegrationTest {

	/** A synthetic resident known only to this test. */
	private static final Rrn PERSON = Rrn.parse("890417-1357913");

	@Autowired
	private PublicData publicData;

	@Autowired
	private SimulatorKeys keys;

	@Autowired
	private SimulatorFaults faults;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void agencyRecords() {
		byte[] key = this.keys.personKey(PERSON);
		this.jdbc.update("delete from pds_income where rrn_hash = ?", key);
		this.jdbc.update("delete from pds_asset where rrn_hash = ?", key);
		this.jdbc.update("delete from pds_insurance where rrn_hash = ?", key);
		this.jdbc.update("delete from pds_person where rrn_hash = ? or household_no = 990417", key);
		this.jdbc.update(
				"""
						insert into pds_person (rrn_hash, name, birth_date, sex, admin_dong_code, moved_in_on, household_no, relationship)
						values (?, '정우성', '1989-04-17', 'M', '1168065000', '2021-05-10', 990417, 'HEAD')""",
				key);
		this.jdbc.update(
				"""
						insert into pds_person (rrn_hash, name, birth_date, sex, admin_dong_code, moved_in_on, household_no, relationship)
						values (?, '정하나', '2015-08-01', 'F', '1168065000', '2021-05-10', 990417, 'CHILD')""",
				this.keys.personKey(Rrn.parse("150801-4000000")));
		this.jdbc.update("insert into pds_income values (?, 2025, 'EARNED', 30000000), (?, 2025, 'INTEREST', 120000), "
				+ "(?, 2025, 'PENSION', 0), (?, 2024, 'EARNED', 28000000)", key, key, key, key);
		this.jdbc.update(
				"insert into pds_asset (rrn_hash, kind, seq, value_won, detail) values "
						+ "(?, 'HOUSING', 1, 180000000, '아파트'), (?, 'VEHICLE', 1, 9000000, '승용차'), "
						+ "(?, 'DEPOSIT', 1, 12000000, '보통예금'), (?, 'DEBT', 1, 40000000, '주택담보대출')",
				key, key, key, key);
		this.jdbc.update("insert into pds_insurance values (?, 'EMPLOYEE', 106000, 2500000, true, '(주)한빛')", key);
		this.faults.clear();
	}

	@AfterEach
	void noFaults() {
		this.faults.clear();
		this.faults.timeoutDelay(Duration.ofSeconds(8));
	}

	@Test
	void shouldAnswerEverySourceWithValuesAndProvenance() throws Exception {
		Instant before = Instant.now();
		PublicDataAnswer<Incomes> tax = this.publicData.nationalTaxIncomes(PERSON, 2025);
		assertThat(tax.values().year()).isEqualTo(2025);
		assertThat(tax.values().annual("EARNED")).isEqualTo(30_000_000);
		assertThat(tax.values().annual("INTEREST")).isEqualTo(120_000);
		assertThat(tax.values().items()).noneMatch(i -> i.kind().equals("PENSION"));
		assertThat(tax.agency()).isEqualTo("SIMULATOR: 국세청 (simulated)");
		assertThat(tax.simulated()).isTrue();
		assertThat(tax.legalBasis()).isEqualTo(this.publicData.info(PublicDataSource.NATIONAL_TAX).legalBasis())
			.contains("제22조");
		assertThat(tax.requestId()).hasSize(36);
		assertThat(tax.retrievedAt()).isAfterOrEqualTo(before);
		assertThat(tax.payloadSha256()).hasSize(64).matches("[0-9a-f]+");

		assertThat(this.publicData.pensions(PERSON, 2025).values().items()).extracting(Incomes.Item::kind)
			.containsExactly("PENSION");
		PublicDataAnswer<Insurance> health = this.publicData.healthInsurance(PERSON);
		assertThat(health.values().healthKind()).isEqualTo("EMPLOYEE");
		assertThat(health.values().monthlyPremiumWon()).isEqualTo(106_000);
		assertThat(health.values().incomeBaseWon()).isEqualTo(2_500_000);
		assertThat(this.publicData.employmentInsurance(PERSON).values().employer()).isEqualTo("(주)한빛");

		LocalDate asOf = LocalDate.of(2026, 3, 2);
		assertThat(this.publicData.localTaxProperties(PERSON, asOf).values().total("HOUSING")).isEqualTo(180_000_000);
		assertThat(this.publicData.landAndVehicles(PERSON, asOf).values().total("VEHICLE")).isEqualTo(9_000_000);
		Assets financial = this.publicData
			.financialAssets(PERSON, asOf, new FinancialDataConsent("TV-2026-000123", Instant.now()))
			.values();
		assertThat(financial.total("DEPOSIT")).isEqualTo(12_000_000);
		assertThat(financial.total("DEBT")).isEqualTo(40_000_000);
		assertThat(financial.total("HOUSING")).isZero();

		ResidentRecord resident = this.publicData.residentRecord(PERSON).values();
		assertThat(resident.status()).isEqualTo("ALIVE");
		assertThat(resident.adminDongCode()).isEqualTo("1168065000");
		assertThat(resident.household()).extracting(ResidentRecord.Member::maskedName).containsExactly("정*성", "정*나");
	}

	@Test
	void shouldHashExactlyTheBytesReceived() throws Exception {
		PublicDataAnswer<Insurance> answer = this.publicData.healthInsurance(PERSON);
		// The same record answered twice gives the same payload and hash, and a new
		// request id.
		PublicDataAnswer<Insurance> again = this.publicData.healthInsurance(PERSON);
		assertThat(again.payloadSha256()).isEqualTo(answer.payloadSha256());
		assertThat(again.requestId()).isNotEqualTo(answer.requestId());
		String expected = "{\"agency\":\"SIMULATOR: 국민건강보험공단 (simulated)\",\"data\":{\"healthKind\":\"EMPLOYEE\","
				+ "\"monthlyPremiumWon\":106000,\"incomeBaseWon\":2500000,\"employmentInsured\":false}}";
		assertThat(answer.payloadSha256()).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(expected.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void shouldRefuseFinancialDataWithoutConsent() {
		assertThatThrownBy(() -> this.publicData.financialAssets(PERSON, LocalDate.now(), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldNameTheSourceAndTheKindOfEachFailure() {
		this.faults.inject(PublicDataSource.NATIONAL_TAX, SimulatorFaults.Mode.UNAVAILABLE, 1);
		assertFailure(() -> this.publicData.nationalTaxIncomes(PERSON, 2025), PublicDataSource.NATIONAL_TAX,
				Failure.SERVER_ERROR);
		assertThat(this.publicData.nationalTaxIncomes(PERSON, 2025).values().annual("EARNED"))
			.as("recovers after the injected call")
			.isEqualTo(30_000_000);

		this.faults.inject(PublicDataSource.HEALTH_INSURANCE, SimulatorFaults.Mode.MALFORMED, 1);
		assertFailure(() -> this.publicData.healthInsurance(PERSON), PublicDataSource.HEALTH_INSURANCE,
				Failure.MALFORMED);

		// The test context reads for 2 s; the simulator answers after 3 s.
		this.faults.timeoutDelay(Duration.ofSeconds(3));
		this.faults.inject(PublicDataSource.LOCAL_TAX, SimulatorFaults.Mode.TIMEOUT, 1);
		assertFailure(() -> this.publicData.localTaxProperties(PERSON, LocalDate.now()), PublicDataSource.LOCAL_TAX,
				Failure.TIMEOUT);

		assertFailure(() -> this.publicData.residentRecord(Rrn.parse("900101-1234568")),
				PublicDataSource.RESIDENT_REGISTER, Failure.NO_RECORD);
	}

	private static void assertFailure(Runnable call, PublicDataSource source, Failure failure) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(PublicDataUnavailableException.class, ex -> {
			assertThat(ex.source()).isEqualTo(source);
			assertThat(ex.failure()).isEqualTo(failure);
			assertThat(ex.getMessage()).doesNotContain(PERSON.reveal()).doesNotContain("890417");
		});
	}

}
