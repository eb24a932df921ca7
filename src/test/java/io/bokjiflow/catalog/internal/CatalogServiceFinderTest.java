package io.bokjiflow.catalog.internal;

import java.util.List;
import java.util.Optional;

import io.bokjiflow.catalog.LifeStage;
import io.bokjiflow.catalog.PersonCircumstances;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ServiceFinding;
import io.bokjiflow.catalog.ServiceFinding.Reason;
import io.bokjiflow.catalog.ServiceFinding.Reason.Kind;
import io.bokjiflow.catalog.ServiceFinding.Suggestion;
import io.bokjiflow.catalog.Situation;
import io.bokjiflow.publicdata.QualificationKind;
import org.junit.jupiter.api.Test;

import static io.bokjiflow.publicdata.QualificationKind.BASIC_LIVELIHOOD;
import static io.bokjiflow.publicdata.QualificationKind.DISABILITY;
import static io.bokjiflow.publicdata.QualificationKind.NEAR_POOR;
import static io.bokjiflow.publicdata.QualificationKind.SINGLE_PARENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The missing-service finder against the real catalogue: life stages from ages (the
 * person's and their children's), situations from qualifications and the household,
 * received programs left out, the region, required situations, reasons and order.
 */
class CatalogServiceFinderTest {

	private static final YamlProgramCatalog CATALOG = new YamlProgramCatalog();

	private static final CatalogServiceFinder FINDER = new CatalogServiceFinder(CATALOG);

	private static final String SEOUL = "11";

	private static final String JEJU = "50";

	/**
	 * An elderly basic-livelihood recipient in Seoul who gets livelihood, medical and
	 * housing benefits.
	 */
	private static final PersonCircumstances ELDERLY_RECIPIENT = PersonCircumstances.of(72, SEOUL)
		.withQualifications(BASIC_LIVELIHOOD)
		.withReceived("LIVELIHOOD_BENEFIT", "MEDICAL_AID", "HOUSING_BENEFIT");

	@Test
	void shouldMapEveryQualificationToASituation() {
		assertThat(CatalogServiceFinder.situationOf(BASIC_LIVELIHOOD)).isEqualTo(Situation.LOW_INCOME);
		assertThat(CatalogServiceFinder.situationOf(NEAR_POOR)).isEqualTo(Situation.LOW_INCOME);
		assertThat(CatalogServiceFinder.situationOf(DISABILITY)).isEqualTo(Situation.DISABILITY);
		assertThat(CatalogServiceFinder.situationOf(QualificationKind.VETERAN)).isEqualTo(Situation.VETERAN);
		assertThat(CatalogServiceFinder.situationOf(SINGLE_PARENT)).isEqualTo(Situation.SINGLE_PARENT);
		assertThat(CatalogServiceFinder.situationOf(QualificationKind.MULTICULTURAL_FAMILY))
			.isEqualTo(Situation.MULTICULTURAL);
	}

	@Test
	void shouldSuggestTheBasicPensionToAnElderlyRecipientWithTheQualificationAndStageAsReason() {
		ServiceFinding found = FINDER.find(ELDERLY_RECIPIENT);

		assertThat(suggestion(found, "BASIC_PENSION")).get()
			.satisfies(s -> assertThat(s.reasons()).containsExactly(new Reason(Kind.QUALIFICATION, "BASIC_LIVELIHOOD"),
					new Reason(Kind.LIFE_STAGE, "OLD_AGE")))
			.satisfies(s -> assertThat(s.generic()).isFalse());
		assertThat(suggestion(found, "TRAVEL_VOUCHER")).get().satisfies(s -> {
			assertThat(s.applicable()).isTrue();
			assertThat(s.program().linked()).isTrue();
			assertThat(s.program().processKey()).isEqualTo("travel-voucher");
		});
		assertThat(codes(found)).as("not for old age").doesNotContain("PARENT_BENEFIT", "CHILD_ALLOWANCE");
		assertThat(found.suggestions())
			.allSatisfy(s -> assertThat(s.program().lifeStages()).contains(LifeStage.OLD_AGE));
	}

	@Test
	void shouldListWhatThePersonReceivesAndNotSuggestIt() {
		ServiceFinding found = FINDER.find(ELDERLY_RECIPIENT.withReceived("LIVELIHOOD_BENEFIT", "BASIC_PENSION",
				"LOCAL_WINTER_BONUS", "BASIC_PENSION"));

		assertThat(found.received()).extracting(ServiceFinding.Received::programCode)
			.containsExactly("LIVELIHOOD_BENEFIT", "BASIC_PENSION", "LOCAL_WINTER_BONUS");
		assertThat(found.received().get(0).name(java.util.Locale.KOREAN)).isEqualTo("생계급여");
		assertThat(found.received().get(1).name(java.util.Locale.ENGLISH)).isEqualTo("Basic pension");
		assertThat(found.received().get(2).program()).isNull();
		assertThat(found.received().get(2).name(java.util.Locale.KOREAN)).as("raw code")
			.isEqualTo("LOCAL_WINTER_BONUS");
		assertThat(codes(found)).doesNotContain("LIVELIHOOD_BENEFIT", "BASIC_PENSION").contains("MEDICAL_AID");
	}

