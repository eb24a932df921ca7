package io.bokjiflow.casework.internal.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.DecisionView;
import io.bokjiflow.casework.EligibilityExplanation;
import io.bokjiflow.casework.EvidenceView;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;

/**
 * Decided travel-voucher cases of 강남구 (synthetic applicant), the catalogue's travel
 * voucher and the organisations of the demo data, for letter tests without a database.
 */
final class LetterFixtures {

	static final String APPLICATION_NO = "TV-2026-000123";

	static final Organization SEOUL = new Organization("11", null, OrgLevel.SIDO, "서울특별시", "Seoul");

	static final Organization GANGNAM = new Organization("11680", "11", OrgLevel.SIGUNGU, "강남구", "Gangnam-gu");

	static final Organization YEOKSAM1 = new Organization("1168064000", "11680", OrgLevel.EMD, "역삼1동",
			"Yeoksam 1-dong");

	/** 2026-03-02 10:15 in Seoul. */
	static final Instant SUBMITTED = Instant.parse("2026-03-02T01:15:00Z");

	/** 2026-03-05 16:40 in Seoul. */
	static final Instant DECIDED = Instant.parse("2026-03-05T07:40:00Z");

	static final DecisionLetterTexts TEXTS = DecisionLetterTexts.load();

	static final Program TRAVEL_VOUCHER = catalogued("TRAVEL_VOUCHER");

	private LetterFixtures() {
	}

	/**
	 * A case approved by a caseworker after the rule found a basic-livelihood recipient.
	 */
	static CaseFile approvedOnReview() {
		return decided(new DecisionView(ApplicationStatus.APPROVED, "REVIEW_APPROVE", null, "BASIC_LIVELIHOOD",
				"cw.gangnam", DECIDED), true, "BASIC_LIVELIHOOD");
	}

	/** A case the rule rejected without a review. */
	static CaseFile rejectedByRule() {
		return decided(new DecisionView(ApplicationStatus.REJECTED, "RULE_NO_QUALIFICATION", null, "NO_QUALIFICATION",
				"system", DECIDED), false, "NO_QUALIFICATION");
	}

	/** A case a caseworker rejected, with their reason. */
	static CaseFile rejectedOnReview(String reason) {
		return decided(new DecisionView(ApplicationStatus.REJECTED, "REVIEW_REJECT", reason, "NEAR_POOR", "cw.gangnam",
				DECIDED), true, "NEAR_POOR");
	}

	/** A case still waiting for its review. */
	static CaseFile undecided() {
		return new CaseFile(summary(ApplicationStatus.IN_REVIEW), "580315-2******", "김영희", List.of(evidence()),
				Optional.of(true), Optional.of("BASIC_LIVELIHOOD"), Optional.empty(), Optional.empty(), List.of(),
				Optional.empty());
	}

	/**
	 * A case whose rule has no wording of its own in decision-letter.yml: the table's
	 * description explains it.
	 */
	static CaseFile approvedByATableRule() {
		DecisionView decision = new DecisionView(ApplicationStatus.APPROVED, "RULE_SINGLE_PARENT", null,
				"SINGLE_PARENT", "system", DECIDED);
		EligibilityExplanation explanation = new EligibilityExplanation("travel-voucher-eligibility", 2, "여행바우처 자격 판정",
				"SINGLE_PARENT", "한부모가족은 지원 대상", false, null, null, Map.of("singleParent", true),
				Map.of("singleParent", "한부모가족 (single parent)"));
		return new CaseFile(summary(ApplicationStatus.APPROVED), "580315-2******", "김영희",
				List.of(evidence(), evidence("MEMBER", "SIMULATOR: 사회보장정보원 (simulated)", "2026-03-02T01:15:05Z"),
						evidence("APPLICANT", "SIMULATOR: 국세청 (simulated)", "2026-03-02T01:15:04Z")),
				Optional.of(true), Optional.of("SINGLE_PARENT"), Optional.of(decision), Optional.of(explanation),
				List.of(), Optional.empty());
	}

	private static CaseFile decided(DecisionView decision, boolean eligible, String rule) {
		return new CaseFile(summary(decision.outcome()), "580315-2******", "김영희", List.of(evidence()),
				Optional.of(eligible), Optional.of(rule), Optional.of(decision), Optional.empty(), List.of(),
				Optional.empty());
	}

	private static ApplicationSummary summary(ApplicationStatus status) {
		return new ApplicationSummary(UUID.fromString("0190f4a2-0000-7000-8000-000000000123"), APPLICATION_NO,
				"TRAVEL_VOUCHER", UUID.fromString("0190f4a2-0000-7000-8000-000000000456"), "김*희", "1168064000", status,
				SUBMITTED, "cw.gangnam", LocalDate.of(2026, 4, 1), "process-1");
	}

	private static EvidenceView evidence() {
		return evidence("APPLICANT", "SIMULATOR: 사회보장정보원 (simulated)", "2026-03-02T01:15:03Z");
	}

	private static EvidenceView evidence(String subject, String source, String fetchedAt) {
		return new EvidenceView("QUALIFICATION", subject, source, "사회보장급여법 제12조", Instant.parse(fetchedAt), "req-1",
				"ab".repeat(32), List.of());
	}

	static DecisionLetterBuilder builder(CaseFile file) {
		return new DecisionLetterBuilder(TEXTS).caseFile(file)
			.program(TRAVEL_VOUCHER)
			.office(SEOUL, GANGNAM)
			.communityCentre(YEOKSAM1);
	}

	/** A program as the catalogue holds it (read from the catalogue's own data file). */
	static Program catalogued(String code) {
		ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
		try (InputStream in = LetterFixtures.class.getClassLoader().getResourceAsStream("catalog/programs.yml")) {
			for (JsonNode node : yaml.readTree(in).get("programs")) {
				if (code.equals(node.get("code").asText())) {
					return yaml.treeToValue(node, Program.class);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new IllegalArgumentException("No program " + code);
	}

}
