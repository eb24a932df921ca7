package io.bokjiflow.publicdata;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.publicdata.PublicDataUnavailableException.Failure;
import io.bokjiflow.publicdata.internal.SimulatorFaults;
import io.bokjiflow.publicdata.internal.SimulatorKeys;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SIMULATOR's resident-register change feed over real HTTP: planting (admin endpoint
 * and API), the content and order of the pages, paging to the end, the API key, faults,
 * and the client's retries.
 */
class ResidentChangeFeedIT extends IntegrationTest {

	private static final String KEY = "simulator-demo-key";

	/** A feed day no other test uses (a random day in 2040). */
	private LocalDate day;

	@Autowired
	private ResidentChangeFeed feed;

	@Autowired
	private SimulatorResidentChanges simulator;

	@Autowired
	private SimulatorFaults faults;

	@Autowired
	private SimulatorKeys keys;

	@Autowired
	private JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();

	@BeforeEach
	void freshDay() {
		this.day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
		this.simulator.clear(this.day);
		this.faults.clear();
	}

	@AfterEach
	void noFaults() {
		this.faults.clear();
		this.faults.timeoutDelay(Duration.ofSeconds(8));
	}

	@Test
	void shouldServePlantedChangesPageByPageInIdOrderWithTheirContent() throws Exception {
		Rrn mover = rrn(1961, 3);
		byte[] moverKey = this.keys.personKey(mover);
		this.jdbc.update("delete from pds_person where rrn_hash = ?", moverKey);
		this.jdbc.update(
				"""
						insert into pds_person (rrn_hash, name, birth_date, sex, admin_dong_code, moved_in_on, household_no, relationship)
						values (?, '이사람', '1961-03-01', 'F', '1168064000', '2015-01-01', 99061, 'HEAD')""",
				moverKey);
		HttpResponse<String> planted = simulator("POST", "/simulator/admin/resident-changes", KEY, """
				{"feedDay":"%s","rrn":"%s","kind":"MOVE","occurredOn":"%s",
				 "move":{"adminDongCode":"1165051000","address":"서울특별시 서초구 반포대로 1"}}""".formatted(this.day,
				mover.reveal(), this.day.minusDays(2)));
		assertThat(planted.statusCode()).isEqualTo(201);
		String moveId = this.json.readTree(planted.body()).get("changeId").asText();
		assertThat(moveId).startsWith("RC-" + this.day.toString().replace("-", "") + "-");
		// the same change again: the same id, nothing new
		HttpResponse<String> again = simulator("POST", "/simulator/admin/resident-changes", KEY, """
				{"feedDay":"%s","rrn":"%s","kind":"MOVE","occurredOn":"%s",
				 "move":{"adminDongCode":"1165051000","address":"서울특별시 서초구 반포대로 1"}}""".formatted(this.day,
				mover.reveal(), this.day.minusDays(2)));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(again.body()).get("changeId").asText()).isEqualTo(moveId);
		// the simulated register follows the move
		assertThat(this.jdbc.queryForObject("select admin_dong_code from pds_person where rrn_hash = ?", String.class,
				moverKey))
			.isEqualTo("1165051000");

		for (int i = 0; i < 4; i++) {
			this.simulator.plant(this.day, new ResidentChange("RC-T-" + this.day + "-" + i, rrn(1950 + i, i + 1),
					LifeEventKind.DEATH, this.day.minusDays(1), null, null, null, null, null));
		}
		this.simulator.plant(this.day,
				new ResidentChange("RC-T-" + this.day + "-9", rrn(1970, 9), LifeEventKind.QUALIFICATION_CHANGE,
						this.day.minusDays(3), null, null, QualificationKind.BASIC_LIVELIHOOD, null,
						this.day.minusDays(3)));
		// another day's change stays out
		LocalDate other = this.day.plusDays(1);
		this.simulator.clear(other);
		this.simulator.plant(other, new ResidentChange("RC-T-" + other + "-0", rrn(1980, 1), LifeEventKind.EMIGRATION,
				other, null, null, null, null, null));

