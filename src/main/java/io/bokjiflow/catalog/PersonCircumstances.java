package io.bokjiflow.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.bokjiflow.publicdata.QualificationKind;

/**
 * What the service finder knows of a person: the facts a caller takes from wherever it
 * holds them (the person view from the integrated eligibility DB), so that the catalogue
 * does not depend on the registry.
 *
 * @param age the age in full years (만 나이)
 * @param sex {@code M} or {@code F}, or {@code null}; not used yet, as the catalogue does
 * not say which programs are for one sex
 * @param sidoCode the two-digit 시·도 code of the address, or {@code null} if not known
 * (then only nation-wide programs fit)
 * @param qualifications the qualifications the person holds now
 * @param childAges the ages of the children under 18 the person lives with and cares for
 * (their own, grandchildren, …), for programs a parent applies for on a child's behalf
 * @param householdSize how many live in the household, the person included; not used yet
 * @param raisingChildrenAlone whether the person raises those children without a spouse
 * in the household (a single-parent or grandparent-grandchild household)
 * @param receivedProgramCodes the codes of the programs the person receives now,
 * catalogued or not
 */
public record PersonCircumstances(int age, String sex, String sidoCode, Set<QualificationKind> qualifications,
		List<Integer> childAges, int householdSize, boolean raisingChildrenAlone, List<String> receivedProgramCodes) {

	public PersonCircumstances {
		if (age < 0) {
			throw new IllegalArgumentException("age must not be negative");
		}
		qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
		childAges = childAges == null ? List.of() : List.copyOf(childAges);
		receivedProgramCodes = receivedProgramCodes == null ? List.of() : List.copyOf(receivedProgramCodes);
	}

	/**
	 * A person living alone, with no qualification and no benefit.
	 * @param age the age in full years
	 * @param sidoCode the 시·도 code of the address
	 * @return the circumstances
	 */
	public static PersonCircumstances of(int age, String sidoCode) {
		return new PersonCircumstances(age, null, sidoCode, Set.of(), List.of(), 1, false, List.of());
	}

	/** These circumstances with the qualifications held now. */
	public PersonCircumstances withQualifications(QualificationKind... kinds) {
		return new PersonCircumstances(this.age, this.sex, this.sidoCode, Set.of(kinds), this.childAges,
				this.householdSize, this.raisingChildrenAlone, this.receivedProgramCodes);
	}

	/** These circumstances with children of these ages in the household. */
	public PersonCircumstances withChildAges(Integer... ages) {
		return new PersonCircumstances(this.age, this.sex, this.sidoCode, this.qualifications, Arrays.asList(ages),
				this.householdSize, this.raisingChildrenAlone, this.receivedProgramCodes);
	}

	/** These circumstances with the person raising the children alone (or not). */
	public PersonCircumstances withRaisingChildrenAlone(boolean alone) {
		return new PersonCircumstances(this.age, this.sex, this.sidoCode, this.qualifications, this.childAges,
				this.householdSize, alone, this.receivedProgramCodes);
	}

	/** These circumstances with the programs received now. */
	public PersonCircumstances withReceived(String... programCodes) {
		return new PersonCircumstances(this.age, this.sex, this.sidoCode, this.qualifications, this.childAges,
				this.householdSize, this.raisingChildrenAlone, List.of(programCodes));
	}

}
