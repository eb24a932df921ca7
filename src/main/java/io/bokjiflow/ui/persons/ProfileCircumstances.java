package io.bokjiflow.ui.persons;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.bokjiflow.catalog.PersonCircumstances;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.Relationship;

/**
 * Reads the service finder's circumstances from a person's profile in the integrated
 * eligibility DB: age and 시·도 of the address, the qualifications valid today, the minors
 * the person brings up (as head of the household or spouse), and the programs paid now.
 */
final class ProfileCircumstances {

	private static final Set<String> CARERS = Set.of(Relationship.HEAD.name(), Relationship.SPOUSE.name());

	private static final Set<String> MINORS = Set.of(Relationship.CHILD.name(), Relationship.GRANDCHILD.name());

	/**
	 * A suspended benefit is still the person's: it is paused while a change is checked.
	 */
	private static final Set<String> RECEIVING = Set.of(BenefitStatus.ACTIVE.name(), BenefitStatus.SUSPENDED.name());

	private ProfileCircumstances() {
	}

	static PersonCircumstances of(PersonProfile profile, LocalDate today) {
		var person = profile.person();
		int age = age(person.birthDate(), today);
		String code = person.adminDongCode();
		String sido = code == null || code.length() < 2 ? null : code.substring(0, 2);

		Set<QualificationKind> qualifications = EnumSet.noneOf(QualificationKind.class);
		profile.qualifications()
			.stream()
			.filter(q -> q.validOn(today))
			.forEach(q -> kind(q.kind()).ifPresent(qualifications::add));

		List<PersonProfile.Member> living = profile.household()
			.stream()
			.filter(m -> PersonStatus.ALIVE.name().equals(m.status()))
			.toList();
		String relationship = profile.household()
			.stream()
			.filter(m -> person.id().equals(m.personId()))
			.map(PersonProfile.Member::relationship)
			.findFirst()
			.orElse(null);
		// A person registered by an application has no household yet (no relationship).
		boolean carer = age >= 18 && relationship != null && CARERS.contains(relationship);
		List<Integer> childAges = !carer ? List.of()
				: living.stream()
					.filter(m -> !person.id().equals(m.personId()) && m.relationship() != null
							&& MINORS.contains(m.relationship()))
					.map(m -> age(m.birthDate(), today))
					.filter(a -> a < 18)
					.toList();
		boolean spouseAtHome = living.stream()
			.anyMatch(m -> !person.id().equals(m.personId()) && Relationship.SPOUSE.name().equals(m.relationship()));
		boolean alone = Relationship.HEAD.name().equals(relationship) && !childAges.isEmpty() && !spouseAtHome;

		List<String> received = profile.benefits()
			.stream()
			.filter(b -> RECEIVING.contains(b.status()))
			.map(PersonProfile.Benefit::programCode)
			.distinct()
			.toList();
		return new PersonCircumstances(age, person.sex(), sido, qualifications, childAges, Math.max(1, living.size()),
				alone, received);
	}

	static int age(LocalDate birthDate, LocalDate today) {
		return Math.max(0, Period.between(birthDate, today).getYears());
	}

	private static java.util.Optional<QualificationKind> kind(String name) {
		try {
			return java.util.Optional.of(QualificationKind.valueOf(name));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// A kind the finder does not know yet simply adds no situation.
			return java.util.Optional.empty();
		}
	}

}
