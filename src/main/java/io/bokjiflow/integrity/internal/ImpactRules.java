package io.bokjiflow.integrity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bokjiflow.integrity.ImpactAction;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.LifeEventRecorded;

import org.springframework.stereotype.Component;

/**
 * The impact rules of {@code integrity/impact-rules.yml}: which benefit records a
 * resident-register change touches and what to propose for each, with legal basis and
 * deadline.
 */
@Component
class ImpactRules {

	static final String RESOURCE = "integrity/impact-rules.yml";

	/** Local programs' codes: L, the 시·군·구, a dash (openmarket's program codes). */
	private static final Pattern LOCAL = Pattern.compile("L\\d{5}-.+");

	/** Who a rule looks at. */
	enum Who {

		PERSON, HOUSEHOLD

	}

	/** From when an action applies. */
	enum Effective {

		NEXT_MONTH, EVENT_DAY

	}

	/** One rule as written. */
	record Rule(String id, String nameKo, String nameEn, Set<LifeEventKind> on, String qualification, Boolean held,
			Boolean otherSigungu, Who who, ImpactAction action, List<String> programs, Effective effective,
			int deadlineDays, String legalBasis, String source, String assumption) {

		boolean matches(LifeEventRecorded e) {
			if (!this.on.contains(e.kind())) {
				return false;
			}
			if (e.kind() == LifeEventKind.QUALIFICATION_CHANGE && (!e.qualificationKind().equals(this.qualification)
					|| (this.held != null && !this.held.equals(e.qualificationHeld())))) {
				return false;
			}
			if (Boolean.TRUE.equals(this.otherSigungu) && e.kind() == LifeEventKind.MOVE
					&& (e.previousSigunguCode() == null || e.previousSigunguCode().equals(e.newSigunguCode()))) {
				return false;
			}
			return true;
		}

		boolean covers(String programCode) {
			return this.programs.contains("*") || this.programs.contains(programCode)
					|| (this.programs.contains("LOCAL") && LOCAL.matcher(programCode).matches());
		}

		LocalDate effectiveFrom(LocalDate occurredOn) {
			return this.effective == Effective.NEXT_MONTH ? YearMonth.from(occurredOn).plusMonths(1).atDay(1)
					: occurredOn;
		}

	}

	/** The file. */
	record Document(int version, int paymentDay, String paymentDayAssumption, List<Rule> rules) {
	}

	private final Document document = read();

	List<Rule> rules() {
		return this.document.rules();
	}

	/** The rules a change matches, in file order. */
	List<Rule> matching(LifeEventRecorded event) {
		return this.document.rules().stream().filter(r -> r.matches(event)).toList();
	}

	/**
	 * The monthly payment days after the month of an event, on or before a day, within a
	 * benefit's period: the months paid for after the event.
	 * @param occurredOn the event's day
	 * @param today the day the change is processed
	 * @param periodFrom the benefit's first day
	 * @param periodTo the benefit's last day, or {@code null}
	 * @return how many months
	 */
	int monthsPaidAfter(LocalDate occurredOn, LocalDate today, LocalDate periodFrom, LocalDate periodTo) {
		int months = 0;
		for (YearMonth m = YearMonth.from(occurredOn).plusMonths(1); !m.atDay(1).isAfter(today); m = m.plusMonths(1)) {
			LocalDate payday = m.atDay(Math.min(this.document.paymentDay(), m.lengthOfMonth()));
			if (!payday.isAfter(today) && !payday.isBefore(periodFrom)
					&& (periodTo == null || !payday.isAfter(periodTo))) {
				months++;
			}
		}
		return months;
	}

	private static Document read() {
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
			.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
		try (InputStream in = ImpactRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			Document doc = yaml.readValue(in, Document.class);
			for (Rule r : doc.rules()) {
				if (r.legalBasis() == null || r.legalBasis().isBlank() || r.deadlineDays() < 1 || r.programs() == null
						|| r.programs().isEmpty() || r.who() == null || r.action() == null || r.effective() == null
						|| r.on() == null || r.on().isEmpty()) {
					throw new IllegalStateException(RESOURCE + ": rule " + r.id() + " is incomplete");
				}
				if (r.on().contains(LifeEventKind.QUALIFICATION_CHANGE) && r.qualification() == null) {
					throw new IllegalStateException(RESOURCE + ": rule " + r.id() + " names no qualification");
				}
			}
			return doc;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

}