	@Test
	void shouldSuggestOnlyProgramsForEverybodyToSomeoneWithoutQualifications() {
		ServiceFinding found = FINDER.find(PersonCircumstances.of(45, SEOUL));

		assertThat(found.suggestions()).isNotEmpty().allSatisfy(s -> {
			assertThat(s.generic()).isTrue();
			assertThat(s.program().situations()).isEmpty();
			assertThat(s.reasons()).containsExactly(new Reason(Kind.LIFE_STAGE, "MIDDLE_AGE"));
		});
	}

	@Test
	void shouldPutProgramsForThePersonsSituationsBeforeProgramsForEverybody() {
		List<Suggestion> suggestions = FINDER.find(ELDERLY_RECIPIENT).suggestions();

		int firstGeneric = suggestions
			.indexOf(suggestions.stream().filter(Suggestion::generic).findFirst().orElseThrow());
		assertThat(firstGeneric).isPositive();
		assertThat(suggestions.subList(0, firstGeneric)).noneMatch(Suggestion::generic)
			.allSatisfy(s -> assertThat(s.reasons().get(0).kind()).isEqualTo(Kind.QUALIFICATION));
		assertThat(suggestions.subList(firstGeneric, suggestions.size())).allMatch(Suggestion::generic);
	}

	@Test
	void shouldRankWhatCanBeAppliedForHereAndWhatIsSpecificToThePersonFirst() {
		List<String> codes = codes(FINDER.find(ELDERLY_RECIPIENT));

		assertThat(CATALOG.program(codes.get(0)).map(Program::processKey)).as("applicable here first").isPresent();
		assertThat(codes).contains("TRAVEL_VOUCHER");
		int firstNotApplicable = codes.indexOf(codes.stream()
			.filter(c -> CATALOG.program(c).map(Program::processKey).isEmpty())
			.findFirst()
			.orElseThrow());
		assertThat(codes.indexOf("BASIC_PENSION")).as("old age only, the first of what is applied for elsewhere")
			.isEqualTo(firstNotApplicable);
	}

	@Test
	void shouldNotSuggestWhatNeedsAFactTheFinderCannotKnow() {
		assertThat(codes(FINDER.find(ELDERLY_RECIPIENT)))
			.as("a crisis, an illness, work or homelessness is what these programs are for")
			.doesNotContain("EMERGENCY_LIVELIHOOD", "CANCER_PATIENT_MEDICAL", "EARNED_INCOME_TAX_CREDIT",
					"HOMELESS_SUPPORT", "NATIONAL_EMPLOYMENT_SUPPORT")
			.as("low income is enough for these")
			.contains("BASIC_PENSION", "ENERGY_VOUCHER", "PERMANENT_RENTAL");
	}

	@Test
	void shouldLeaveOutProgramsThatDoNotRunInThePersonsRegion() {
		Program greenbelt = CATALOG.program("GREENBELT_RESIDENT_SUPPORT").orElseThrow();
		assertThat(greenbelt.runsIn(JEJU)).isFalse();

		assertThat(codes(FINDER.find(ELDERLY_RECIPIENT))).contains("GREENBELT_RESIDENT_SUPPORT");
		ServiceFinding inJeju = FINDER.find(PersonCircumstances.of(72, JEJU).withQualifications(BASIC_LIVELIHOOD));
		assertThat(codes(inJeju)).doesNotContain("GREENBELT_RESIDENT_SUPPORT").contains("BASIC_PENSION");
		assertThat(inJeju.suggestions()).allSatisfy(s -> assertThat(s.program().runsIn(JEJU)).isTrue());
		ServiceFinding nowhere = FINDER.find(PersonCircumstances.of(72, null).withQualifications(BASIC_LIVELIHOOD));
		assertThat(nowhere.suggestions()).allSatisfy(s -> assertThat(s.program().nationwide()).isTrue());
	}

