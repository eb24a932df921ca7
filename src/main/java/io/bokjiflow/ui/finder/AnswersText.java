package io.bokjiflow.ui.finder;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.bokjiflow.finder.SelfCheckAnswers;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Organization;

/**
 * Self-check answers as short lines of text, for the citizen's printed summary and the
 * caseworker who takes the hand-off over.
 */
public final class AnswersText {

	private AnswersText() {
	}

	/**
	 * The answers, one line per question.
	 * @param a the answers
	 * @param identity for the region's names
	 * @param locale the language
	 * @param t the translation function (key, arguments)
	 * @return the lines
	 */
	public static List<String> lines(SelfCheckAnswers a, Identity identity, Locale locale,
			BiFunction<String, Object[], String> t) {
		List<String> lines = new ArrayList<>();
		String district = identity.organization(a.sigunguCode()).map(o -> o.name(locale)).orElse(a.sigunguCode());
		String sido = identity.organization(a.sidoCode()).map(o -> o.name(locale)).orElse(a.sidoCode());
		String dong = a.adminDongCode() == null ? ""
				: " " + identity.organization(a.adminDongCode()).map(Organization::nameKo).orElse(a.adminDongCode());
		lines.add(t.apply("finder.answers.region", new Object[] { sido + " " + district + dong }));
		lines.add(t.apply("finder.answers.household", new Object[] { a.householdSize(),
				a.memberAges().stream().map(String::valueOf).collect(Collectors.joining(", ")) }));
		lines.add(t.apply("finder.answers.income", new Object[] { t.apply("finder.income." + a.income().name(), null),
				a.allEarned() ? t.apply("finder.answers.allEarned", null) : "" }));
		lines.add(t.apply("finder.answers.assets", new Object[] { t.apply("finder.asset." + a.assets().name(), null),
				a.homeOwner() ? t.apply("finder.answers.homeOwner", null) : t.apply("finder.answers.noHome", null) }));
		lines.add(t.apply("finder.answers.vehicles",
				new Object[] { t.apply("finder.vehicle." + a.vehicles().name(), null) }));
		String qualifications = a.qualifications().isEmpty() ? t.apply("finder.answers.none", null)
				: a.qualifications()
					.stream()
					.sorted()
					.map(q -> t.apply("finder.qual." + q.name(), null))
					.collect(Collectors.joining(", "));
		lines.add(t.apply("finder.answers.qualifications", new Object[] { qualifications }));
		return lines;
	}

	/** An amount in won with thousands separators. */
	static String won(long amount) {
		return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
	}

}
