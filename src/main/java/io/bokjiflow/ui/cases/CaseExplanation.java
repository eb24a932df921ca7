package io.bokjiflow.ui.cases;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.RecognisedIncome;
import io.bokjiflow.ui.Fact;
import io.bokjiflow.ui.i18n.UiLocale;

/**
 * Why a case was decided as it was: the eligibility result with the rule and its
 * description, every fact the table read, the flags that stop an automatic decision, and
 * the recognised income with each line of its calculation. The ids are the task view's
 * ({@code eligibility-result}, {@code facts-read}, {@code case-flags},
 * {@code recognised-income}, {@code recognised-income-lines}).
 */
public class CaseExplanation extends Div {

	private final NumberFormat won = NumberFormat.getIntegerInstance(Locale.KOREA);

	/**
	 * The explanation of a case file.
	 * @param file the case file
	 */
	public CaseExplanation(CaseFile file) {
		addClassName("case-explanation");
		String rule = file.explanation()
			.map(x -> x.rule() + (x.description() == null ? "" : ": " + x.description()))
			.or(file::eligibilityRule)
			.orElse("-");
		String result = file.eligible()
			.map(ok -> getTranslation(ok ? "task.eligible.yes" : "task.eligible.no") + " — " + rule)
			.orElse("-");
		Fact resultFact = fact("task.eligibility", result);
		resultFact.setId("eligibility-result");
		add(resultFact);
		file.explanation().ifPresent(x -> {
			Div read = new Div();
			for (Map.Entry<String, Object> f : x.facts().entrySet()) {
				String label = x.labels().getOrDefault(f.getKey(), f.getKey());
				read.add(new Paragraph(UiLocale.pick(label, getLocale()) + ": " + value(f.getValue())));
			}
			Details facts = new Details(getTranslation("task.factsRead") + " (" + x.facts().size() + ")", read);
			facts.setId("facts-read");
			add(facts);
		});
		if (!file.flags().isEmpty()) {
			Fact flags = fact("task.flags",
					String.join(", ", file.flags().stream().map(f -> getTranslation("flag." + f)).toList()));
			flags.setId("case-flags");
			add(flags);
		}
		file.recognisedIncome().ifPresent(this::addRecognisedIncome);
	}

	private void addRecognisedIncome(RecognisedIncome ri) {
		Fact income = fact("task.recognisedIncome", getTranslation("task.recognisedIncome.value",
				this.won.format(ri.recognisedIncome()), this.won.format(ri.medianIncome())));
		income.setId("recognised-income");
		add(income);
		Div lines = new Div();
		lines.addClassName("income-lines");
		for (RecognisedIncome.Line line : ri.lines()) {
			lines.add(new Paragraph(getTranslation("ri." + line.code()) + ": " + this.won.format(line.amount())
					+ (line.formula() == null ? "" : " (" + line.formula() + ")")));
		}
		Details calculation = new Details(getTranslation("task.recognisedIncome.lines"), lines);
		calculation.setId("recognised-income-lines");
		add(calculation);
	}

	private String value(Object value) {
		if (value instanceof Boolean b) {
			return getTranslation(b ? "task.fact.yes" : "task.fact.no");
		}
		if (value instanceof Long || value instanceof Integer) {
			return this.won.format(value);
		}
		return String.valueOf(value);
	}

	private Fact fact(String labelKey, String value) {
		return new Fact(getTranslation(labelKey), value);
	}

}
