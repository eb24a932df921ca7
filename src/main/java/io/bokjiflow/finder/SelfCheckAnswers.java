package io.bokjiflow.finder;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.bokjiflow.shared.UserFacingException;

/**
 * The answers of the self-check questionnaire: no name, no resident number, no date of
 * birth — only what the rules need, income and assets in bands. Its {@link #toString()}
 * prints nothing typed, so that the answers cannot reach a log by accident.
 *
 * @param householdSize members of the household, the person included (1–12)
 * @param memberAges the age in full years (만 나이) of each member, the person answering
 * first; as many as {@code householdSize}
 * @param sigunguCode the 시·군·구 of the address (5 digits)
 * @param adminDongCode the 행정동 of the address (10 digits, in the 시·군·구), or {@code null}
 * when not given
 * @param income the household's monthly income before deductions
 * @param allEarned whether all of that income is earned income from work (근로소득), which
 * the recognised income deducts 30% from
 * @param assets the household's assets other than cars, after debts
 * @param homeOwner whether a member of the household owns a home (주택 소유)
 * @param vehicles the value of the household's cars
 * @param qualifications the qualifications the person holds now
 */
public record SelfCheckAnswers(int householdSize, List<Integer> memberAges, String sigunguCode, String adminDongCode,
		IncomeBand income, boolean allEarned, AssetBand assets, boolean homeOwner, VehicleBand vehicles,
		Set<SelfCheckQualification> qualifications) {

	/** The largest household the questionnaire takes. */
	public static final int MAX_HOUSEHOLD = 12;

	/** The highest age the questionnaire takes. */
	public static final int MAX_AGE = 120;

	/**
	 * Checks the answers.
	 * @throws UserFacingException {@code finder.error.householdSize},
	 * {@code finder.error.ages}, {@code finder.error.region} or
	 * {@code finder.error.bands}
	 */
	public SelfCheckAnswers {
		if (householdSize < 1 || householdSize > MAX_HOUSEHOLD) {
			throw new UserFacingException("finder.error.householdSize", MAX_HOUSEHOLD);
		}
		if (memberAges == null || memberAges.size() != householdSize
				|| memberAges.stream().anyMatch(a -> a == null || a < 0 || a > MAX_AGE)) {
			throw new UserFacingException("finder.error.ages", MAX_AGE);
		}
		if (sigunguCode == null || !sigunguCode.matches("[0-9]{5}") || (adminDongCode != null
				&& !(adminDongCode.matches("[0-9]{10}") && adminDongCode.startsWith(sigunguCode)))) {
			throw new UserFacingException("finder.error.region");
		}
		if (income == null || assets == null || vehicles == null) {
			throw new UserFacingException("finder.error.bands");
		}
		memberAges = List.copyOf(memberAges);
		qualifications = qualifications == null || qualifications.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(qualifications));
	}

	/** The age of the person answering. */
	public int applicantAge() {
		return this.memberAges.get(0);
	}

	/** The 시·도 of the address (the first two digits). */
	public String sidoCode() {
		return this.sigunguCode.substring(0, 2);
	}

	/** Whether the person holds a qualification of a kind, whatever its detail. */
	public boolean holds(io.bokjiflow.publicdata.QualificationKind kind) {
		return this.qualifications.stream().anyMatch(q -> q.kind() == kind);
	}

	/** Whether the person holds one of these qualifications. */
	public boolean holdsAny(SelfCheckQualification... any) {
		for (SelfCheckQualification q : any) {
			if (this.qualifications.contains(q)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return "SelfCheckAnswers[not shown]";
	}

}
