package io.bokjiflow.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.bokjiflow.catalog.ApplyChannel;
import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.LifeStage;
import io.bokjiflow.catalog.Situation;
import io.bokjiflow.publicdata.PublicDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Korean and English speak the same keys, and every message key the code names exists.
 */
class TranslationsTest {

	private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");

	/**
	 * String literals that look like message keys: getTranslation("x.y"),
	 * UserFacingException("x.y"), constants.
	 */
	private static final Pattern KEY_LITERAL = Pattern.compile(
			"\"((?:application|rrn|task|tasks|form|error|login|nav|home|rule|dataset|qualification|catalog|lifeStage|situation|benefitKind|applyChannel|investigation|notice|programs|program|formBuilder|criteria|approvals|selection|payments|om|openmarket)\\.[A-Za-z.]*[A-Za-z])\"");

	@Test
	void shouldHaveTheSameKeysInKoreanAndEnglish() throws IOException {
		Properties ko = load("translations_ko.properties");
		Properties en = load("translations_en.properties");
		assertThat(ko.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
		assertThat(ko.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
		assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank().doesNotContain("'"));
	}

	@Test
	void shouldTranslateEveryKeyTheCodeUses() throws IOException {
		Set<String> known = load("translations_ko.properties").stringPropertyNames();
		Set<String> used = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = KEY_LITERAL.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).as("message keys found in the code").hasSizeGreaterThan(30);
		assertThat(known).containsAll(used);
	}

	@Test
	void shouldNameEveryQualificationAndEligibilityRule() throws IOException {
		Set<String> known = load("translations_en.properties").stringPropertyNames();
		for (var kind : io.bokjiflow.publicdata.QualificationKind.values()) {
			assertThat(known).contains("qualification." + kind.name());
		}
		String dmn = Files.readString(Path.of("processes/rules/travel-voucher-eligibility.dmn"));
		Matcher rules = Pattern.compile("<text>\"([A-Z_]+)\"</text>").matcher(dmn);
		int count = 0;
		while (rules.find()) {
			assertThat(known).contains("rule." + rules.group(1));
			count++;
		}
		assertThat(count).isEqualTo(3);
	}

	@Test
	void shouldNameEveryCatalogueCategoryInBothLanguages() throws IOException {
		for (String bundle : List.of("translations_ko.properties", "translations_en.properties")) {
			Set<String> known = load(bundle).stringPropertyNames();
			Map<String, Enum<?>[]> named = Map.of("lifeStage.", LifeStage.values(), "situation.", Situation.values(),
					"benefitKind.", BenefitKind.values(), "applyChannel.", ApplyChannel.values(), "investigation.",
					Investigation.values(), "catalog.publicData.", PublicDataSource.values());
			named.forEach((prefix, values) -> {
				for (Enum<?> value : values) {
					assertThat(known).as(bundle).contains(prefix + value.name());
				}
			});
		}
	}

	private static Properties load(String name) throws IOException {
		Properties props = new Properties();
		try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
			props.load(r);
		}
		return props;
	}

}
