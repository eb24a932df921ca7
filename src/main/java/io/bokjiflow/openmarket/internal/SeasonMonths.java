package io.bokjiflow.openmarket.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment months of a seasonal program, read from its schedule text (e.g. "11월–3월
 * 매월"), and the date of the next round.
 */
final class SeasonMonths {

	/**
	 * Without a month range in the schedule: November to March (assumption: the heating
	 * season of the 난방비 programs seen, e.g. 동절기 난방비 11–3월; no national rule).
	 */
	static final Set<Month> DEFAULT = EnumSet.of(Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY,
			Month.MARCH);

	private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*월?\\s*[–—~\\-]\\s*(\\d{1,2})\\s*월");

	private SeasonMonths() {
	}

	/** The months of a schedule, wrapping around the new year. */
	static Set<Month> of(String schedule) {
		if (schedule == null) {
			return DEFAULT;
		}
		Matcher m = RANGE.matcher(schedule);
		if (!m.find()) {
			return DEFAULT;
		}
		int from = Integer.parseInt(m.group(1));
		int to = Integer.parseInt(m.group(2));
		if (from < 1 || from > 12 || to < 1 || to > 12) {
			return DEFAULT;
		}
		Set<Month> months = EnumSet.noneOf(Month.class);
		for (Month month = Month.of(from);; month = month.plus(1)) {
			months.add(month);
			if (month.getValue() == to) {
				break;
			}
		}
		return months;
	}

	/**
	 * The next round after one on a date: the same day one month later (clamped to the
	 * month's end), when that month is still in the season.
	 */
	static Optional<LocalDate> next(String schedule, LocalDate round) {
		Set<Month> months = of(schedule);
		LocalDate next = round.plusMonths(1);
		// a season that is one run of months ends where the months stop
		return months.contains(next.getMonth()) && months.contains(round.getMonth()) ? Optional.of(next)
				: Optional.empty();
	}

}
