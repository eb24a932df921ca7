package io.bokjiflow.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.Ministry;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.Region;

/**
 * The rules the catalogue data must keep; every broken rule is reported at once so a data
 * editor fixes a file in one go.
 */
final class CatalogValidator {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,3}");

	private static final Pattern SIDO = Pattern.compile("\\d{2}");

	/**
	 * Local programs' codes, e.g. {@code L11680-LONGEVITY}: never an UPPER_SNAKE code.
	 */
	private static final Pattern LOCAL_CODE = Pattern.compile("L\\d{5}(-[A-Z0-9]+)+");

	/** Local programs' application prefixes: {@code OM} and a number. */
	private static final Pattern LOCAL_PREFIX = Pattern.compile("OM\\d{1,4}");

	private CatalogValidator() {
	}

	static void validate(List<Ministry> ministries, List<Region> regions, List<Program> programs) {
		List<String> errors = new ArrayList<>();
		Map<String, Ministry> ministryById = new HashMap<>();
		for (Ministry m : ministries) {
			if (blank(m.id()) || blank(m.nameKo()) || blank(m.nameEn())) {
				errors.add("ministry " + m.id() + ": id, nameKo and nameEn are required");
			}
			if (ministryById.put(m.id(), m) != null) {
				errors.add("ministry " + m.id() + ": duplicate id");
			}
			if (m.sources().isEmpty()) {
				errors.add("ministry " + m.id() + ": no source");
			}
			if (m.code() == null && m.assumptions().isEmpty()) {
				errors.add("ministry " + m.id() + ": an unknown code must be stated as an assumption");
			}
		}
		for (Ministry m : ministries) {
			if (m.successor() != null && !ministryById.containsKey(m.successor())) {
				errors.add("ministry " + m.id() + ": unknown successor " + m.successor());
			}
		}
		Set<String> sidoCodes = new HashSet<>();
		for (Region r : regions) {
			if (r.code() == null || !SIDO.matcher(r.code()).matches() || !sidoCodes.add(r.code())) {
				errors.add("region " + r.code() + ": not a unique two-digit 시·도 code");
			}
		}
		Set<String> codes = new HashSet<>();
		Set<String> prefixes = new HashSet<>();
		for (Program p : programs) {
			String at = "program " + p.code() + ": ";
			if (p.code() == null || !CODE.matcher(p.code()).matches()) {
				errors.add(at + "code must be UPPER_SNAKE");
			}
			else if (!codes.add(p.code())) {
				errors.add(at + "duplicate code");
			}
			require(errors, at, "nameKo", p.nameKo());
			require(errors, at, "nameEn", p.nameEn());
			require(errors, at, "benefitKo", p.benefitKo());
			require(errors, at, "benefitEn", p.benefitEn());
			require(errors, at, "eligibilityKo", p.eligibilityKo());
			require(errors, at, "eligibilityEn", p.eligibilityEn());
			require(errors, at, "applyKo", p.applyKo());
			require(errors, at, "applyEn", p.applyEn());
			if (!ministryById.containsKey(p.ministry())) {
				errors.add(at + "unknown ministry " + p.ministry());
			}
			if (p.benefitKind() == null) {
				errors.add(at + "benefitKind is required");
			}
			if (p.lifeStages().isEmpty()) {
				errors.add(at + "at least one life stage is required (all six for any age)");
			}
			if (!p.situations().containsAll(p.requiredSituations())) {
				errors.add(at + "requiredSituations must be some of the program's situations");
			}
			if (p.applyAt().isEmpty()) {
				errors.add(at + "applyAt is required");
			}
			if (p.sources().isEmpty()) {
				errors.add(at + "at least one source is required");
			}
			if ((p.remarkKo() == null) != (p.remarkEn() == null)) {
				errors.add(at + "remarkKo and remarkEn go together");
			}
			checkRegions(errors, at, p.regions(), sidoCodes);
			if (p.applicationPrefix() != null) {
				if (!PREFIX.matcher(p.applicationPrefix()).matches()) {
					errors.add(at + "applicationPrefix must be 2-3 capital letters");
				}
				else if (!prefixes.add(p.applicationPrefix())) {
					errors.add(at + "duplicate applicationPrefix " + p.applicationPrefix());
				}
			}
			if (p.processKey() != null && p.applicationPrefix() == null) {
				errors.add(at + "a program with a process needs an applicationPrefix");
			}
			if (p.linked()) {
				checkLinked(errors, at, p, ministryById);
			}
			else if (p.investigation() != null || p.ministry2012() != null) {
				errors.add(at + "investigation and ministry2012 describe linked programs only");
			}
		}
		if (!errors.isEmpty()) {
			throw new IllegalStateException("The program catalogue data is invalid:\n  " + String.join("\n  ", errors));
		}
	}

	/**
	 * The rules a local program (from a {@link io.bokjiflow.catalog.LocalProgramSource})
	 * must keep; a kept one's code and prefix are added to the sets.
	 * @param p the program
	 * @param ministries the known ministry ids
	 * @param sidoCodes the known 시·도 codes
	 * @param codes the codes taken so far
	 * @param prefixes the application prefixes taken so far
	 * @return the broken rules, empty when it is kept
	 */
	static List<String> checkLocal(Program p, Set<String> ministries, Set<String> sidoCodes, Set<String> codes,
			Set<String> prefixes) {
		List<String> errors = new ArrayList<>();
		String at = "local program " + p.code() + ": ";
		if (p.code() == null || !LOCAL_CODE.matcher(p.code()).matches()) {
			errors.add(at + "code must look like L11680-NAME");
		}
		else if (codes.contains(p.code())) {
			errors.add(at + "duplicate code");
		}
		require(errors, at, "nameKo", p.nameKo());
		require(errors, at, "nameEn", p.nameEn());
		require(errors, at, "legalBasis", p.legalBasis());
		if (!ministries.contains(p.ministry())) {
			errors.add(at + "unknown ministry " + p.ministry());
		}
		if (p.benefitKind() == null || p.lifeStages().isEmpty()) {
			errors.add(at + "benefitKind and life stages are required");
		}
		if (p.processKey() != null && p.applyAt().isEmpty()) {
			errors.add(at + "a program with a process needs applyAt");
		}
		if (p.linked() || p.investigation() != null || p.ministry2012() != null) {
			errors.add(at + "a local program is not linked");
		}
		if (p.sources().isEmpty() && p.assumptions().isEmpty()) {
			errors.add(at + "a source or an assumption is required");
		}
		if (p.regions().contains(Region.ALL)) {
			errors.add(at + "a local program runs in its 시·도 only");
		}
		checkRegions(errors, at, p.regions(), sidoCodes);
		if (p.applicationPrefix() != null) {
			if (!LOCAL_PREFIX.matcher(p.applicationPrefix()).matches()) {
				errors.add(at + "applicationPrefix must be OM and a number");
			}
			else if (prefixes.contains(p.applicationPrefix())) {
				errors.add(at + "duplicate applicationPrefix " + p.applicationPrefix());
			}
		}
		if (p.processKey() != null && (p.applicationPrefix() == null || p.decisionDeadlineDays() == null
				|| p.decisionDeadlineDays() <= 0)) {
			errors.add(at + "a program with a process needs an applicationPrefix and a positive decisionDeadlineDays");
		}
		if (errors.isEmpty()) {
			codes.add(p.code());
			if (p.applicationPrefix() != null) {
				prefixes.add(p.applicationPrefix());
			}
		}
		return errors;
	}

	private static void checkLinked(List<String> errors, String at, Program p, Map<String, Ministry> ministries) {
		if (p.investigation() == null) {
			errors.add(at + "a linked program needs investigation (DATA_ONLY or INCOME_ASSET)");
		}
		if (!ministries.containsKey(p.ministry2012())) {
			errors.add(at + "a linked program needs its 2012 ministry (ministry2012)");
		}
		require(errors, at, "legalBasis", p.legalBasis());
		if (p.applicationPrefix() == null) {
			errors.add(at + "a linked program needs an applicationPrefix");
		}
		if (p.decisionDeadlineDays() == null || p.decisionDeadlineDays() <= 0) {
			errors.add(at + "a linked program needs a positive decisionDeadlineDays");
		}
		if (p.publicData().isEmpty()) {
			errors.add(at + "a linked program names the public data it needs");
		}
		if (p.documentsBefore().isEmpty() || p.documentsNow().isEmpty()) {
			errors.add(at + "a linked program lists documents before and now");
		}
		boolean pays = p.benefitKind() == BenefitKind.CASH || p.benefitKind() == BenefitKind.VOUCHER;
		if (pays != (p.paymentWon() != null) || (p.paymentWon() != null && p.paymentWon() <= 0)) {
			errors.add(at + "a linked program paying cash or vouchers (and only such) needs a positive paymentWon");
		}
	}

	private static void checkRegions(List<String> errors, String at, List<String> regions, Set<String> sidoCodes) {
		if (regions.isEmpty()) {
			errors.add(at + "regions must be ALL or 시·도 codes");
		}
		else if (regions.contains(Region.ALL)) {
			if (regions.size() > 1) {
				errors.add(at + "regions ALL stands alone");
			}
		}
		else {
			regions.stream().filter(r -> !sidoCodes.contains(r)).forEach(r -> errors.add(at + "unknown 시·도 code " + r));
		}
	}

	private static void require(List<String> errors, String at, String field, String value) {
		if (blank(value)) {
			errors.add(at + field + " is required");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
