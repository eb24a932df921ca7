package io.bokjiflow.ui.cases;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseRecords;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.ui.KaribuTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case view as a caseworker uses it: a case in review shows its sections with the
 * case's own data, the diagram marks the review task, a re-fetch keeps the replaced
 * answer and shows in the audit trail; once decided, the audit trail names who claimed
 * and completed the task and re-fetching is gone; another district's caseworker gets "not
 * found".
 */
class CaseViewKaribuIT extends KaribuTest {

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks caseTasks;

	@Test
	void shouldShowACaseInReviewRefetchItsEvidenceAndListWhoDidWhat() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "김사례", "서울 강남구 역삼로 7", "1168064000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo(), Duration.ofSeconds(90));

		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(CaseView.class, CaseView.parameters(app.applicationNo()));
		CaseView view = _get(CaseView.class);
		assertThat(_get(H2.class, spec -> spec.withId("case-title")).getText()).contains(app.applicationNo())
			.contains("여행바우처");
		for (String section : List.of("case-person", "case-benefits", "case-evidence", "case-explanation",
				"case-decisions", "case-process", "case-audit")) {
			assertThat(_find(VerticalLayout.class, spec -> spec.withId(section))).as(section).hasSize(1);
		}
		// Person: masked name, masked number, never the clear RRN.
		String person = textOf(_get(VerticalLayout.class, spec -> spec.withId("case-person")));
		assertThat(person).contains("김*례").doesNotContain("김사례").containsPattern("920301-2\\*{6}");
		// A new applicant has no registered household yet; the grid is there, empty.
		assertThat(_find(Grid.class, spec -> spec.withId("case-household"))).hasSize(1);
		assertThat(_find(Grid.class, spec -> spec.withId("case-other-applications"))).hasSize(1);
		// Evidence: the qualification with its age; re-fetch offered while open.
		String evidence = textOf(_get(VerticalLayout.class, spec -> spec.withId("case-evidence")));
		assertThat(evidence).contains("자격정보").contains("분 전").doesNotContain("오래됨 (");
		// Explanation and decision sections: eligibility result, no decision yet.
		assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("eligibility-result")))
			.hasSize(1);
		assertThat(textOf(_get(VerticalLayout.class, spec -> spec.withId("case-decisions")))).contains("아직 결정되지 않았습니다");
		// The diagram shows the decision sub-process waiting in the review task.
		assertThat(view.diagram.getActive().split(",")).contains(task.getTaskDefinitionKey());
		assertThat(view.diagram.getXml()).contains("<bpmn:process id=\"common-decision\"");
		assertThat(view.diagram.getCompleted()).isNotEmpty();
		assertThat(view.diagramSelect.getListDataView().getItemCount()).isEqualTo(2);
		view.diagramSelect.setValue(view.diagramSelect.getListDataView().getItem(0));
		assertThat(view.diagram.getXml()).contains("<bpmn:process id=\"travel-voucher\"");
		assertThat(view.diagram.getActive()).isEqualTo("call_decision");
		assertThat(view.diagram.getCompleted()).contains("call_intake", "call_investigation", "call_eligibility");

		// Audit: the submission by its caseworker's name, the evidence fetch.
		assertThat(auditRows()).anySatisfy(row -> assertThat(row).contains("신청 접수").contains("김민지"))
			.anySatisfy(row -> assertThat(row).contains("공적자료 조회").contains("자격정보"))
			.anySatisfy(row -> assertThat(row).contains("업무 생성"));

		// Re-fetch: new evidence kept, the replaced answer's time recorded.
		_click(_get(Button.class, spec -> spec.withId("refetch-QUALIFICATION")));
		CaseRecords.CaseOverview after = as("cw.gangnam",
				() -> this.records.overview(app.applicationNo()).orElseThrow());
		assertThat(after.refetches()).hasSize(1);
		CaseRecords.Refetch refetch = after.refetches().get(0);
		assertThat(refetch.refetchedBy()).isEqualTo("cw.gangnam");
		assertThat(refetch.previousFetchedAt()).isNotNull().isBeforeOrEqualTo(refetch.fetchedAt());
		assertThat(refetch.previousPayloadSha256()).isNotNull();
		@SuppressWarnings("unchecked")
		Grid<CaseRecords.Refetch> refetches = _get(Grid.class, spec -> spec.withId("case-refetches"));
		assertThat(GridKt._size(refetches)).isOne();
		assertThat(auditRows()).anySatisfy(row -> assertThat(row).contains("공적자료 재조회").contains("김민지"));

		// Claim and complete the review: the audit trail names both, the case is closed.
		as("cw.gangnam", () -> {
			this.caseTasks.claim(task.getId());
			this.caseTasks.complete(task.getId(), Map.of("reviewOutcome", "APPROVE", "evidenceChecked", true));
			return null;
		});
		await().atMost(Duration.ofSeconds(20))
			.until(() -> as("cw.gangnam", () -> this.casework.caseFile(app.id())).orElseThrow().application().status(),
					s -> s == ApplicationStatus.APPROVED);
		UI.getCurrent().navigate(CaseView.class, CaseView.parameters(app.applicationNo()));
		List<String> rows = auditRows();
		assertThat(rows).anySatisfy(row -> assertThat(row).contains("업무 가져옴").contains("김민지"))
			.anySatisfy(row -> assertThat(row).contains("업무 완료").contains("김민지"))
			.anySatisfy(row -> assertThat(row).contains("결정").contains("승인"));
		assertThat(rows.get(rows.size() - 1)).contains("신청 접수");
		assertThat(_find(Button.class, spec -> spec.withId("refetch-QUALIFICATION"))).isEmpty();
		assertThat(textOf(_get(VerticalLayout.class, spec -> spec.withId("case-decisions")))).contains("승인");
		assertThat(_find(DecisionLetterLink.class)).hasSize(1);
		assertThat(_get(CaseView.class).diagram.getActive()).isEmpty();
	}

	@Test
	void shouldTreatACaseOfAnotherDistrictAsNotFound() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "박다른", "서울 강남구 역삼로 9", "1168064000", true, false, UUID.randomUUID().toString())));

		openUiAs("cw.jongno");
		UI.getCurrent().navigate(CaseView.class, CaseView.parameters(app.applicationNo()));
		String notFound = _get(H2.class, spec -> spec.withId("case-not-found")).getText();
		assertThat(_find(VerticalLayout.class, spec -> spec.withId("case-evidence"))).isEmpty();

		UI.getCurrent().navigate(CaseView.class, CaseView.parameters("TV-2000-999999"));
		assertThat(_get(H2.class, spec -> spec.withId("case-not-found")).getText()).isEqualTo(notFound);
		assertThat(as("cw.jongno", () -> this.records.auditTrail(app.applicationNo()))).isEmpty();
		assertThat(as("cw.jongno", () -> this.records.processPosition(app.applicationNo()))).isEmpty();
	}

	@Autowired
	private CaseRecords records;

	private static List<String> auditRows() {
		@SuppressWarnings("unchecked")
		Grid<CaseRecords.AuditEntry> grid = _get(Grid.class, spec -> spec.withId("case-audit-trail"));
		return IntStream.range(0, GridKt._size(grid))
			.mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
			.toList();
	}

	private static String textOf(com.vaadin.flow.component.Component component) {
		return component.getElement().getTextRecursively();
	}

}
