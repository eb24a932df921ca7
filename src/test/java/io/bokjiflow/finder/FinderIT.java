package io.bokjiflow.finder;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.LifeStage;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.catalog.ProgramQuery;
import io.bokjiflow.finder.SelfCheckResult.Confidence;
import io.bokjiflow.finder.SelfCheckResult.Finding;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public finder against the real catalogue (central and sample local programs), the
 * real tables and the database: search filters down to the 시·군·구, the self-check,
 * hand-off codes for caseworkers only, and which pages answer anonymously.
 */
class FinderIT extends IntegrationTest {

	@Autowired
	private ProgramSearch search;

	@Autowired
	private ProgramCatalog catalog;

	@Autowired
	private SelfCheck selfCheck;

	@Autowired
	private HandOffs handOffs;

	@Autowired
	private JdbcTemplate jdbc;

	private static ProgramSearch.Query query(ProgramQuery q, String sigungu) {
		return new ProgramSearch.Query(q, sigungu);
	}

	@Test
	void shouldNarrowLocalProgramsToTheChosenDistrictAndKeepCentralOnes() {
		List<Program> seoul = this.search.search(query(ProgramQuery.all().withRegion("11"), null), 0, 1_000);
		List<Program> gangnam = this.search.search(query(ProgramQuery.all(), "11680"), 0, 1_000);
		assertThat(seoul).extracting(Program::code).contains("L11680-LONGEVITY", "L11110-MISU", "TRAVEL_VOUCHER");
		assertThat(gangnam).extracting(Program::code)
			.contains("L11680-LONGEVITY", "TRAVEL_VOUCHER")
			.doesNotContain("L11110-MISU");
		assertThat(gangnam).allSatisfy(p -> assertThat(p.localSigungu()).isIn(null, "11680"));
		long centralInSeoul = seoul.stream().filter(p -> p.localSigungu() == null).count();
		assertThat(gangnam.stream().filter(p -> p.localSigungu() == null).count()).isEqualTo(centralInSeoul);
		// A 시·군·구 implies its 시·도: no local program of another province.
		assertThat(gangnam).noneMatch(p -> p.localSigungu() != null && !p.localSigungu().startsWith("11"));
	}

	@Test
	void shouldCombineKeywordLifeStageAndBenefitKindLikeTheCatalogue() {
		ProgramQuery q = ProgramQuery.all()
			.withKeyword("바우처")
			.withLifeStage(LifeStage.OLD_AGE)
			.withBenefitKind(BenefitKind.VOUCHER);
		List<Program> found = this.search.search(query(q, "11680"), 0, 1_000);
		assertThat(found).isNotEmpty()
			.allSatisfy(p -> assertThat(p.lifeStages()).contains(LifeStage.OLD_AGE))
			.allSatisfy(p -> assertThat(p.benefitKind()).isEqualTo(BenefitKind.VOUCHER));
		assertThat(found).extracting(Program::code).contains("TRAVEL_VOUCHER");
		List<Program> catalogue = this.catalog.search(q.withRegion("11"));
		assertThat(catalogue).containsAll(found);
	}

	@Test
	void shouldPageThroughTheSameResultsInTheSameOrder() {
		ProgramSearch.Query q = query(ProgramQuery.all(), "11110");
		int total = this.search.count(q);
		List<Program> paged = new ArrayList<>();
		for (int offset = 0; offset < total; offset += 10) {
			paged.addAll(this.search.search(q, offset, 10));
		}
		assertThat(paged).hasSize(total).isEqualTo(this.search.search(q, 0, total)).doesNotHaveDuplicates();
		assertThat(this.search.search(q, total, 10)).isEmpty();
	}

