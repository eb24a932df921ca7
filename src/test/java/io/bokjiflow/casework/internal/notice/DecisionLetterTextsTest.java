package io.bokjiflow.casework.internal.notice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The letter's wording: both languages, every legal statement with its source or marked
 * as an assumption, every eligibility rule explained.
 */
class DecisionLetterTextsTest {

	private final DecisionLetterTexts texts = LetterFixtures.TEXTS;

	@Test
	void shouldBackEveryRightWithASourceOrAnAssumptionAndGiveTheObjectionPeriod() {
		assertThat(this.texts.rights()).allSatisfy(right -> {
			assertThat(right.sources().size() + right.assumptions().size()).isPositive();
			assertThat(right.text().ko()).contains("90일");
			assertThat(right.text().en()).contains("90 days");
		});
		assertThat(this.texts.rights().get(0).id()).isEqualTo("objection");
		assertThat(this.texts.rights().get(0).sources()).anySatisfy(s -> assertThat(s).contains("FACTS.md e"));
	}

	@Test
	void shouldExplainEveryRuleOfTheEligibilityTablesInPlainWords() throws IOException {
		// The letter words a rule from decision-letter.yml or, failing that, from the
		// description of the table's rule: every rule needs one of the two.
		Pattern rule = Pattern.compile("<rule id=\"([^\"]+)\">(.*?)</rule>", Pattern.DOTALL);
		Pattern code = Pattern.compile("<text>\"([A-Z_]+)\"</text>");
		Pattern description = Pattern.compile("<description>\\s*\\S[^<]*</description>");
		int rules = 0;
		try (var files = Files.list(Path.of("processes/rules"))) {
			for (Path dmn : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
				Matcher m = rule.matcher(Files.readString(dmn));
				while (m.find()) {
					Matcher c = code.matcher(m.group(2));
					boolean worded = c.find() && this.texts.rules().containsKey(c.group(1));
					assertThat(worded || description.matcher(m.group(2)).find())
						.as("rule %s of %s is worded or described", m.group(1), dmn.getFileName())
						.isTrue();
					rules++;
				}
			}
		}
		assertThat(rules).isGreaterThanOrEqualTo(3);
	}

	@Test
	void shouldRefuseATextWithoutItsEnglishVersion() {
		String yaml = """
				version: x
				dateFormat: { ko: "yyyy", en: "yyyy" }
				labels: { title: { ko: "제목" } }
				""";
		assertThatThrownBy(
				() -> DecisionLetterTexts.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("labels");
	}

	@Test
	void shouldRefuseUnknownFields() {
		String yaml = "version: x\nfontSize: 12\n";
		assertThatThrownBy(
				() -> DecisionLetterTexts.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("fontSize");
	}

}
