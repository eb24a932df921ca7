package io.bokjiflow.ui.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.identity.Role;
import io.bokjiflow.identity.internal.TestCaseworkers;
import io.bokjiflow.openmarket.CriteriaEvaluator;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.ProgramVersion.Status;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program screens against the real local-programs service: a local official creates a
 * program, edits its items and criteria, saves, previews and submits it; a stale save is
 * refused with what was typed kept; a supervisor approves or sends back; whoever
 * submitted is not offered the approval.
 */
class ProgramViewsKaribuIT extends KaribuTest {

	@Autowired
	private LocalPrograms programs;

	@Autowired
	private CriteriaEvaluator evaluator;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Clock clock;

	private static String newCode() {
		return "L11680-KT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
		return _get(type, spec -> spec.withId(id));
	}

	private void createThroughTheDialog(String code) {
		UI.getCurrent().navigate(ProgramsView.class);
		_click(byId(Button.class, "programs-new"));
		@SuppressWarnings("unchecked")
		RadioButtonGroup<TaskType> type = byId(RadioButtonGroup.class, "new-program-type");
		_setValue(type, TaskType.ONE_OFF_CASH_ELIGIBILITY);
		_setValue(byId(TextField.class, "new-program-name-ko"), "테스트 출산축하금");
		_setValue(byId(TextField.class, "new-program-name-en"), "Test birth grant");
		assertThat(byId(TextField.class, "new-program-code").getValue()).as("the code follows the English name")
			.isEqualTo("L11680-TEST-BIRTH-GRANT");
		_setValue(byId(TextField.class, "new-program-code"), code);
		_setValue(byId(TextArea.class, "new-program-summary"), "아이를 낳은 가정에 축하금을 한 번 드립니다.");
		_setValue(byId(TextField.class, "new-program-legal-basis"), "강남구 출산장려금 지급 조례 (assumption)");
		_setValue(byId(TextField.class, "new-program-schedule"), "신청 다음 달 20일");
		_click(byId(Button.class, "new-program-create"));
		assertThat(byId(TextField.class, "new-program-amount").isInvalid()).as("a cash program needs an amount")
			.isTrue();
		_setValue(byId(TextField.class, "new-program-amount"), "300000");
		_click(byId(Button.class, "new-program-create"));
	}

	@Test
	void shouldCreateEditSubmitAndBeApprovedByTheSupervisor() {
		String code = newCode();
		openUiAs("official.gangnam");
		assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("지역 사업 설정");
		createThroughTheDialog(code);
		ProgramEditorView editor = _get(ProgramEditorView.class);
		assertThat(editor.version().programCode()).isEqualTo(code);
		assertThat(editor.version().status()).isEqualTo(Status.DRAFT);
		assertThat(byId(Span.class, "program-type").getText()).startsWith("4 · ");

		// One more application item and a criterion.
		_click(byId(Button.class, "form-builder-add-number"));
		TextField label = _get(byId(Div.class, "form-item-1"), TextField.class,
				spec -> spec.withClasses("form-item-label-ko"));
		_setValue(label, "출생아 수");
		_setValue(_get(byId(Div.class, "form-item-1"), TextField.class, spec -> spec.withClasses("form-item-label-en")),
				"Number of babies");
		_setValue(byId(IntegerField.class, "criteria-min-children"), 1);
		long revision = editor.version().revision();
		_click(byId(Button.class, "program-save"));
		ProgramVersion saved = this.programs.versions(code).get(0);
		assertThat(saved.revision()).isGreaterThan(revision);
		assertThat(saved.content().criteria().minChildren()).isEqualTo(1);
		assertThat(CamundaForm.parse(saved.content().applicationFormJson()).fields()).extracting(CamundaForm.Field::key)
			.containsExactly("declaration", "numberOfBabies");

		// The preview shows what the SQL evaluator counts.
		_click(byId(Button.class, "program-preview"));
		long expected = this.evaluator.count(saved.content().criteria(), LocalDate.now(this.clock));
		assertThat(byId(Span.class, "preview-qualifying").getText()).isEqualTo(String.format("%,d", expected));
		assertThat(byId(Span.class, "preview-gaining").getText()).isEqualTo(String.format("%,d", expected));
		assertThat(byId(Span.class, "preview-losing").getText()).isEqualTo("0");

		_setValue(byId(DatePicker.class, "program-effective-from"), LocalDate.now(this.clock));
		_click(byId(Button.class, "program-submit"));
		assertThat(this.programs.versions(code).get(0).status()).isEqualTo(Status.PENDING_APPROVAL);
		assertThat(byId(Div.class, "program-banner").getElement().getAttribute("data-status"))
			.isEqualTo("PENDING_APPROVAL");
		assertThat(_find(Button.class, spec -> spec.withId("program-save"))).as("nothing to save while pending")
			.isEmpty();

		MockVaadin.tearDown();
		openUiAs("sv.gangnam");
		UI.getCurrent().navigate(ProgramApprovalsView.class);
		Div card = byId(Div.class, "approval-" + code);
		assertThat(card.getElement().getTextRecursively()).contains("테스트 출산축하금", "새 사업의 첫 버전입니다", "official.gangnam");
		_click(byId(Button.class, "approve-" + code));
		ProgramVersion published = this.programs.versions(code).get(0);
		assertThat(published.status()).isEqualTo(Status.PUBLISHED);
		assertThat(published.decidedBy()).isEqualTo("sv.gangnam");
		assertThat(_find(Div.class, spec -> spec.withId("approval-" + code))).isEmpty();

		// A change: raise the amount, submit, and the supervisor sees it and sends it
		// back.
		MockVaadin.tearDown();
		openUiAs("official.gangnam");
		UI.getCurrent().navigate(ProgramsView.class);
		@SuppressWarnings("unchecked")
		Grid<ProgramVersion> grid = byId(Grid.class, "programs-grid");
		List<ProgramVersion> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
		assertThat(rows).anyMatch(v -> v.programCode().equals(code) && v.status() == Status.PUBLISHED);
		int row = rows.indexOf(rows.stream().filter(v -> v.programCode().equals(code)).findFirst().orElseThrow());
		_click((Button) GridKt._getCellComponent(grid, row, "actions")
			.getChildren()
			.filter(c -> c.hasClassName("program-change"))
			.findFirst()
			.orElseThrow());
		editor = _get(ProgramEditorView.class);
		assertThat(editor.version().version()).isEqualTo(2);
		assertThat(editor.version().status()).isEqualTo(Status.DRAFT);
		_setValue(byId(TextField.class, "program-amount"), "500000");
		_setValue(byId(DatePicker.class, "program-effective-from"), LocalDate.now(this.clock).plusDays(1));
		_click(byId(Button.class, "program-submit"));
		assertThat(this.programs.versions(code).get(0).status()).isEqualTo(Status.PENDING_APPROVAL);

		MockVaadin.tearDown();
		openUiAs("sv.gangnam");
		UI.getCurrent().navigate(ProgramApprovalsView.class);
		assertThat(byId(Div.class, "approval-" + code).getElement().getTextRecursively()).contains("시행 중인 v1",
				"금액: 300,000원 → 500,000원");
		_click(byId(Button.class, "reject-" + code));
		_click(byId(Button.class, "reject-confirm"));
		assertThat(byId(TextArea.class, "reject-reason").isInvalid()).as("a reason is required").isTrue();
		_setValue(byId(TextArea.class, "reject-reason"), "예산 범위를 넘습니다. 400,000원 이하로 다시 올려 주세요.");
		_click(byId(Button.class, "reject-confirm"));
		ProgramVersion rejected = this.programs.versions(code).get(0);
		assertThat(rejected.status()).isEqualTo(Status.REJECTED);
		assertThat(rejected.rejectionReason()).startsWith("예산 범위를 넘습니다");

		MockVaadin.tearDown();
		openUiAs("official.gangnam");
		UI.getCurrent().navigate(ProgramEditorView.class, ProgramEditorView.parameters(code));
		assertThat(byId(Div.class, "program-banner").getElement().getTextRecursively()).contains("예산 범위를 넘습니다");
		assertThat(byId(Button.class, "program-save").isVisible()).as("a rejected version is edited again").isTrue();
	}

