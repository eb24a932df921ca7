package io.bokjiflow.ui.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.designer.ProcessDesigner;
import io.bokjiflow.identity.LoginAudit;
import io.bokjiflow.operations.ProcessOperations;
import io.bokjiflow.registry.PersonDataAccessLog;
import io.bokjiflow.shared.AuditQuery;
import io.bokjiflow.ui.KaribuTest;
import io.bokjiflow.ui.LoginView;
import io.bokjiflow.ui.applications.NewApplicationView;
import io.bokjiflow.ui.cases.CaseView;
import io.bokjiflow.ui.home.HomeView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal data in the UI: opening a case audits the read of its applicant's record; the
 * auditor's audit view lists those reads (person masked), sign-ins, deployments and batch
 * operations, filtered and paged, while caseworkers cannot open it nor call its APIs; a
 * locked-out user is told how long to wait; a bad number typed in a form is never
 * repeated back.
 */
class PersonalDataKaribuIT extends KaribuTest {

	@Autowired
	private Casework casework;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PersonDataAccessLog accessLog;

	@Autowired
	private LoginAudit loginAudit;

	@Autowired
	private ProcessDesigner designer;

	@Autowired
	private ProcessOperations operations;

	@Test
	void shouldAuditTheCaseViewsReadOfTheApplicantsRecordAndShowItToTheAuditorMasked() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "탁감사", "서울 강남구 역삼로 7", "1168064000", true, false, UUID.randomUUID().toString())));
		awaitTask(app.applicationNo());
		long before = audits(app.personId());

		openUiAs("cw.gangnam2");
		UI.getCurrent().navigate(CaseView.class, CaseView.parameters(app.applicationNo()));
		assertThat(this.jdbc.queryForList(
				"select purpose from reg_access_audit where person_id = ? and accessed_by = 'cw.gangnam2'",
				String.class, app.personId()))
			.as("the case view audits the read of the applicant's record")
			.contains("case view " + app.applicationNo());
		assertThat(audits(app.personId())).isEqualTo(before + 1);
		tearDownUi();

		openUiAs("auditor");
		UI.getCurrent().navigate(AuditView.class);
		AuditView view = _get(AuditView.class);
		_setValue(view.user, "gangnam2");
		List<AuditView.Row> rows = GridKt._fetch(view.grid, 0, GridKt._size(view.grid));
		assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.who()).isEqualTo("cw.gangnam2"));
		assertThat(rows).anySatisfy(r -> {
			assertThat(r.subject()).contains("탁*사").containsPattern("920301-2\\*{6}").doesNotContain("탁감사");
			assertThat(r.detail()).isEqualTo("case view " + app.applicationNo());
		});
		assertThat(view.total.getText()).isEqualTo("총 " + GridKt._size(view.grid) + "건");

		// A period that ended yesterday holds none of today's reads.
		_setValue(view.to, LocalDate.now(AuditView.ZONE).minusDays(1));
		assertThat(GridKt._size(view.grid)).isZero();
		_setValue(view.to, null);
		_setValue(view.user, "");
		assertThat(GridKt._size(view.grid))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from reg_access_audit", Long.class).intValue());
	}

	private void tearDownUi() {
		com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
	}

	@Test
	void shouldListSignInsDeploymentsAndBatchOperationsPageByPage() throws Exception {
		long signIns = this.jdbc.queryForObject("select count(*) from idn_login_audit where kind = 'SIGNED_IN'",
				Long.class);
		openUiAs("auditor");
		UI.getCurrent().navigate(AuditView.class);
		AuditView view = _get(AuditView.class);
		assertThat(view.kind.getListDataView().getItems().map(view.kind.getItemLabelGenerator()::apply))
			.containsExactly("개인정보 열람", "로그인", "로그인 실패", "잠금으로 거부된 로그인", "프로세스 배포", "일괄 작업");

		_setValue(view.kind, AuditView.Kind.SIGN_IN);
		assertThat(GridKt._size(view.grid)).isEqualTo((int) signIns);
		_setValue(view.kind, AuditView.Kind.DEPLOYMENT);
		assertThat(GridKt._size(view.grid))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from dsg_deployment_audit", Long.class).intValue());
		_setValue(view.kind, AuditView.Kind.BATCH_OPERATION);
		assertThat(GridKt._size(view.grid))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from op_batch_operation", Long.class).intValue());

		// Paging: the API pages as the grid asks.
		AuditQuery all = AuditQuery.all();
		List<PersonDataAccessLog.AccessRecord> first = this.accessLog.log(all, 0, 2);
		List<PersonDataAccessLog.AccessRecord> second = this.accessLog.log(all, 1, 2);
		assertThat(first).hasSize(2);
		assertThat(second.get(0)).isEqualTo(first.get(1));
	}

	@Test
	void shouldKeepCaseworkersOutOfTheAuditLogs() {
		openUiAs("cw.gangnam");
		assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("감사 기록");
		assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class))
			.isInstanceOf(MockAccessDeniedException.class);
		AuditQuery all = AuditQuery.all();
		assertThatThrownBy(() -> this.accessLog.log(all, 0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.loginAudit.events(all, null, 0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.designer.auditLog(all, 0, 10)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.operations.operationsLog(all, 0, 10)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void shouldGiveTheAuditorAHomeAndAMenuThatLeadToTheAuditLog() {
		openUiAs("auditor");
		UI.getCurrent().navigate(HomeView.class);
		List<String> menu = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
		assertThat(menu).contains("홈", "감사 기록").doesNotContain("업무 목록", "신청 등록", "프로세스 현황");
		_click(_get(Button.class, spec -> spec.withId("home-open-audit")));
		assertThat(_find(AuditView.class)).hasSize(1);
	}

	@Test
	void shouldTellALockedOutUserHowLongToWait() {
		openUiAs("auditor");
		UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("locked", "12"));
		LoginForm form = _get(LoginForm.class);
		assertThat(form.isError()).isTrue();
		// The login form's i18n property, as the browser receives it.
		String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
		assertThat(i18n).contains("로그인이 잠겼습니다", "12분 후에 다시 시도하세요");
		assertThat(_find(LoginView.class)).hasSize(1);
	}

	@Test
	void shouldCloseIdleSessionsDespiteHeartbeats() {
		openUiAs("auditor");
		assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
	}

	@Test
	void shouldNeverRepeatAnInvalidNumberTypedInTheApplicationForm() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(NewApplicationView.class);
		TextField rrn = _get(TextField.class, spec -> spec.withId("rrn"));
		for (String bad : new String[] { "991332-1234567", "9913321234567", "760614-12468" }) {
			_setValue(rrn, bad);
			_setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
			_click(_get(Button.class, spec -> spec.withId("submit-application")));
			assertThat(rrn.isInvalid()).as(bad).isTrue();
			String back = bad.replace("-", "").substring(6);
			assertThat(rrn.getErrorMessage()).as(bad).doesNotContain(bad, back);
			assertThat(NotificationsKt.getNotifications())
				.allSatisfy(n -> assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(n))
					.doesNotContain(bad, back));
		}
	}

	private long audits(UUID personId) {
		return this.jdbc.queryForObject("select count(*) from reg_access_audit where person_id = ?", Long.class,
				personId);
	}

}
