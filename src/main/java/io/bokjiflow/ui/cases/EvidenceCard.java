package io.bokjiflow.ui.cases;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import io.bokjiflow.casework.EvidenceView;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.ui.Fact;

/**
 * One piece of public-data evidence with its provenance: dataset, subject, what it
 * confirmed, the answering agency, the legal basis, when it was fetched, the request id
 * and the answer's hash. The case view adds its age and a re-fetch button; the task view
 * can show it as it is.
 */
public class EvidenceCard extends Div {

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.ZONE);

	/**
	 * A card for one piece of evidence.
	 * @param ev the evidence
	 */
	public EvidenceCard(EvidenceView ev) {
		addClassName("evidence");
		add(fact("task.evidence.dataset", getTranslation("dataset." + ev.dataset())),
				fact("task.evidence.subject",
						"APPLICANT".equals(ev.subject()) ? getTranslation("task.evidence.applicant") : ev.subject()),
				fact("task.evidence.result", result(ev)), fact("task.evidence.source", ev.source()),
				fact("task.evidence.legalBasis", ev.legalBasis()),
				fact("task.evidence.fetchedAt", DATE_TIME.format(ev.fetchedAt())),
				fact("task.evidence.requestId", ev.requestId()), fact("task.evidence.hash",
						ev.payloadSha256() == null ? null : ev.payloadSha256().substring(0, 16) + "…"));
	}

	private String result(EvidenceView ev) {
		if (!"QUALIFICATION".equals(ev.dataset())) {
			return getTranslation("task.evidence.seeCalculation");
		}
		if (ev.qualifications().isEmpty()) {
			return getTranslation("task.evidence.noQualification");
		}
		return ev.qualifications()
			.stream()
			.map(q -> getTranslation("qualification." + q.kind()) + " " + q.validFrom() + " ~ "
					+ (q.validTo() == null ? "" : q.validTo()) + (q.detail() == null ? "" : " (" + q.detail() + ")"))
			.collect(Collectors.joining(", "));
	}

	private Fact fact(String labelKey, String value) {
		return new Fact(getTranslation(labelKey), value);
	}

}
