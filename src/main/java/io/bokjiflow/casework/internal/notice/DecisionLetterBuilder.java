package io.bokjiflow.casework.internal.notice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.DecisionView;
import io.bokjiflow.casework.EvidenceView;
import io.bokjiflow.casework.internal.notice.DecisionLetter.Reason;
import io.bokjiflow.casework.internal.notice.DecisionLetter.ReasonKind;
import io.bokjiflow.casework.internal.notice.DecisionLetterTexts.Text;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.shared.ClockConfiguration;

/**
 * Builds the decision letter of a decided case from its case file, the program and the
 * deciding office, in the wording of {@link DecisionLetterTexts}. Pure: no database, no
 * clock — the letter's date is the day of the decision, so printing it again gives the
 * same letter.
 */
public final class DecisionLetterBuilder {

	/** {@link DecisionView#decidedBy()} of an automatic decision. */
	static final String SYSTEM = "system";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

	private final DecisionLetterTexts texts;

	private Locale locale = Locale.KOREAN;

	private ZoneId zone = ClockConfiguration.ZONE;

	private CaseFile caseFile;

	private Program program;

	private Organization sido;

	private Organization sigungu;

	private Organization communityCentre;

	private String address;

	private String explanation;

	/**
	 * A builder with the given wording.
	 * @param texts the wording
	 */
	public DecisionLetterBuilder(DecisionLetterTexts texts) {
		this.texts = texts;
	}

	/** The language: Korean (the letter) unless English is asked for. */
	public DecisionLetterBuilder locale(Locale locale) {
		this.locale = DecisionLetterTexts.english(locale) ? Locale.ENGLISH : Locale.KOREAN;
		return this;
	}

	/** The time zone of the decision's date (Korea unless a test says otherwise). */
	public DecisionLetterBuilder zone(ZoneId zone) {
		this.zone = zone;
		return this;
	}

	/** The case file; it must hold a decision. */
	public DecisionLetterBuilder caseFile(CaseFile caseFile) {
		this.caseFile = caseFile;
		return this;
	}

	/** The program applied for. */
	public DecisionLetterBuilder program(Program program) {
		this.program = program;
		return this;
	}

	/**
	 * The deciding office: the applicant's 시·군·구 and the 시·도 above it.
	 * @param sido the 시·도, or {@code null} when unknown
	 * @param sigungu the 시·군·구
	 * @return this builder
	 */
	public DecisionLetterBuilder office(Organization sido, Organization sigungu) {
		this.sido = sido;
		this.sigungu = sigungu;
		return this;
	}

	/** The applicant's 읍·면·동 community centre, if known. */
	public DecisionLetterBuilder communityCentre(Organization communityCentre) {
		this.communityCentre = communityCentre;
		return this;
	}

	/**
	 * The addressee's postal address, when known; without it the letter names the 시·도,
	 * 시·군·구 and 행정동 of the application.
	 */
	public DecisionLetterBuilder address(String address) {
		this.address = address;
		return this;
	}

	/**
	 * A further explanation of the eligibility result (e.g. the description of the rule
	 * that matched), printed among the reasons.
	 */
	public DecisionLetterBuilder explanation(String explanation) {
		this.explanation = explanation;
		return this;
	}