	@Test
	void shouldSuggestTheDisabilityPensionToDisabledPersonsOnly() {
		assertThat(codes(FINDER.find(PersonCircumstances.of(50, SEOUL).withQualifications(BASIC_LIVELIHOOD))))
			.as("low income alone is not enough for a program that requires a disability")
			.doesNotContain("DISABILITY_PENSION", "DISABILITY_ALLOWANCE", "VETERAN_LIVING_ADJUSTMENT")
			.contains("HEAT_FEE_REDUCTION");

		ServiceFinding disabled = FINDER.find(PersonCircumstances.of(50, SEOUL).withQualifications(DISABILITY));
		assertThat(suggestion(disabled, "DISABILITY_PENSION")).get()
			.extracting(Suggestion::reasons)
			.isEqualTo(
					List.of(new Reason(Kind.QUALIFICATION, "DISABILITY"), new Reason(Kind.LIFE_STAGE, "MIDDLE_AGE")));
		assertThat(codes(disabled)).as("the allowance also requires a low income")
			.doesNotContain("DISABILITY_ALLOWANCE")
			.contains("TOLL_DISCOUNT");

		ServiceFinding poorAndDisabled = FINDER
			.find(PersonCircumstances.of(50, SEOUL).withQualifications(DISABILITY, NEAR_POOR));
		assertThat(suggestion(poorAndDisabled, "DISABILITY_ALLOWANCE")).get()
			.extracting(Suggestion::reasons)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(Reason.class))
			.containsExactly(new Reason(Kind.QUALIFICATION, "NEAR_POOR"), new Reason(Kind.QUALIFICATION, "DISABILITY"),
					new Reason(Kind.LIFE_STAGE, "MIDDLE_AGE"));
		assertThat(poorAndDisabled.suggestions().get(0).reasons()).as("the best fit has two qualifications").hasSize(3);
	}

	@Test
	void shouldSuggestProgramsForTheChildrenAParentCaresFor() {
		ServiceFinding found = FINDER
			.find(PersonCircumstances.of(36, SEOUL).withQualifications(SINGLE_PARENT).withChildAges(3));

		assertThat(suggestion(found, "SINGLE_PARENT_CHILD_SUPPORT")).get()
			.extracting(Suggestion::reasons)
			.isEqualTo(List.of(new Reason(Kind.QUALIFICATION, "SINGLE_PARENT"),
					new Reason(Kind.CHILD_LIFE_STAGE, "INFANT")));
		assertThat(suggestion(found, "CHILD_ALLOWANCE")).get()
			.satisfies(s -> assertThat(s.generic()).isTrue())
			.extracting(Suggestion::reasons)
			.isEqualTo(List.of(new Reason(Kind.CHILD_LIFE_STAGE, "INFANT")));
		assertThat(codes(FINDER.find(PersonCircumstances.of(36, SEOUL).withQualifications(SINGLE_PARENT))))
			.as("without a child in the household")
			.doesNotContain("SINGLE_PARENT_CHILD_SUPPORT", "CHILD_ALLOWANCE");
		assertThat(codes(
				FINDER.find(PersonCircumstances.of(40, SEOUL).withQualifications(SINGLE_PARENT).withChildAges(15))))
			.as("programs that also serve young adults are the young person's own, not a parent's")
			.doesNotContain("TEEN_SINGLE_PARENT_SUPPORT", "OUT_OF_SCHOOL_YOUTH")
			.contains("SINGLE_PARENT_SCHOOL_SUPPLIES");
	}

	@Test
	void shouldNotTakeAParentsDisabilityForAChilds() {
		ServiceFinding found = FINDER
			.find(PersonCircumstances.of(40, SEOUL).withQualifications(DISABILITY, BASIC_LIVELIHOOD).withChildAges(9));

		assertThat(codes(found)).doesNotContain("DISABLED_CHILD_ALLOWANCE").contains("DISABILITY_ALLOWANCE");
		assertThat(suggestion(found, "EDUCATION_BENEFIT")).get()
			.extracting(Suggestion::reasons)
			.isEqualTo(List.of(new Reason(Kind.QUALIFICATION, "BASIC_LIVELIHOOD"),
					new Reason(Kind.CHILD_LIFE_STAGE, "CHILD_YOUTH")));
	}

	@Test
	void shouldReadSingleParenthoodManyChildrenAndABirthFromTheHousehold() {
		ServiceFinding alone = FINDER
			.find(PersonCircumstances.of(38, SEOUL).withChildAges(0, 7, 12).withRaisingChildrenAlone(true));

		assertThat(suggestion(alone, "SINGLE_PARENT_CHILD_SUPPORT")).get()
			.extracting(s -> s.reasons().get(0))
			.isEqualTo(new Reason(Kind.HOUSEHOLD, "SINGLE_PARENT"));
		assertThat(suggestion(alone, "LONG_TERM_JEONSE")).get()
			.extracting(s -> s.reasons().get(0))
			.isEqualTo(new Reason(Kind.HOUSEHOLD, "MULTI_CHILD"));
		assertThat(suggestion(alone, "PREGNANCY_MEDICAL_VOUCHER")).get()
			.extracting(Suggestion::reasons)
			.isEqualTo(List.of(new Reason(Kind.CHILD_LIFE_STAGE, "PREGNANCY_BIRTH")));
		assertThat(codes(FINDER.find(PersonCircumstances.of(38, SEOUL).withChildAges(7, 12))))
			.as("two children and a spouse at home")
			.doesNotContain("SINGLE_PARENT_CHILD_SUPPORT", "LONG_TERM_JEONSE", "PREGNANCY_MEDICAL_VOUCHER");
	}

	private static Optional<Suggestion> suggestion(ServiceFinding found, String code) {
		return found.suggestions().stream().filter(s -> s.program().code().equals(code)).findFirst();
	}

	private static List<String> codes(ServiceFinding found) {
		return found.suggestions().stream().map(s -> s.program().code()).toList();
	}

}
