package io.bokjiflow.integrity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.integrity.DuplicateBenefitRules.Conflict;
import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;
import io.bokjiflow.integrity.DuplicateBenefitRules.Rule;
import io.bokjiflow.integrity.DuplicateBenefitRules.RuleSetVersion;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Relationship;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule set in the database and the conflict check over planted benefit records: a
 * person, a member of the person's household and a stranger, with ACTIVE and ENDED
 * records; publishing a version as an administrator and not as a caseworker.
 */
class DuplicateBenefitRulesIT extends IntegrationTest {

	@Autowired
	private DuplicateBenefitRules rules;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private Clock clock;

	private LocalDate today;

	private UUID person;

	private UUID member;

	private UUID stranger;

	/** The person's own ACTIVE 보훈 수업료 (pair 1 with 교육급여, pair 4 with 국가장학금). */
	private UUID personTuition;

	/** The member's ACTIVE 보훈 수업료: must not count for pair 1 (household false). */
	private UUID memberTuition;

	/** The member's ACTIVE 생계급여: counts for pair 16 (household true). */
	private UUID memberLivelihood;

	@BeforeEach
	void plant() {
		this.today = LocalDate.now(this.clock);
		this.person = UUID.randomUUID();
		this.member = UUID.randomUUID();
		this.stranger = UUID.randomUUID();
		this.personTuition = UUID.randomUUID();
		this.memberTuition = UUID.randomUUID();
		this.memberLivelihood = UUID.randomUUID();
		LocalDate from = this.today.minusMonths(6);
		String dong = "11680" + "8" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
		List<RegistryBulkLoad.BenefitRecord> own = List.of(
				benefit(this.personTuition, "VETERAN_TUITION", from, BenefitStatus.ACTIVE),
				// ENDED: pair 17 (긴급 생계 × 재해구호) must ignore it
				benefit(UUID.randomUUID(), "DISASTER_RELIEF", from, BenefitStatus.ENDED),
				// ACTIVE but ended yesterday: ignored as well
				new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), "MEDICAL_AID", "11680", from,
						this.today.minusDays(1), 10_000, BenefitStatus.ACTIVE, "test: over"));
		List<RegistryBulkLoad.BenefitRecord> members = List.of(
				benefit(this.memberTuition, "VETERAN_TUITION", from, BenefitStatus.ACTIVE),
				benefit(this.memberLivelihood, "LIVELIHOOD_BENEFIT", from, BenefitStatus.ACTIVE));
		List<RegistryBulkLoad.BenefitRecord> strangers = List.of(
				benefit(UUID.randomUUID(), "LIVELIHOOD_BENEFIT", from, BenefitStatus.ACTIVE),
				benefit(UUID.randomUUID(), "VETERAN_TUITION", from, BenefitStatus.ACTIVE));
		int base = ThreadLocalRandom.current().nextInt(90_000);
		List<RegistryBulkLoad.PersonRecord> persons = new ArrayList<>();
		persons.add(person(this.person, LocalDate.of(1980, 3, 4), base, dong, own));
		persons.add(person(this.member, LocalDate.of(1982, 5, 6), base + 1, dong, members));
		persons.add(person(this.stranger, LocalDate.of(1981, 7, 8), base + 2, dong, strangers));
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			persons.forEach(batch::add);
			batch.add(new RegistryBulkLoad.HouseholdRecord(UUID.randomUUID(), this.person, dong, "서울특별시 강남구",
					List.of(new RegistryBulkLoad.MemberRecord(this.person, Relationship.HEAD),
							new RegistryBulkLoad.MemberRecord(this.member, Relationship.SPOUSE))));
			this.bulkLoad.write(batch);
		});
	}

	@Test
	void shouldLoadTheFileAsVersionOneOnce() {
		assertThat(this.rules.versions().get(0).version()).isEqualTo(1);
		assertThat(this.rules.rules(1)).containsExactlyElementsOf(RuleFile.read());
		// a second start inserts nothing
		AopTarget.of(this.rules).loadFirstVersion();
		assertThat(this.rules.rules(1)).hasSize(31);
	}

	@Test
	void shouldFindTheOwnBlockingRecordButNotTheMembersWhereTheRuleIsNotHousehold() {
		List<Conflict> conflicts = this.rules.conflicts(this.person, "EDUCATION_BENEFIT", this.today);
		assertThat(conflicts).extracting(Conflict::benefitRecordId).containsExactly(this.personTuition);
		Conflict conflict = conflicts.get(0);
		assertThat(conflict.rule().number()).isEqualTo(1);
		assertThat(conflict.effect()).isEqualTo(Effect.BLOCK);
		assertThat(conflict.householdMember()).isFalse();
		assertThat(conflict.programCode()).isEqualTo("VETERAN_TUITION");
		// the member alone: the member's own record is found
		assertThat(this.rules.conflicts(this.member, "EDUCATION_BENEFIT", this.today))
			.extracting(Conflict::benefitRecordId)
			.containsExactly(this.memberTuition);
	}

	@Test
	void shouldCountBothDirectionsOfAPair() {
		// pair 4: 보훈 대학수업료 (A) × 국가장학금 (B); the person holds A and applies for B
		assertThat(this.rules.conflicts(this.person, "NATIONAL_SCHOLARSHIP", this.today))
			.extracting(c -> c.rule().number(), Conflict::benefitRecordId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, this.personTuition));
		// pair 16: 긴급 생계 (A) × 생계급여 (B) and pair 18: 보훈 생활조정수당 (A) × 생계급여 (B);
		// applying for an A program finds the member's B record
		assertThat(this.rules.conflicts(this.person, "VETERAN_LIVING_ADJUSTMENT", this.today))
			.extracting(c -> c.rule().number(), Conflict::effect)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(18, Effect.OFFSET_SHARE));
	}

	@Test
	void shouldFindAHouseholdMembersRecordWhereTheRuleSaysHouseholdAndIgnoreEndedOnes() {
		List<Conflict> conflicts = this.rules.conflicts(this.person, "EMERGENCY_LIVELIHOOD", this.today);
		// pair 16 through the member; pair 17's DISASTER_RELIEF record is ENDED; the
		// stranger's 생계급여 is not in the household
		assertThat(conflicts).extracting(c -> c.rule().number(), Conflict::benefitRecordId, Conflict::personId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(16, this.memberLivelihood, this.member));
		assertThat(conflicts.get(0).householdMember()).isTrue();
		assertThat(conflicts.get(0).effect()).isEqualTo(Effect.BLOCK);
		// pair 24 (긴급 의료 × 의료급여): the person's MEDICAL_AID record ended yesterday
		assertThat(this.rules.conflicts(this.person, "EMERGENCY_MEDICAL", this.today)).isEmpty();
		assertThat(this.rules.conflicts(this.person, "EMERGENCY_MEDICAL", this.today.minusDays(2))).hasSize(1);
	}

	@Test
	void shouldPublishAVersionAsAdministratorOnlyAndKeepVersionOne() {
		List<Rule> first = this.rules.rules(1);
		List<Rule> changed = first.stream()
			.map(r -> r.number() != 1 ? r
					: new Rule(1, r.programA(), r.programANameKo(), r.programB(), r.programBNameKo(), Effect.WARN, null,
							null, r.household(), r.reference(), r.source(), r.assumption()))
			.toList();

		assertThatThrownBy(() -> as("cw.gangnam", () -> this.rules.publish(changed, "test: caseworker")))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("integrity.error.administratorOnly");
		assertThatThrownBy(() -> as("admin", () -> this.rules.publish(List.of(first.get(0), first.get(0)), "dup")))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("integrity.error.invalidRules");

		int before = this.rules.currentVersion().version();
		try {
			RuleSetVersion published = as("admin", () -> this.rules.publish(changed, "test: pair 1 only warns"));
			assertThat(published.version()).isEqualTo(before + 1);
			assertThat(published.publishedBy()).isEqualTo("admin");
			assertThat(this.rules.currentVersion()).isEqualTo(published);
			assertThat(this.rules.rules()).containsExactlyElementsOf(changed);
			assertThat(this.rules.conflicts(this.person, "EDUCATION_BENEFIT", this.today)).extracting(Conflict::effect)
				.containsExactly(Effect.WARN);
			// version 1 is kept as it was
			assertThat(this.rules.rules(1)).containsExactlyElementsOf(first);
			assertThat(this.rules.versions()).extracting(RuleSetVersion::version).contains(1, published.version());
		}
		finally {
			// other tests of this shared database expect the file's rules to be current
			as("admin", () -> this.rules.publish(first, "test: restore the file's rules"));
		}
		assertThat(this.rules.conflicts(this.person, "EDUCATION_BENEFIT", this.today)).extracting(Conflict::effect)
			.containsExactly(Effect.BLOCK);
	}

	private static RegistryBulkLoad.BenefitRecord benefit(UUID id, String program, LocalDate from,
			BenefitStatus status) {
		return new RegistryBulkLoad.BenefitRecord(id, program, "11680", from, null, 100_000, status,
				"test: DuplicateBenefitRulesIT");
	}

	private static RegistryBulkLoad.PersonRecord person(UUID id, LocalDate born, int serial, String dong,
			List<RegistryBulkLoad.BenefitRecord> benefits) {
		return new RegistryBulkLoad.PersonRecord(id, rrn(born, serial), "중복" + serial, born, "F", "서울특별시 강남구", dong,
				LocalDate.of(2010, 1, 1), PersonStatus.ALIVE, List.of(), benefits, List.of(), List.of());
	}

	/** A valid legacy resident number (check digit) of a woman born in the 1900s. */
	private static Rrn rrn(LocalDate born, int serial) {
		String front = "%02d%02d%02d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth()) + "2"
				+ "%05d".formatted(serial % 100_000);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return Rrn.parse(front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10);
	}

	/** The service behind its transaction proxy, to call the start-up load again. */
	private static final class AopTarget {

		static JdbcDuplicateBenefitRules of(DuplicateBenefitRules proxy) {
			return org.springframework.test.util.AopTestUtils.getTargetObject(proxy);
		}

	}

}