	/**
	 * The letter.
	 * @return the letter, every text resolved
	 * @throws IllegalStateException when the case is not decided or a part is missing
	 */
	public DecisionLetter build() {
		if (this.caseFile == null || this.program == null || this.sigungu == null) {
			throw new IllegalStateException("A decision letter needs the case file, the program and the office");
		}
		DecisionView decision = this.caseFile.decision()
			.orElseThrow(() -> new IllegalStateException("No decision letter before a decision"));
		var application = this.caseFile.application();
		LocalDate appliedOn = application.submittedAt().atZone(this.zone).toLocalDate();
		LocalDate decidedOn = decision.decidedAt().atZone(this.zone).toLocalDate();
		String datePattern = this.texts.dateFormat().in(this.locale);
		String programName = this.program.name(this.locale);
		String institution = institution();
		String head = fill(this.texts.office().head(), Map.of("institution", institution, "suffix", headSuffix()));

		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : DecisionLetterTexts.LABELS) {
			labels.put(key, this.texts.label(key).in(this.locale));
		}
		String title = fill(this.texts.label("title"), Map.of("program", programName));
		String introduction = fill(this.texts.label("intro"),
				Map.of("appliedOn", format(appliedOn, datePattern), "program", programName));
		String footer = fill(this.texts.label("footer"), Map.of("version", this.texts.version()));
		String addressee = fill(this.texts.label("addresseeName"), Map.of("name", application.applicantMasked()));
		String centre = this.communityCentre == null ? this.sigungu.name(this.locale)
				: this.communityCentre.name(this.locale);
		String contact = fill(this.texts.office().contact(), Map.of("centre", centre, "institution", institution));
		List<DecisionLetter.Right> rights = this.texts.rights()
			.stream()
			.map(r -> new DecisionLetter.Right(r.id(), r.heading().in(this.locale),
					fill(r.text(), Map.of("head", head))))
			.toList();
		boolean approved = decision.outcome() == ApplicationStatus.APPROVED;
		return new DecisionLetter(this.locale, this.texts.version(), datePattern, labels, title,
				application.applicationNo(), appliedOn, decidedOn, addressee,
				this.address != null && !this.address.isBlank() ? this.address.strip() : districtAddress(), programName,
				this.program.legalBasis(), decision.outcome(),
				this.texts.outcomes().get(decision.outcome()).in(this.locale), introduction,
				reasons(decision, approved, datePattern), approved ? this.program.benefit(this.locale) : null, rights,
				head, institution, contact, footer);
	}

	private List<Reason> reasons(DecisionView decision, boolean approved, String datePattern) {
		List<Reason> reasons = new ArrayList<>();
		String basis = SYSTEM.equals(decision.decidedBy()) ? DecisionLetterTexts.AUTOMATIC : DecisionLetterTexts.REVIEW;
		reasons.add(reason(ReasonKind.DECISION_BASIS, decision.reasonCode(),
				this.texts.decisionBasis().get(basis).in(this.locale)));
		if (decision.reasonText() != null && !decision.reasonText().isBlank()) {
			reasons.add(reason(ReasonKind.CASEWORKER, null, decision.reasonText().strip()));
		}
		String rule = decision.ruleReason() != null ? decision.ruleReason()
				: this.caseFile.eligibilityRule().orElse(null);
		boolean explained = this.explanation != null && !this.explanation.isBlank();
		Text worded = rule == null ? null : this.texts.rules().get(rule);
		if (rule != null) {
			// A rule without wording of its own is explained by its table's description.
			String ruleText = worded != null ? worded.in(this.locale) : explained ? this.explanation.strip()
					: this.texts.rules().get(DecisionLetterTexts.DEFAULT_RULE).in(this.locale);
			reasons.add(reason(ReasonKind.RULE, rule, ruleText));
		}
		if (explained && (rule == null || worded != null)) {
			reasons.add(reason(ReasonKind.EXPLANATION, null, this.explanation.strip()));
		}
		String eligibility = this.program.eligibility(this.locale);
		if (!approved && eligibility != null && !eligibility.isBlank()) {
			reasons.add(reason(ReasonKind.ELIGIBILITY, null, eligibility));
		}
		// One line per answering agency, with the last day it was asked: the letter names
		// the records, not whose they were (household members stay out of the letter).
		Map<String, LocalDate> sources = new LinkedHashMap<>();
		for (EvidenceView evidence : this.caseFile.evidence()) {
			sources.merge(evidence.source(), evidence.fetchedAt().atZone(this.zone).toLocalDate(),
					(a, b) -> a.isAfter(b) ? a : b);
		}
		sources.forEach((source, day) -> reasons.add(reason(ReasonKind.EVIDENCE, null,
				fill(this.texts.evidence(), Map.of("source", source, "date", format(day, datePattern))))));
		return reasons;
	}

	private Reason reason(ReasonKind kind, String code, String text) {
		String label = fill(this.texts.reasonLabels().get(kind.key()), Map.of("code", code == null ? "" : code));
		return new Reason(kind, code, label, text);
	}

	/** The deciding 시·군·구 with its 시·도, e.g. 서울특별시 강남구 / Gangnam-gu, Seoul. */
	private String institution() {
		String own = this.sigungu.name(this.locale);
		if (this.sido == null || own.startsWith(this.sido.name(this.locale))) {
			return own;
		}
		return DecisionLetterTexts.english(this.locale) ? own + ", " + this.sido.name(this.locale)
				: this.sido.name(this.locale) + " " + own;
	}

	/** 청장 for a 구, 장 for a 시, 수 for a 군 (the head's title follows the name). */
	private String headSuffix() {
		String name = this.sigungu.nameKo().strip();
		String last = name.substring(name.length() - 1);
		return this.texts.office().headSuffix().getOrDefault(last, "장");
	}

	private String districtAddress() {
		List<String> parts = new ArrayList<>();
		parts.add(institution());
		if (this.communityCentre != null) {
			parts.add(this.communityCentre.name(this.locale));
		}
		if (DecisionLetterTexts.english(this.locale)) {
			java.util.Collections.reverse(parts);
			return String.join(", ", parts);
		}
		return String.join(" ", parts);
	}

	private String format(LocalDate date, String pattern) {
		return java.time.format.DateTimeFormatter.ofPattern(pattern, this.locale).format(date);
	}

	private String fill(Text template, Map<String, String> values) {
		return fill(template.in(this.locale), values);
	}

	/**
	 * Fills the placeholders of a template. Values are inserted as they are and never
	 * read as templates; a placeholder without a value is an error of the texts.
	 */
	static String fill(String template, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			if (value == null) {
				throw new IllegalStateException(
						"Unknown placeholder {" + m.group(1) + "} in " + DecisionLetterTexts.RESOURCE);
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}

}
