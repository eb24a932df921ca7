package io.bokjiflow.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import io.bokjiflow.ui.applications.NewApplicationView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application form refuses bad input with a clear Korean message and keeps what was
 * typed.
 */
class NewApplicationKaribuIT extends KaribuTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldRejectABadResidentNumberWithAClearMessageAndKeepTheForm() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate("applications/new", QueryParameters.of("program", "TRAVEL_VOUCHER"));
		long before = applications();

		TextField rrn = _get(TextField.class, spec -> spec.withId("rrn"));
		TextField name = _get(TextField.class, spec -> spec.withId("name"));
		_setValue(name, "홍길동");
		_setValue(rrn, "12345-678");
		assertThat(rrn.isInvalid()).isTrue();
		assertThat(rrn.getErrorMessage()).isEqualTo("주민등록번호는 숫자 13자리입니다 (예: 900101-1234567).");

		_setValue(rrn, "991332-1234567");
		assertThat(rrn.isInvalid()).isTrue();
		assertThat(rrn.getErrorMessage()).isEqualTo("주민등록번호 앞자리의 생년월일이 올바른 날짜가 아닙니다.");

		_setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
		_click(_get(Button.class, spec -> spec.withId("submit-application")));
		assertThat(rrn.isInvalid()).isTrue();
		assertThat(name.getValue()).as("nothing typed is lost").isEqualTo("홍길동");
		assertThat(rrn.getValue()).isEqualTo("991332-1234567");
		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void shouldRefuseSubmissionWithoutConsentAndSayWhy() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate("applications/new", QueryParameters.of("program", "TRAVEL_VOUCHER"));
		long before = applications();

		_setValue(_get(TextField.class, spec -> spec.withId("rrn")), "760614-1246807");
		_setValue(_get(TextField.class, spec -> spec.withId("name")), "임재현");
		NotificationsKt.clearNotifications();
		_click(_get(Button.class, spec -> spec.withId("submit-application")));

		NotificationsKt.expectNotifications("공적자료 조회 동의 없이 접수할 수 없습니다. 동의를 받은 뒤 체크하세요.");
		assertThat(_get(TextField.class, spec -> spec.withId("name")).getValue()).isEqualTo("임재현");
		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void shouldSubmitAValidApplicationAndShowItsNumber() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate("applications/new", QueryParameters.of("program", "TRAVEL_VOUCHER"));
		_setValue(_get(TextField.class, spec -> spec.withId("rrn")), "441205-2908172");
		_setValue(_get(TextField.class, spec -> spec.withId("name")), "문옥순");
		_setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
		NotificationsKt.clearNotifications();
		_click(_get(Button.class, spec -> spec.withId("submit-application")));

		String number = this.jdbc.queryForObject(
				"select application_no from cw_application where applicant_name_mask = '문*순' order by submitted_at desc limit 1",
				String.class);
		NotificationsKt.expectNotifications("접수되었습니다. 신청번호 " + number);
		assertThat(_get(TextField.class, spec -> spec.withId("rrn")).getValue()).as("ready for the next applicant")
			.isEmpty();
	}

	@Test
	void shouldAskForTheProgramWhenNoneIsChosen() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(NewApplicationView.class);
		long before = applications();
		_setValue(_get(TextField.class, spec -> spec.withId("rrn")), "760614-1246807");
		_setValue(_get(TextField.class, spec -> spec.withId("name")), "임재현");
		_setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
		NotificationsKt.clearNotifications();
		_click(_get(Button.class, spec -> spec.withId("submit-application")));

		NotificationsKt.expectNotifications("접수할 수 있는 사업을 선택하세요.");
		assertThat(applications()).isEqualTo(before);
	}

	@Test
	void shouldOfferTheFinancialConsentOnlyForProgramsThatQueryFinancialAssets() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate("applications/new", QueryParameters.of("program", "TRAVEL_VOUCHER"));
		assertThat(_find(Checkbox.class, spec -> spec.withId("financial-consent"))).as("hidden").isEmpty();
		UI.getCurrent().navigate("applications/new", QueryParameters.of("program", "PERMANENT_RENTAL"));
		assertThat(_get(Checkbox.class, spec -> spec.withId("financial-consent")).isVisible()).isTrue();
	}

	private long applications() {
		return this.jdbc.queryForObject("select count(*) from cw_application", Long.class);
	}

}
