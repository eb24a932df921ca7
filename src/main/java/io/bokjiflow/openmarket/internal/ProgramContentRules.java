package io.bokjiflow.openmarket.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.CriteriaValidation;
import io.bokjiflow.openmarket.ProgramVersion.PaymentMethod;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.shared.UserFacingException;

import org.springframework.stereotype.Component;

/**
 * The rules a program's content must keep before it is saved: what a local official can
 * get wrong is refused with a message key ({@code om.program.error.*}), one at a time, in
 * the order of the form.
 */
@Component
class ProgramContentRules {

	/**
	 * A program's code: {@code L}, its 시·군·구 code, a dash and a name, e.g.
	 * L11680-LONGEVITY.
	 */
	static final Pattern CODE = Pattern.compile("L\\d{5}(-[A-Z0-9]+)+");

	private static final int MAX_TEXT = 2000;

	/**
	 * The largest amount one payment (or the goods of one delivery) may name: 10억 원.
	 * assumption — no local program found pays more at once; the bound keeps typing
	 * errors (an extra zero run) and arithmetic overflow (amount × recipients) out.
	 */
	static final long MAX_AMOUNT_WON = 1_000_000_000L;

	/** The largest budget a program may name: 1조 원 (assumption, as above). */
	static final long MAX_BUDGET_WON = 1_000_000_000_000L;

	private final ProgramCatalog catalog;

	private final Identity identity;

	ProgramContentRules(ProgramCatalog catalog, Identity identity) {
		this.catalog = catalog;
		this.identity = identity;
	}

	/**
	 * Checks a new program's code.
	 * @param code the code
	 * @param sigunguCode the 시·군·구 of its content
	 */
	void checkCode(String code, String sigunguCode) {
		if (code == null || code.length() > 40 || !CODE.matcher(code).matches()
				|| !code.startsWith("L" + sigunguCode + "-")) {
			throw new UserFacingException("om.program.error.code", "L" + sigunguCode + "-NAME");
		}
	}

	/**
	 * Checks content.
	 * @param c the content
	 * @throws UserFacingException on the first broken rule
	 */
	void check(ProgramContent c) {
		if (c == null || c.taskType() == null) {
			throw new UserFacingException("om.program.error.taskType");
		}
		if (c.sigunguCode() == null
				|| this.identity.organization(c.sigunguCode()).filter(o -> o.level() == OrgLevel.SIGUNGU).isEmpty()) {
			throw new UserFacingException("om.program.error.sigungu");
		}
		if (blankOrLong(c.nameKo(), 200) || blankOrLong(c.nameEn(), 200)) {
			throw new UserFacingException("om.program.error.name");
		}
		if (blankOrLong(c.summaryKo(), MAX_TEXT) || (c.summaryEn() != null && c.summaryEn().length() > MAX_TEXT)) {
			throw new UserFacingException("om.program.error.summary");
		}
		if (blankOrLong(c.legalBasis(), 500)) {
			throw new UserFacingException("om.program.error.legalBasis");
		}
		TaskType type = c.taskType();
		boolean cash = type.benefit() == TaskType.Benefit.CASH;
		if (c.amountWon() < 0 || (cash && c.amountWon() <= 0)) {
			throw new UserFacingException("om.program.error.amount");
		}
		if (c.amountWon() > MAX_AMOUNT_WON) {
			throw new UserFacingException("om.program.error.amountTooLarge", MAX_AMOUNT_WON);
		}
		if (blankOrLong(c.schedule(), 200)) {
			throw new UserFacingException("om.program.error.schedule");
		}
		if (c.budgetWon() != null && c.budgetWon() <= 0) {
			throw new UserFacingException("om.program.error.budget");
		}
		if (c.budgetWon() != null && c.budgetWon() > MAX_BUDGET_WON) {
			throw new UserFacingException("om.program.error.budgetTooLarge", MAX_BUDGET_WON);
		}
		checkPaymentMethods(c, cash);
		checkNationalProgram(c);
		checkForm(c);
		if (type.application() && (c.decisionDeadlineDays() <= 0 || c.decisionDeadlineDays() > 365)) {
			throw new UserFacingException("om.program.error.deadline");
		}
		if (c.seizureProtectedAllowed() && !cash) {
			throw new UserFacingException("om.program.error.seizureProtected");
		}
		checkCriteria(c.criteria());
	}

	private static void checkPaymentMethods(ProgramContent c, boolean cash) {
		Set<PaymentMethod> methods = c.paymentMethods().isEmpty() ? EnumSet.noneOf(PaymentMethod.class)
				: EnumSet.copyOf(c.paymentMethods());
		boolean ok = cash ? !methods.isEmpty() && !methods.contains(PaymentMethod.NON_CASH)
				: methods.equals(EnumSet.of(PaymentMethod.NON_CASH));
		if (!ok) {
			throw new UserFacingException("om.program.error.paymentMethods");
		}
	}

	private void checkNationalProgram(ProgramContent c) {
		if (c.taskType() == TaskType.NATIONAL_TOP_UP) {
			boolean central = c.nationalProgramCode() != null && this.catalog.program(c.nationalProgramCode())
				.filter(p -> !io.bokjiflow.catalog.LocalProgramSource.MINISTRY.equals(p.ministry()))
				.isPresent();
			if (!central) {
				throw new UserFacingException("om.program.error.nationalProgram");
			}
		}
		else if (c.nationalProgramCode() != null) {
			throw new UserFacingException("om.program.error.nationalProgramNotAllowed");
		}
	}

	private static void checkForm(ProgramContent c) {
		boolean hasForm = c.applicationFormJson() != null && !c.applicationFormJson().isBlank();
		if (!c.taskType().application()) {
			if (hasForm) {
				throw new UserFacingException("om.program.error.formNotAllowed");
			}
			return;
		}
		if (!hasForm) {
			throw new UserFacingException("om.program.error.formMissing");
		}
		CamundaForm form;
		try {
			form = CamundaForm.parse(c.applicationFormJson());
		}
		catch (IllegalArgumentException ex) {
			throw new UserFacingException("om.program.error.form", ex.getMessage());
		}
		if (form.keyedFields().stream().noneMatch(CamundaForm.Field::input)) {
			throw new UserFacingException("om.program.error.form", "no application item");
		}
	}

	/**
	 * The rules of criteria ({@link CriteriaValidation}).
	 * @param k the criteria
	 */
	static void checkCriteria(Criteria k) {
		CriteriaValidation.validate(k);
	}

	private static boolean outside(Integer value, int min, int max) {
		return value != null && (value < min || value > max);
	}

	private static boolean blankOrLong(String s, int max) {
		return s == null || s.isBlank() || s.length() > max;
	}

}
