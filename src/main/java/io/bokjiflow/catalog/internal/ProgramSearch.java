package io.bokjiflow.catalog.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.bokjiflow.catalog.Ministry;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramQuery;

/**
 * The search over the catalogue: filters that must all match, and an order that puts name
 * matches first and is otherwise fixed by Korean name and code.
 */
final class ProgramSearch {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private ProgramSearch() {
	}

	static List<Program> search(Collection<Program> programs, ProgramQuery query,
			Function<String, Ministry> ministries) {
		List<String> terms = terms(query.keyword());
		Comparator<Program> order = Comparator.comparing((Program p) -> terms.isEmpty() || !nameHasAll(p, terms))
			.thenComparing(Program::nameKo)
			.thenComparing(Program::code);
		return programs.stream()
			.filter(p -> query.lifeStage() == null || p.lifeStages().contains(query.lifeStage()))
			.filter(p -> query.situation() == null || p.situations().contains(query.situation()))
			.filter(p -> query.region() == null || query.region().isBlank() || p.runsIn(query.region()))
			.filter(p -> query.benefitKind() == null || p.benefitKind() == query.benefitKind())
			.filter(p -> query.linked() == null || p.linked() == query.linked())
			.filter(p -> terms.isEmpty() || textHasAll(p, terms, ministries))
			.sorted(order)
			.toList();
	}

	/** The keyword's words, lower-case; Korean has no case, so this is for English. */
	static List<String> terms(String keyword) {
		if (keyword == null || keyword.isBlank()) {
			return List.of();
		}
		return Stream.of(SPACES.split(keyword.strip().toLowerCase(Locale.ROOT))).filter(t -> !t.isEmpty()).toList();
	}

	private static boolean nameHasAll(Program p, List<String> terms) {
		String names = normalise(p.nameKo() + " " + p.nameEn());
		return terms.stream().allMatch(t -> contains(names, t));
	}

	private static boolean textHasAll(Program p, List<String> terms, Function<String, Ministry> ministries) {
		Ministry ministry = ministries.apply(p.ministry());
		String text = normalise(String.join(" ", p.nameKo(), p.nameEn(), p.eligibilityKo(), p.eligibilityEn(),
				p.benefitKo(), p.benefitEn(), ministry == null ? "" : ministry.nameKo(),
				ministry == null ? "" : ministry.nameEn()));
		return terms.stream().allMatch(t -> contains(text, t));
	}

	private static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/**
	 * Korean is often written with or without spaces ("기초 연금", "기초연금"), so a term also
	 * matches the text with its spaces removed.
	 */
	private static boolean contains(String text, String term) {
		return text.contains(term) || SPACES.matcher(text).replaceAll("").contains(term);
	}

}
