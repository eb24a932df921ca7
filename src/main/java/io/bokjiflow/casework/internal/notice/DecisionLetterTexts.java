package io.bokjiflow.casework.internal.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bokjiflow.casework.ApplicationStatus;

/**
 * The wording of decision letters in Korean and English, with the sources and assumptions
 * of its legal statements, read from {@value #RESOURCE}.
 *
 * @param version printed in the letter's footer, changed with every change of wording
 * @param dateFormat date patterns by language
 * @param labels headings, field labels, the title, introduction and footer
 * @param outcomes the decision as stated, by outcome
 * @param decisionBasis how the decision was made: {@code automatic} or {@code review}
 * @param reasonLabels labels of the reason lines, by {@link DecisionLetter.ReasonKind}
 * key
 * @param rules the eligibility rules in plain words, by rule code, plus {@code default}
 * @param evidence how a piece of public data checked is cited
 * @param office the title of the deciding office's head and the contact line
 * @param rights the addressee's rights (objection, appeal, court action), in order
 */
public record DecisionLetterTexts(String version, Text dateFormat, Map<String, Text> labels,
		Map<ApplicationStatus, Text> outcomes, Map<String, Text> decisionBasis, Map<String, Text> reasonLabels,
		Map<String, Text> rules, Text evidence, Office office, List<Right> rights) {

	/** Where the texts live on the classpath. */
	public static final String RESOURCE = "casework/decision-letter.yml";

	static final List<String> LABELS = List.of("title", "addressee", "addresseeName", "address", "applicationNo",
			"appliedOn", "program", "legalBasis", "decidedOn", "decision", "reasons", "benefit", "rights", "contact",
			"intro", "footer");

	static final String AUTOMATIC = "automatic";

	static final String REVIEW = "review";

	static final String DEFAULT_RULE = "default";

	/**
	 * A text in both languages.
	 *
	 * @param ko Korean, the letter's language
	 * @param en English, a courtesy translation
	 */
	public record Text(String ko, String en) {

		/** The text in a language (Korean unless English is asked for). */
		public String in(Locale locale) {
			return english(locale) ? this.en : this.ko;
		}

		boolean complete() {
			return this.ko != null && !this.ko.isBlank() && this.en != null && !this.en.isBlank();
		}

	}

	/**
	 * The deciding office.
	 *
	 * @param headSuffix the head's title by the last syllable of the 시·군·구 name
	 * @param head the head as the letter names them
	 * @param contact where to ask
	 */
	public record Office(Map<String, String> headSuffix, Text head, Text contact) {
	}

	/**
	 * A right of the addressee.
	 *
	 * @param id stable id, e.g. {@code objection}
	 * @param heading the heading
	 * @param text what the letter says
	 * @param sources where the statement comes from (FACTS.md)
	 * @param assumptions what no source confirmed
	 */
	public record Right(String id, Text heading, Text text, List<String> sources, List<String> assumptions) {

		public Right {
			sources = sources == null ? List.of() : List.copyOf(sources);
			assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
		}

	}

	/**
	 * The texts shipped with BokjiFlow.
	 * @return the texts, validated
	 * @throws IllegalStateException when the file is missing or incomplete
	 */
	public static DecisionLetterTexts load() {
		try (InputStream in = DecisionLetterTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE + " on the classpath");
			}
			return load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads texts from YAML, refusing unknown fields and incomplete texts.
	 * @param in the YAML document
	 * @return the texts
	 */
	public static DecisionLetterTexts load(InputStream in) {
		ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
		DecisionLetterTexts texts;
		try {
			texts = yaml.readValue(in, DecisionLetterTexts.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Unreadable " + RESOURCE + ": " + ex.getMessage(), ex);
		}
		texts.validate();
		return texts;
	}

	private void validate() {
		require(this.version != null && !this.version.isBlank(), "a version");
		require(this.dateFormat != null && this.dateFormat.complete(), "dateFormat in ko and en");
		require(this.labels != null && this.labels.keySet().containsAll(LABELS), "the labels " + LABELS);
		require(this.outcomes != null && this.outcomes.keySet().contains(ApplicationStatus.APPROVED)
				&& this.outcomes.keySet().contains(ApplicationStatus.REJECTED), "outcomes APPROVED and REJECTED");
		require(this.decisionBasis != null && this.decisionBasis.keySet().containsAll(List.of(AUTOMATIC, REVIEW)),
				"decisionBasis automatic and review");
		require(this.reasonLabels != null && this.reasonLabels.keySet()
			.containsAll(
					List.of(DecisionLetter.ReasonKind.values()).stream().map(DecisionLetter.ReasonKind::key).toList()),
				"a reason label for every reason kind");
		require(this.rules != null && this.rules.containsKey(DEFAULT_RULE), "a default rule text");
		require(this.evidence != null && this.evidence.complete(), "the evidence text");
		require(this.office != null && this.office.headSuffix() != null && !this.office.headSuffix().isEmpty()
				&& this.office.head() != null && this.office.head().complete() && this.office.contact() != null
				&& this.office.contact().complete(), "the office's head suffixes, head and contact");
		for (Map<String, Text> group : List.of(this.labels, this.decisionBasis, this.reasonLabels, this.rules)) {
			group.forEach((key, text) -> require(text != null && text.complete(), key + " in ko and en"));
		}
		this.outcomes.forEach((key, text) -> require(text != null && text.complete(), key + " in ko and en"));
		require(this.rights != null && !this.rights.isEmpty(), "the addressee's rights");
		Set<String> ids = new HashSet<>();
		for (Right right : this.rights) {
			require(right.id() != null && ids.add(right.id()), "unique right ids");
			require(right.heading() != null && right.heading().complete() && right.text() != null
					&& right.text().complete(), "right " + right.id() + " in ko and en");
			require(!right.sources().isEmpty() || !right.assumptions().isEmpty(),
					"sources or assumptions for right " + right.id());
		}
	}

	private static void require(boolean condition, String what) {
		if (!condition) {
			throw new IllegalStateException(RESOURCE + " needs " + what);
		}
	}

	/** A label by key (one of {@link #LABELS}). */
	Text label(String key) {
		return this.labels.get(key);
	}

	static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
