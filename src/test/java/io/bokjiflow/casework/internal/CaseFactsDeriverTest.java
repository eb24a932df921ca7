package io.bokjiflow.casework.internal;

import java.time.LocalDate;
import java.util.List;

import io.bokjiflow.casework.internal.CaseFactsDeriver.Answer;
import io.bokjiflow.casework.internal.CaseFactsDeriver.Applicant;
import io.bokjiflow.casework.internal.CaseFactsDeriver.Derived;
import io.bokjiflow.publicdata.Assets;
import io.bokjiflow.publicdata.Incomes;
import io.bokjiflow.publicdata.Insurance;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.QualificationReport;
import io.bokjiflow.publicdata.ResidentRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFactsDeriverTest {

	private static final LocalDate ON = LocalDate.of(2026, 3, 2);

	private static final String DONG = "1168064000";

	private static Applicant applicant(boolean investigated, boolean newlyRegistered) {
		return new Applicant(ON, DONG, LocalDate.of(1980, 3, 3), "F", investigated, newlyRegistered);
	}

	@Test
	void shouldGiveTheContractDefaultsWhenNothingWasFetched() {
		Derived d = CaseFactsDeriver.derive(applicant(false, false), List.of());

		// Born 1980-03-03, applied 2026-03-02: 45 full years.
		assertThat(d.facts()).containsEntry("applicantAge", 45)
			.containsEntry("alive", true)
			.containsEntry("householdSize", 1)
			.containsEntry("youngestChildAge", -1)
			.containsEntry("basicLivelihood", false)
			.containsEntry("homeless", false)
			.containsEntry("totalAssets", 0L)
			.containsEntry("incomeInvestigated", false);
		assertThat(d.flags()).isEmpty();
		assertThat(d.incomeAndAssets()).isNull();
	}

	@Test
	void shouldReadTheHouseholdFromTheResidentRegisterAndFlagAnAddressMismatch() {
		ResidentRecord record = new ResidentRecord("ALIVE", null, "1168065000", LocalDate.of(2024, 1, 15),
				List.of(new ResidentRecord.Member("김*희", "HEAD", 1980, "F", "ALIVE"),
						new ResidentRecord.Member("김*준", "CHILD", 2019, "M", "ALIVE"),
						new ResidentRecord.Member("김*아", "CHILD", 2013, "F", "ALIVE"),
						new ResidentRecord.Member("이*수", "SPOUSE", 1978, "M", "DECEASED")));

		Derived d = CaseFactsDeriver.derive(applicant(false, false),
				List.of(new Answer(PublicDataSource.RESIDENT_REGISTER, true, record)));

		assertThat(d.facts()).containsEntry("householdSize", 3)
			.containsEntry("childrenUnder12", 1)
			.containsEntry("youngestChildAge", 7)
			.containsEntry("residenceMonths", 25);
		assertThat(d.flags()).containsExactly(CaseFactsDeriver.FLAG_ADDRESS_MISMATCH);
	}

	@Test
	void shouldFlagANewApplicantAndARecentStatusChangeAndReportDeath() {
		ResidentRecord record = new ResidentRecord("DECEASED", ON.minusDays(10), DONG, null, List.of());

		Derived d = CaseFactsDeriver.derive(applicant(false, true),
				List.of(new Answer(PublicDataSource.RESIDENT_REGISTER, true, record)));

		assertThat(d.facts()).containsEntry("alive", false);
		assertThat(d.flags()).containsExactly(CaseFactsDeriver.FLAG_NEW_APPLICANT,
				CaseFactsDeriver.FLAG_RECENT_STATUS_CHANGE);
	}

	@Test
	void shouldTellLivelihoodOrMedicalAndSevereDisabilityFromTheDetail() {
		QualificationReport report = new QualificationReport(ON,
				List.of(new QualificationFact(QualificationKind.BASIC_LIVELIHOOD, ON.minusYears(1), null, "주거·교육급여"),
						new QualificationFact(QualificationKind.DISABILITY, ON.minusYears(3), null, "심한 장애"),
						new QualificationFact(QualificationKind.VETERAN, ON.minusYears(9), ON.minusDays(1), "국가유공자")));

		Derived d = CaseFactsDeriver.derive(applicant(false, false),
				List.of(new Answer(PublicDataSource.QUALIFICATION, true, report)));

		assertThat(d.facts()).containsEntry("basicLivelihood", true)
			.containsEntry("livelihoodOrMedical", false)
			.containsEntry("disability", true)
			.containsEntry("severeDisability", true)
			.containsEntry("veteran", false);
	}

	@Test
	void shouldAddUpTheHouseholdsIncomeAndAssetsOverMembers() {
		List<Answer> answers = List.of(
				new Answer(PublicDataSource.NATIONAL_TAX, true,
						new Incomes(2025, List.of(new Incomes.Item("EARNED", 24_000_000)))),
				new Answer(PublicDataSource.NATIONAL_TAX, false,
						new Incomes(2025, List.of(new Incomes.Item("BUSINESS", 12_000_000)))),
				new Answer(PublicDataSource.NATIONAL_PENSION, false,
						new Incomes(2025, List.of(new Incomes.Item("PENSION", 6_000_000)))),
				new Answer(PublicDataSource.LOCAL_TAX, false,
						new Assets(ON, List.of(new Assets.Item("LAND", 30_000_000, "대지")))),
				new Answer(PublicDataSource.LAND_VEHICLE, true,
						new Assets(ON,
								List.of(new Assets.Item("VEHICLE", 8_000_000, "승용차"),
										new Assets.Item("RENT_DEPOSIT", 50_000_000, "전세")))),
				new Answer(PublicDataSource.FINANCIAL, true,
						new Assets(ON,
								List.of(new Assets.Item("DEPOSIT", 10_000_000, "예금"),
										new Assets.Item("DEBT", 20_000_000, "대출")))),
				new Answer(PublicDataSource.HEALTH_INSURANCE, true,
						new Insurance("EMPLOYEE", 150_000, 4_200_000, false, null)));

		Derived d = CaseFactsDeriver.derive(applicant(true, false), answers);

		assertThat(d.facts()).containsEntry("monthlyIncome", 2_000_000L + 1_000_000L + 500_000L)
			.containsEntry("vehicleValue", 8_000_000L)
			.containsEntry("totalAssets", 30_000_000L + 8_000_000L + 50_000_000L + 10_000_000L - 20_000_000L)
			// Local tax records no housing of any member.
			.containsEntry("homeless", true)
			.containsEntry("healthPremium", 150_000L);
		assertThat(d.incomeAndAssets()).isNotNull();
		assertThat(d.incomeAndAssets().earned()).isEqualTo(2_000_000L);
		assertThat(d.incomeAndAssets().general()).isEqualTo(80_000_000L);
		assertThat(d.incomeAndAssets().financial()).isEqualTo(10_000_000L);
		assertThat(d.incomeAndAssets().debts()).isEqualTo(20_000_000L);
	}

	@Test
	void shouldFlagAnAgencyWithoutARecordAndKeepTheDefaults() {
		Derived d = CaseFactsDeriver.derive(applicant(false, false),
				List.of(new Answer(PublicDataSource.HEALTH_INSURANCE, true, null)));

		assertThat(d.flags()).containsExactly(CaseFactsDeriver.FLAG_NO_RECORD);
		assertThat(d.facts()).containsEntry("healthPremium", 0L).containsEntry("medicalAidInsured", false);
	}

	@Test
	void shouldNotCallAnOwnerHomeless() {
		Derived d = CaseFactsDeriver.derive(applicant(true, false), List.of(new Answer(PublicDataSource.LOCAL_TAX,
				false, new Assets(ON, List.of(new Assets.Item("HOUSING", 200_000_000, "아파트"))))));

		assertThat(d.facts()).containsEntry("homeless", false).containsEntry("totalAssets", 200_000_000L);
	}

	@Test
	void shouldEscalateAFifthOfTheDeadlineBeforeIt() {
		assertThat(CaseworkService.escalationDate(ON, 14)).isEqualTo(ON.plusDays(11));
		assertThat(CaseworkService.escalationDate(ON, 30)).isEqualTo(ON.plusDays(24));
		assertThat(CaseworkService.escalationDate(ON, 1)).isEqualTo(ON);
	}

}
