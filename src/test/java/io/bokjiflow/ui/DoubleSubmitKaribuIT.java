package io.bokjiflow.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.bokjiflow.ui.applications.NewApplicationView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 4: a double-clicked 접수 creates one application — the button disables
 * itself on click (in the browser, before the second click can be sent), and a second
 * click that still arrives finds the form emptied for the next applicant and is refused
 * with a message, while a click retried after a refusal keeps the form's idempotency key.
 */
class DoubleSubmitKaribuIT extends KaribuTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldCreateOneApplicationWhenSubmitIsClickedTwice() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate("applications/new", QueryParameters.of("program", "TRAVEL_VOUCHER"));
		String rrn = newApplicantRrn();
		long before = applications();

		Button submit = _get(Button.class, spec -> spec.withId("submit-application"));
		assertThat(submit.isDisableOnClick()).as("the browser disables the button on the first click").isTrue();
		_setValue(_get(TextField.class, spec -> spec.withId("rrn")), rrn);
		_setValue(_get(TextField.class, spec -> spec.withId("name")), "두번클릭");
		_setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
		NotificationsKt.clearNotifications();
		String key = formKey();

		_click(submit);
		_click(submit);

		assertThat(applications() - before).as("one application for two clicks").isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from cw_application where idempotency_key = ?", Long.class,
				key))
			.isOne();
		assertThat(_get(TextField.class, spec -> spec.withId("rrn")).getErrorMessage())
			.as("the second click found an empty form and said so")
			.isEqualTo("주민등록번호를 입력하세요.");
		assertThat(submit.isEnabled()).isTrue();
	}

	@Test
	void shouldKeepTheIdempotencyKeyWhenASubmitIsRefusedAndRetried() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate("applications/new", QueryParameters.of("program", "TRAVEL_VOUCHER"));
		String rrn = newApplicantRrn();
		_setValue(_get(TextField.class, spec -> spec.withId("rrn")), rrn);
		_setValue(_get(TextField.class, spec -> spec.withId("name")), "재시도");
		Button submit = _get(Button.class, spec -> spec.withId("submit-application"));
		String key = formKey();
		NotificationsKt.clearNotifications();
		_click(submit);
		NotificationsKt.expectNotifications("공적자료 조회 동의 없이 접수할 수 없습니다. 동의를 받은 뒤 체크하세요.");
		assertThat(submit.isEnabled()).as("enabled again to correct and retry").isTrue();

		assertThat(formKey()).as("the refused attempt keeps the form's key").isEqualTo(key);

		_setValue(_get(Checkbox.class, spec -> spec.withId("consent")), true);
		_click(submit);
		assertThat(this.jdbc.queryForObject("select count(*) from cw_application where idempotency_key = ?", Long.class,
				key))
			.isOne();
		assertThat(formKey()).as("a new key for the next applicant").isNotEqualTo(key);
	}

	private long applications() {
		return this.jdbc.queryForObject("select count(*) from cw_application", Long.class);
	}

	private static String formKey() {
		try {
			java.lang.reflect.Field field = NewApplicationView.class.getDeclaredField("idempotencyKey");
			field.setAccessible(true);
			return (String) field.get(_get(NewApplicationView.class));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
