package io.bokjiflow.ui.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.catalog.PersonCircumstances;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.registry.PersonProfile.Benefit;
import io.bokjiflow.registry.PersonProfile.Member;
import io.bokjiflow.registry.PersonProfile.Qualification;
import io.bokjiflow.registry.PersonSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service finder's circumstances as the person view reads them from a profile.
 */
class ProfileCircumstancesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	private static final UUID MOTHER = UUID.randomUUID();

	@Test
	void shouldReadAgeRegionCurrentQualificationsAndBenefitsPaidNow() {
		PersonProfile profile = profile(LocalDate.of(1986, 3, 3),
				List.of(member(MOTHER, "HEAD", LocalDate.of(1986, 3, 3), "ALIVE"),
						member(UUID.randomUUID(), "CHILD", LocalDate.of(2023, 1, 1), "ALIVE"),
						member(UUID.randomUUID(), "CHILD", LocalDate.of(2008, 3, 2), "ALIVE"),
						member(UUID.randomUUID(), "CHILD", LocalDate.of(2015, 1, 1), "DECEASED")),
				List.of(new Qualification("SINGLE_PARENT", LocalDate.of(2020, 1, 1), null, null, "test"),
						new Qualification("BASIC_LIVELIHOOD", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31),
								null, "test"),
						new Qualification("SOMETHING_NEW", LocalDate.of(2019, 1, 1), null, null, "test")),
				List.of(new Benefit("SINGLE_PARENT_CHILD_SUPPORT", "11680", LocalDate.of(2020, 1, 1), null, 230000,
						"ACTIVE"),
						new Benefit("HOUSING_BENEFIT", "11680", LocalDate.of(2020, 1, 1), null, 0, "SUSPENDED"),
						new Benefit("LIVELIHOOD_BENEFIT", "11680", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31),
								0, "ENDED")));

		PersonCircumstances c = ProfileCircumstances.of(profile, TODAY);

		assertThat(c.age()).as("turns 40 tomorrow").isEqualTo(39);
		assertThat(c.sidoCode()).isEqualTo("11");
		assertThat(c.sex()).isEqualTo("F");
		assertThat(c.qualifications()).containsExactly(QualificationKind.SINGLE_PARENT);
		assertThat(c.childAges()).as("18 today is no longer a minor; the deceased child is left out")
			.containsExactly(3);
		assertThat(c.householdSize()).isEqualTo(3);
		assertThat(c.raisingChildrenAlone()).isTrue();
		assertThat(c.receivedProgramCodes()).containsExactly("SINGLE_PARENT_CHILD_SUPPORT", "HOUSING_BENEFIT");
	}

	@Test
	void shouldTakeAPersonRegisteredByAnApplicationWithoutAHousehold() {
		PersonCircumstances alone = ProfileCircumstances
			.of(profile(LocalDate.of(1985, 9, 12), List.of(), List.of(), List.of()), TODAY);
		assertThat(alone.childAges()).isEmpty();
		assertThat(alone.raisingChildrenAlone()).isFalse();
		assertThat(alone.householdSize()).isOne();
	}

	@Test
	void shouldGiveChildrenOnlyToTheHeadOrSpouseAndSeeTheSpouse() {
		UUID father = UUID.randomUUID();
		UUID grandmother = UUID.randomUUID();
		List<Member> household = List.of(member(father, "HEAD", LocalDate.of(1985, 1, 1), "ALIVE"),
				member(MOTHER, "SPOUSE", LocalDate.of(1986, 3, 3), "ALIVE"),
				member(grandmother, "PARENT", LocalDate.of(1955, 1, 1), "ALIVE"),
				member(UUID.randomUUID(), "CHILD", LocalDate.of(2020, 5, 5), "ALIVE"));

		PersonCircumstances mother = ProfileCircumstances
			.of(profile(LocalDate.of(1986, 3, 3), household, List.of(), List.of()), TODAY);
		assertThat(mother.childAges()).containsExactly(5);
		assertThat(mother.raisingChildrenAlone()).isFalse();

		PersonProfile grandmothers = new PersonProfile(new PersonSummary(grandmother, "550101-2******", "이순자", "이*자",
				LocalDate.of(1955, 1, 1), "F", "1168064000", "ALIVE"), household, List.of(), List.of(), List.of(),
				List.of());
		assertThat(ProfileCircumstances.of(grandmothers, TODAY).childAges()).isEmpty();
	}

	private static PersonProfile profile(LocalDate born, List<Member> household, List<Qualification> qualifications,
			List<Benefit> benefits) {
		return new PersonProfile(
				new PersonSummary(MOTHER, "860303-2******", "김민지", "김*지", born, "F", "1168064000", "ALIVE"), household,
				qualifications, benefits, List.of(), List.of());
	}

	private static Member member(UUID id, String relationship, LocalDate born, String status) {
		return new Member(id, "김*지", relationship, born, "F", status);
	}

}