	@Test
	void shouldRefuseAStaleSaveAndKeepWhatWasTyped() {
		String code = newCode();
		openUiAs("official.gangnam");
		createThroughTheDialog(code);
		ProgramEditorView editor = _get(ProgramEditorView.class);
		_setValue(byId(TextField.class, "program-amount"), "777000");
		_setValue(byId(IntegerField.class, "criteria-min-age"), 20);

		// Meanwhile a colleague saves the same draft.
		ProgramVersion draft = editor.version();
		as("official.gangnam",
				() -> this.programs.saveDraft(draft.id(), draft.revision(),
						ProgramsView.newContent(TaskType.ONE_OFF_CASH_ELIGIBILITY, "동료가 바꾼 이름", "Renamed", "11680",
								"동료의 요약", "조례", 100_000, "수시")));

		_click(byId(Button.class, "program-save"));
		assertThat(byId(Div.class, "program-conflict").isVisible()).isTrue();
		assertThat(byId(Div.class, "program-conflict").getElement().getTextRecursively())
			.contains("다른 사람이 이 버전을 저장했습니다");
		assertThat(byId(TextField.class, "program-amount").getValue()).as("nothing typed is lost").isEqualTo("777000");
		assertThat(byId(IntegerField.class, "criteria-min-age").getValue()).isEqualTo(20);
		ProgramVersion stored = this.programs.versions(code).get(0);
		assertThat(stored.content().amountWon()).isEqualTo(100_000);
		assertThat(stored.content().nameKo()).isEqualTo("동료가 바꾼 이름");

		_click(byId(Button.class, "program-reload"));
		assertThat(byId(TextField.class, "program-name-ko").getValue()).isEqualTo("동료가 바꾼 이름");
		assertThat(_find(Div.class, spec -> spec.withId("program-conflict"))).isEmpty();
		_setValue(byId(TextField.class, "program-amount"), "777000");
		_click(byId(Button.class, "program-save"));
		assertThat(this.programs.versions(code).get(0).content().amountWon()).isEqualTo(777_000);
	}

	@Test
	void shouldNotOfferTheApprovalToWhoeverSubmitted() {
		TestCaseworkers.provisionUser(this.context, "official.sv.gangnam", "겸직 감독자", "11680", PASSWORD,
				EnumSet.of(Role.LOCAL_OFFICIAL, Role.SUPERVISOR));
		String code = newCode();
		openUiAs("official.sv.gangnam");
		createThroughTheDialog(code);
		_setValue(byId(DatePicker.class, "program-effective-from"), LocalDate.now(this.clock).plusDays(3));
		_click(byId(Button.class, "program-submit"));
		assertThat(this.programs.versions(code).get(0).status()).isEqualTo(Status.PENDING_APPROVAL);

		UI.getCurrent().navigate(ProgramApprovalsView.class);
		assertThat(byId(Span.class, "approval-own-" + code).getText()).contains("다른 감독자가 승인해야 합니다");
		assertThat(_find(Button.class, spec -> spec.withId("approve-" + code))).isEmpty();
		assertThat(_find(Button.class, spec -> spec.withId("reject-" + code))).isEmpty();
	}

}
