package io.bokjiflow.ui.programs;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.TaskType;

/**
 * How the program screens show task types, statuses and amounts.
 */
final class ProgramLabels {

	private ProgramLabels() {
	}

	/** "3 · 신청 · 자격 확인만 · 정기 현금 지급 (예: 장수수당)". */
	static String taskType(TaskType type, Locale locale) {
		return type.number() + " · " + type.description(locale);
	}

	/** The program's name in the language (Korean when no English name is given). */
	static String name(ProgramVersion.ProgramContent c, Locale locale) {
		return "en".equals(locale.getLanguage()) && c.nameEn() != null && !c.nameEn().isBlank() ? c.nameEn()
				: c.nameKo();
	}

	/** A status badge. */
	static Span status(ProgramVersion.Status status, java.util.function.Function<String, String> translate) {
		Span badge = new Span(translate.apply("programs.status." + status.name()));
		String theme = switch (status) {
			case PUBLISHED -> "badge success small";
			case PENDING_APPROVAL -> "badge small";
			case REJECTED -> "badge error small";
			case DRAFT -> "badge contrast small";
		};
		badge.getElement().getThemeList().add(theme);
		badge.addClassName("program-status");
		return badge;
	}

	/** Won with grouping, e.g. "300,000원" / "₩300,000". */
	static String won(Long amount, Locale locale) {
		if (amount == null) {
			return "–";
		}
		String n = NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
		return "en".equals(locale.getLanguage()) ? "₩" + n : n + "원";
	}

}