	@Test
	void shouldFindSupportAndLocalProgramsForALowIncomeSeniorInGangnam() {
		SelfCheckAnswers answers = new SelfCheckAnswers(1, List.of(72), "11680", null, IncomeBand.UP_TO_1M, false,
				AssetBand.UP_TO_50M, false, VehicleBand.NONE, EnumSet.of(SelfCheckQualification.LIVELIHOOD_OR_MEDICAL));
		SelfCheckResult result = this.selfCheck.check(answers);
		assertThat(finding(result, "TRAVEL_VOUCHER"))
			.hasValueSatisfying(f -> assertThat(f.confidence()).isEqualTo(Confidence.LIKELY_ELIGIBLE));
		// 65+, 강남구, basic livelihood or near-poor: met whatever was not asked.
		assertThat(finding(result, "L11680-SENIOR-BATH")).hasValueSatisfying(f -> {
			assertThat(f.kind()).isEqualTo(SelfCheckResult.Kind.LOCAL);
			assertThat(f.confidence()).isEqualTo(Confidence.LIKELY_ELIGIBLE);
			assertThat(f.ruleDescriptionKo()).contains("65");
		});
		// 90+: not for a 72-year-old.
		assertThat(finding(result, "L11680-LONGEVITY")).isEmpty();
		assertThat(result.findings()).noneMatch(f -> f.program().code().startsWith("L11110-"));
		assertThat(result.recognisedIncomeLow()).isLessThanOrEqualTo(result.recognisedIncomeHigh());

		SelfCheckResult older = this.selfCheck.check(new SelfCheckAnswers(1, List.of(93), "11680", null,
				IncomeBand.NONE, true, AssetBand.NONE, false, VehicleBand.NONE, Set.of()));
		// 90+ with a year of residence, which the questionnaire does not ask.
		assertThat(finding(older, "L11680-LONGEVITY")).hasValueSatisfying(f -> {
			assertThat(f.confidence()).isEqualTo(Confidence.CHECK_NEEDED);
			assertThat(f.openFacts()).contains("residence");
		});
	}

	@Test
	void shouldHandTheAnswersToACaseworkerAndNobodyElse() {
		SelfCheckAnswers answers = new SelfCheckAnswers(3, List.of(41, 39, 8), "11680", "1168064000",
				IncomeBand.UP_TO_3M, true, AssetBand.UP_TO_100M, false, VehicleBand.UP_TO_5M,
				EnumSet.of(SelfCheckQualification.NEAR_POOR));
		SecurityContextHolder.clearContext();
		HandOff made = this.handOffs.create(answers, "TRAVEL_VOUCHER");
		assertThat(made.code()).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
		assertThat(made.expiresAt()).isAfter(Instant.now().plusSeconds(29L * 24 * 3600));
		String stored = this.jdbc.queryForObject("select answers::text from fnd_handoff where code = ?", String.class,
				made.code().replace("-", ""));
		assertThat(stored).contains("\"householdSize\": 3").doesNotContainIgnoringCase("name").doesNotContain("rrn");

		assertThatThrownBy(() -> this.handOffs.find(made.code())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as("official.gangnam", () -> this.handOffs.find(made.code())))
			.isInstanceOf(AccessDeniedException.class);
		Optional<HandOff> found = as("cw.jongno", () -> this.handOffs.find(made.code().toLowerCase()));
		assertThat(found).hasValueSatisfying(h -> {
			assertThat(h.programCode()).isEqualTo("TRAVEL_VOUCHER");
			assertThat(h.answers()).isEqualTo(answers);
		});

		this.jdbc.update("update fnd_handoff set created_at = ?, expires_at = ? where code = ?",
				Timestamp.from(Instant.now().minusSeconds(31L * 24 * 3600)),
				Timestamp.from(Instant.now().minusSeconds(5)), made.code().replace("-", ""));
		assertThat(as("cw.gangnam", () -> this.handOffs.find(made.code()))).as("expired").isEmpty();
	}

	@Test
	void shouldServeOnlyTheFinderPagesAnonymously() throws Exception {
		for (String path : new String[] { "/finder", "/finder/check", "/finder/program/TRAVEL_VOUCHER",
				"/styles/finder.css" }) {
			HttpResponse<String> response = call("GET", path, null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
		}
		for (String path : new String[] { "/catalog", "/applications/new", "/persons", "/outreach", "/tasks", "/" }) {
			HttpResponse<String> response = call("GET", path, null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
	}

	private static Optional<Finding> finding(SelfCheckResult result, String code) {
		return result.findings().stream().filter(f -> f.program().code().equals(code)).findFirst();
	}

}
