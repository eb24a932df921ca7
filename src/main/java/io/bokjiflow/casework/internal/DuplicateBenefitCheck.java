package io.bokjiflow.casework.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.bokjiflow.casework.DuplicateConflict;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.integrity.DuplicateBenefitRules.Conflict;
import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;

import org.springframework.stereotype.Component;

/**
 * The decision-time duplicate-benefit check (중복 수급 확인) of one applicant and program: the
 * integrity module's conflicts, named for the review, and the offset they make.
 */
@Component
class DuplicateBenefitCheck {

	private final DuplicateBenefitRules rules;

	private final ProgramCatalog catalog;

	DuplicateBenefitCheck(DuplicateBenefitRules rules, ProgramCatalog catalog) {
		this.rules = rules;
		this.catalog = catalog;
	}

	/**
	 * The conflicts of a person applying for a program on a day.
	 * @param personId the applicant
	 * @param programCode the program applied for
	 * @param on the day
	 * @return the result, {@link Result#NONE} when nothing conflicts
	 */
	Result check(UUID personId, String programCode, LocalDate on) {
		List<Conflict> conflicts = this.rules.conflicts(personId, programCode, on);
		if (conflicts.isEmpty()) {
			return Result.NONE;
		}
		long offsetWon = 0;
		int offsetPercent = 0;
		// a rule offsets once, however many records (household members) it matches
		Set<Integer> counted = new HashSet<>();
		for (Conflict c : conflicts) {
			if (!counted.add(c.rule().number())) {
				continue;
			}
			if (c.effect() == Effect.OFFSET_AMOUNT) {
				offsetWon += c.rule().amountWon();
			}
			else if (c.effect() == Effect.OFFSET_SHARE) {
				offsetPercent += c.rule().percent();
			}
		}
		return new Result(conflicts.stream().map(this::line).toList(), offsetWon, Math.min(100, offsetPercent));
	}

	private DuplicateConflict line(Conflict c) {
		DuplicateBenefitRules.Rule rule = c.rule();
		Program program = this.catalog.program(c.programCode()).orElse(null);
		String nameKo;
		String nameEn = null;
		if (program != null) {
			nameKo = program.nameKo();
			nameEn = program.nameEn();
		}
		else {
			String ruleName = rule.programA().equals(c.programCode()) ? rule.programANameKo() : rule.programBNameKo();
			nameKo = ruleName != null ? ruleName : c.programCode();
		}
		return new DuplicateConflict(rule.number(), rule.effect().name(), c.programCode(), nameKo, nameEn,
				c.householdMember(), c.agencyCode(), c.periodFrom(), c.periodTo(), rule.amountWon(), rule.percent(),
				rule.reference());
	}

	/**
	 * What the check found.
	 *
	 * @param conflicts the conflicts, ordered by rule number
	 * @param offsetWon the fixed monthly offset (OFFSET_AMOUNT rules, each once)
	 * @param offsetPercent the offset share (OFFSET_SHARE rules, each once, at most 100)
	 */
	record Result(List<DuplicateConflict> conflicts, long offsetWon, int offsetPercent) {

		static final Result NONE = new Result(List.of(), 0, 0);

		Result {
			conflicts = List.copyOf(conflicts);
		}

		/** Whether anything conflicts: the case is reviewed. */
		boolean any() {
			return !this.conflicts.isEmpty();
		}

		/** Whether a conflict blocks: an approval needs a supervisor. */
		boolean blocking() {
			return this.conflicts.stream().anyMatch(DuplicateConflict::blocking);
		}

		/**
		 * The short text the process keeps, e.g.
		 * {@code 30:OFFSET_SHARE:ENERGY_VOUCHER:household;31:WARN:CULTURE_VOUCHER:own}.
		 */
		String summary() {
			return this.conflicts.stream()
				.map(c -> c.rule() + ":" + c.effect() + ":" + c.programCode() + ":"
						+ (c.householdMember() ? "household" : "own"))
				.collect(Collectors.joining(";"));
		}

		/**
		 * What the offsets take off an amount: the fixed offset plus the share, never
		 * more than the amount.
		 * @param amountWon the amount before the offset
		 * @return the offset
		 */
		long offsetOf(long amountWon) {
			long offset = this.offsetWon + amountWon * this.offsetPercent / 100;
			return Math.min(amountWon, offset);
		}

	}

}