		HttpResponse<String> first = simulator("GET",
				"/simulator/v1/resident-register/changes?date=" + this.day + "&size=2", KEY, null);
		assertThat(first.statusCode()).isEqualTo(200);
		JsonNode page = this.json.readTree(first.body());
		assertThat(page.get("agency").asText()).startsWith("SIMULATOR:");
		JsonNode changes = page.get("data").get("changes");
		// ids in byte order: the derived RC-<day>-… before the planted RC-T-…
		assertThat(changes).hasSize(2);
		assertThat(changes.get(0).get("changeId").asText()).isEqualTo(moveId);
		assertThat(changes.get(0).get("kind").asText()).isEqualTo("MOVE");
		assertThat(changes.get(0).get("rrn").asText()).isEqualTo(mover.reveal());
		assertThat(changes.get(0).get("move").get("adminDongCode").asText()).isEqualTo("1165051000");
		assertThat(changes.get(1).get("changeId").asText()).isEqualTo("RC-T-" + this.day + "-0");
		assertThat(changes.get(1).get("kind").asText()).isEqualTo("DEATH");
		assertThat(page.get("data").get("nextAfter").asText()).isEqualTo("RC-T-" + this.day + "-0");

		ResidentChangePage second = this.feed.page(this.day, "RC-T-" + this.day + "-0", 2);
		assertThat(second.changes()).extracting(ResidentChange::changeId)
			.containsExactly("RC-T-" + this.day + "-1", "RC-T-" + this.day + "-2");
		assertThat(second.changes().get(0).rrn()).isEqualTo(rrn(1951, 2));
		assertThat(second.nextAfter()).isEqualTo("RC-T-" + this.day + "-2");

		List<ResidentChange> all = this.feed.changes(this.day);
		assertThat(all).extracting(ResidentChange::changeId)
			.containsExactly(moveId, "RC-T-" + this.day + "-0", "RC-T-" + this.day + "-1", "RC-T-" + this.day + "-2",
					"RC-T-" + this.day + "-3", "RC-T-" + this.day + "-9");
		ResidentChange qualification = all.get(5);
		assertThat(qualification.qualificationKind()).isEqualTo(QualificationKind.BASIC_LIVELIHOOD);
		assertThat(qualification.qualificationHeld()).isFalse();
		assertThat(qualification.qualificationEnded()).isEqualTo(this.day.minusDays(3));
		ResidentChange move = all.get(0);
		assertThat(move.rrn()).isEqualTo(mover);
		assertThat(move.newAdminDongCode()).isEqualTo("1165051000");
		assertThat(move.newAddress()).isEqualTo("서울특별시 서초구 반포대로 1");
		assertThat(move.toString()).doesNotContain(mover.reveal());
		assertThat(this.feed.changes(this.day.plusDays(2))).isEmpty();
	}

	@Test
	void shouldRefuseWithoutTheKeyAndPlayFaults() throws Exception {
		this.simulator.plant(this.day, new ResidentChange("RC-F-" + this.day, rrn(1955, 5), LifeEventKind.DEATH,
				this.day, null, null, null, null, null));
		assertThat(
				simulator("GET", "/simulator/v1/resident-register/changes?date=" + this.day, null, null).statusCode())
			.isEqualTo(401);
		assertThat(simulator("GET", "/simulator/v1/resident-register/changes?date=" + this.day + "&size=0", KEY, null)
			.statusCode()).isEqualTo(400);

		this.faults.inject(PublicDataSource.RESIDENT_REGISTER, SimulatorFaults.Mode.UNAVAILABLE, 0);
		assertThat(simulator("GET", "/simulator/v1/resident-register/changes?date=" + this.day, KEY, null).statusCode())
			.isEqualTo(503);
		assertThatThrownBy(() -> this.feed.changes(this.day)).isInstanceOf(PublicDataUnavailableException.class)
			.satisfies(
					ex -> assertThat(((PublicDataUnavailableException) ex).failure()).isEqualTo(Failure.SERVER_ERROR));

		// two failing calls, then an answer: the client's retries (3 attempts) get it
		this.faults.clear();
		this.faults.inject(PublicDataSource.RESIDENT_REGISTER, SimulatorFaults.Mode.MALFORMED, 2);
		assertThat(this.feed.changes(this.day)).extracting(ResidentChange::changeId)
			.containsExactly("RC-F-" + this.day);
	}

	private HttpResponse<String> simulator(String method, String path, String apiKey, String body) throws Exception {
		var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
			.method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
					: java.net.http.HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (apiKey != null) {
			request.header("X-Api-Key", apiKey);
		}
		return java.net.http.HttpClient.newHttpClient()
			.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	/** A valid legacy resident number of a man born on the first of a month. */
	static Rrn rrn(int year, int serial) {
		String front = "%02d%02d%02d".formatted(year % 100, 3, 1) + "1" + "%05d".formatted(70_000 + serial);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return Rrn.parse(front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10);
	}

}
