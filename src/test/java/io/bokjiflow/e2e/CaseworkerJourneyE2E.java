package io.bokjiflow.e2e;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker's day in a real headless Chromium (Debian's, never a downloaded one): sign
 * in, register a travel-voucher application, find its review task, claim it, decide, and
 * see it gone; then a supervisor finds the process in Camunda Cockpit with the same
 * login, and the instance list there shows the cases of their 시·군·구 only. Screenshots go
 * to {@code target/screenshots/}.
 */
class CaseworkerJourneyE2E extends BrowserTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Casework casework;

	@Autowired
	private RuntimeService runtime;

	@Test
	void caseworkerRegistersClaimsAndDecidesAnApplication() {
		signInAs("cw.gangnam");
		assertThat(this.page.locator("#card-my-tasks")).isVisible();
		shot("home");

		this.page.navigate(baseUrl() + "/applications/new?program=TRAVEL_VOUCHER");
		this.page.locator("#rrn input").fill("850912-1456786");
		this.page.locator("#rrn input").press("Tab");
		assertThat(this.page.locator("#person-status")).containsText("등록되지 않은 대상자");
		this.page.locator("#name input").fill("최동훈");
		this.page.locator("#address input").fill("서울 강남구 논현로 100");
		this.page.locator("#consent").click();
		shot("new-application");
		this.page.locator("#submit-application").click();
		Locator notice = this.page.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText("신청번호"));
		assertThat(notice).isVisible();
		Matcher m = Pattern.compile("TV-\\d{4}-\\d{6}").matcher(notice.innerText());
		assertThat(m.find()).isTrue();
		String number = m.group();

		this.page.navigate(baseUrl() + "/tasks");
		this.page.locator("#tab-group").click();
		// The group's list holds other tasks too (sorted by due date): find the case by
		// its
		// number, as a caseworker with the applicant at the desk would.
		this.page.locator("#filter-application-no input").fill(number);
		Locator cell = this.page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText(number));
		for (int i = 0; i < 30 && cell.count() == 0; i++) {
			// The qualification is fetched asynchronously; refresh until the review task
			// is there.
			this.page.waitForTimeout(1000);
			this.page.locator("#refresh-tasks").click();
		}
		assertThat(cell.first()).isVisible();
		shot("task-list");

		cell.first().dblclick();
		assertThat(this.page.locator("#case-file")).containsText("BASIC_LIVELIHOOD");
		assertThat(this.page.locator("#case-file")).containsText("SIMULATOR");
		assertThat(this.page.locator("#case-file")).containsText("850912-1******");
		this.page.locator("#claim-task").click();
		assertThat(this.page.locator("#complete-task")).isEnabled();
		this.page.locator("#form-field-evidenceChecked").click();
		this.page.getByText("승인 (지원 결정)").click();
		shot("task-form");
		this.page.locator("#complete-task").click();

		this.page.waitForURL(url -> url.endsWith("/tasks"));
		assertThat(this.page.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText("결정을 기록했습니다"))).isVisible();
		this.page.locator("#tab-mine").click();
		assertThat(cell).hasCount(0);
		this.page.locator("#tab-group").click();
		assertThat(cell).hasCount(0);
	}

	@Test
	void caseworkerOpensAPersonsRecord() {
		String personId = this.jdbc.queryForObject(
				"select p.id::text from reg_person p join reg_benefit_record b on b.person_id = p.id"
						+ " where b.status = 'ACTIVE' and p.admin_dong_code like '11680%' order by p.id limit 1",
				String.class);
		signInAs("cw.gangnam");
		this.page.navigate(baseUrl() + "/persons/" + personId);
		assertThat(this.page.locator("#person-facts")).containsText("******");
		assertThat(this.page.locator("#person-benefits")).isVisible();
		shot("person");
	}

	@Test
	void englishIsOneClickAway() {
		this.page.navigate(baseUrl() + "/login");
		this.page.getByText("English").click();
		assertThat(this.page.locator("vaadin-login-form")).containsText("Sign in");
		shot("login-en");
	}

	@Test
	void supervisorSeesTheProcessInCockpitWithTheSameLogin() {
		signInAs("sv.gangnam");
		this.page.navigate(baseUrl() + "/camunda/app/cockpit/default/#/processes");
		assertThat(this.page.getByText("여행바우처 (Travel voucher)").first()).isVisible();
		shot("cockpit");
	}

	@Test
	void supervisorSeesOnlyTheInstancesOfTheirDistrictInCockpit() {
		// 영구임대 waits for a consent at intake: both cases stay running
		ApplicationSummary gangnam = as("cw.gangnam", () -> this.casework.submit(new NewApplication("PERMANENT_RENTAL",
				newApplicantRrn(), "콕핏강남", "서울 강남구 역삼로 21", "1168064000", true, false, UUID.randomUUID().toString())));
		ApplicationSummary jongno = as("cw.jongno", () -> this.casework.submit(new NewApplication("PERMANENT_RENTAL",
				newApplicantRrn(), "콕핏종로", "서울 종로구 사직로 21", "1111051500", true, false, UUID.randomUUID().toString())));
		String definitionId = this.runtime.createProcessInstanceQuery()
			.processInstanceId(gangnam.processInstanceId())
			.singleResult()
			.getProcessDefinitionId();
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceId(jongno.processInstanceId())
			.singleResult()
			.getProcessDefinitionId()).isEqualTo(definitionId);

		signInAs("sv.gangnam");
		this.page
			.navigate(baseUrl() + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
		assertThat(this.page.getByText(gangnam.applicationNo()).first())
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		assertThat(this.page.getByText(jongno.applicationNo())).hasCount(0);
		shot("cockpit-district");
	}

}
