package io.bokjiflow.casework.internal.notice;

import java.time.LocalDate;
import java.util.Locale;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.internal.notice.DecisionLetter.Reason;
import io.bokjiflow.casework.internal.notice.DecisionLetter.ReasonKind;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The decision letter says what was decided, why, what is granted, who decided and how to
 * object — in Korean, and in English on request.
 */
class DecisionLetterBuilderTest {

	@Test
	void shouldStateAnApprovalWithItsReasonsBenefitAndOffice() {
		DecisionLetter letter = LetterFixtures.builder(LetterFixtures.approvedOnReview()).build();

		assertThat(letter.locale()).isEqualTo(Locale.KOREAN);
		assertThat(letter.title()).isEqualTo("여행바우처 신청 결정 통지서");
		assertThat(letter.applicationNo()).isEqualTo("TV-2026-000123");
		assertThat(letter.appliedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(letter.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(letter.format(letter.decidedOn())).isEqualTo("2026년 3월 5일");
		assertThat(letter.addressee()).isEqualTo("김*희 귀하");
		assertThat(letter.address()).isEqualTo("서울특별시 강남구 역삼1동");
		assertThat(letter.programName()).isEqualTo("여행바우처");
		assertThat(letter.legalBasis()).startsWith("관광진흥법");
		assertThat(letter.outcome()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(letter.outcomeText()).startsWith("승인");
		assertThat(letter.introduction()).isEqualTo("귀하께서 2026년 3월 2일에 신청하신 여행바우처에 대하여 다음과 같이 결정하였음을 알려 드립니다.");
		assertThat(letter.benefit()).isEqualTo(LetterFixtures.TRAVEL_VOUCHER.benefitKo());
		assertThat(letter.issuer()).isEqualTo("서울특별시 강남구청장");
		assertThat(letter.institution()).isEqualTo("서울특별시 강남구");
		assertThat(letter.contact()).contains("역삼1동", "서울특별시 강남구");

		assertThat(letter.reasons()).extracting(Reason::kind)
			.containsExactly(ReasonKind.DECISION_BASIS, ReasonKind.RULE, ReasonKind.EVIDENCE);
		assertThat(letter.reasons().get(0).label()).isEqualTo("결정 방식");
		assertThat(letter.reasons().get(0).code()).isEqualTo("REVIEW_APPROVE");
		assertThat(letter.reasons().get(0).text()).contains("담당 공무원");
		assertThat(letter.reasons().get(1).label()).isEqualTo("판정 규칙");
		assertThat(letter.reasons().get(1).code()).isEqualTo("BASIC_LIVELIHOOD");
		assertThat(letter.reasons().get(1).text()).contains("국민기초생활보장 수급자");
		assertThat(letter.reasons().get(2).text()).isEqualTo("SIMULATOR: 사회보장정보원 (simulated) (2026년 3월 2일 조회)");
		assertObjectionRight(letter);
	}

	@Test
	void shouldStateARejectionByRuleWithTheRuleAndWhoQualifiesAndNoBenefit() {
		DecisionLetter letter = LetterFixtures.builder(LetterFixtures.rejectedByRule()).build();

		assertThat(letter.outcome()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(letter.outcomeText()).startsWith("기각");
		assertThat(letter.benefit()).isNull();
		assertThat(letter.reasons()).extracting(Reason::kind)
			.containsExactly(ReasonKind.DECISION_BASIS, ReasonKind.RULE, ReasonKind.ELIGIBILITY, ReasonKind.EVIDENCE);
		assertThat(letter.reasons().get(0).code()).isEqualTo("RULE_NO_QUALIFICATION");
		assertThat(letter.reasons().get(0).text()).isEqualTo("공적자료와 판정 규칙에 따라 결정하였습니다.");
		assertThat(letter.reasons().get(1).code()).isEqualTo("NO_QUALIFICATION");
		assertThat(letter.reasons().get(1).text()).contains("지원 대상 자격이 확인되지 않았습니다");
		assertThat(letter.reasons().get(2).text()).isEqualTo(LetterFixtures.TRAVEL_VOUCHER.eligibilityKo());
		assertObjectionRight(letter);
	}

	@Test
	void shouldPutTheCaseworkersReasonFirstWhenACaseworkerRejected() {
		DecisionLetter letter = LetterFixtures
			.builder(LetterFixtures.rejectedOnReview("  신청일 현재 다른 시·군·구에 주소가 있어 지원 대상이 아닙니다. {head} "))
			.explanation("차상위계층 확인 규칙 (travel-voucher-eligibility, 2번째 행)")
			.build();

		assertThat(letter.reasons()).extracting(Reason::kind)
			.containsExactly(ReasonKind.DECISION_BASIS, ReasonKind.CASEWORKER, ReasonKind.RULE, ReasonKind.EXPLANATION,
					ReasonKind.ELIGIBILITY, ReasonKind.EVIDENCE);
		Reason caseworker = letter.reasons().get(1);
		assertThat(caseworker.label()).isEqualTo("담당 공무원 의견");
		// As written (trimmed), and never read as a template.
		assertThat(caseworker.text()).isEqualTo("신청일 현재 다른 시·군·구에 주소가 있어 지원 대상이 아닙니다. {head}");
		assertThat(letter.reasons().get(2).code()).isEqualTo("NEAR_POOR");
		assertThat(letter.reasons().get(3).text()).isEqualTo("차상위계층 확인 규칙 (travel-voucher-eligibility, 2번째 행)");
	}

	@Test
	void shouldExplainARuleWithoutWordingByItsTableAndNameEachAgencyOnce() {
		DecisionLetter letter = LetterFixtures.builder(LetterFixtures.approvedByATableRule())
			.explanation("한부모가족은 지원 대상")
			.build();

		assertThat(letter.reasons()).extracting(Reason::kind)
			.containsExactly(ReasonKind.DECISION_BASIS, ReasonKind.RULE, ReasonKind.EVIDENCE, ReasonKind.EVIDENCE);
		assertThat(letter.reasons().get(0).text()).isEqualTo("공적자료와 판정 규칙에 따라 결정하였습니다.");
		assertThat(letter.reasons().get(1).code()).isEqualTo("SINGLE_PARENT");
		assertThat(letter.reasons().get(1).text()).isEqualTo("한부모가족은 지원 대상");
		assertThat(letter.reasons().subList(2, 4)).extracting(Reason::text)
			.containsExactly("SIMULATOR: 사회보장정보원 (simulated) (2026년 3월 2일 조회)",
					"SIMULATOR: 국세청 (simulated) (2026년 3월 2일 조회)");
	}

	@Test
	void shouldWriteTheSameLetterInEnglishOnRequest() {
		DecisionLetter letter = LetterFixtures.builder(LetterFixtures.rejectedByRule()).locale(Locale.ENGLISH).build();

		assertThat(letter.title()).isEqualTo("Notice of decision on your Travel voucher application");
		assertThat(letter.format(letter.decidedOn())).isEqualTo("5 March 2026");
		assertThat(letter.outcomeText()).startsWith("Rejected");
		assertThat(letter.issuer()).isEqualTo("Head of Gangnam-gu, Seoul");
		assertThat(letter.address()).isEqualTo("Yeoksam 1-dong, Gangnam-gu, Seoul");
		assertThat(letter.label("applicationNo")).isEqualTo("Application number");
		assertThat(letter.footer()).contains("courtesy translation", LetterFixtures.TEXTS.version());
		assertThat(letter.rights()).first().satisfies(objection -> {
			assertThat(objection.heading()).isEqualTo("Objection");
			assertThat(objection.text()).contains("within 90 days of receiving this notice",
					"Head of Gangnam-gu, Seoul", "Article 17");
		});
		assertThat(letter.rights()).extracting(DecisionLetter.Right::text)
			.allSatisfy(text -> assertThat(text).doesNotContainPattern("[가-힣]"));
	}

	@Test
	void shouldNameTheHeadOfACityOrCountyAndPreferAKnownAddress() {
		Organization gyeonggi = new Organization("41", null, OrgLevel.SIDO, "경기도", "Gyeonggi-do");
		Organization namyangju = new Organization("41360", "41", OrgLevel.SIGUNGU, "남양주시", "Namyangju-si");
		Organization jeonnam = new Organization("46", null, OrgLevel.SIDO, "전라남도", "Jeollanam-do");
		Organization haenam = new Organization("46820", "46", OrgLevel.SIGUNGU, "해남군", "Haenam-gun");
		Organization sejongSido = new Organization("36", null, OrgLevel.SIDO, "세종특별자치시", "Sejong");
		Organization sejong = new Organization("36110", "36", OrgLevel.SIGUNGU, "세종특별자치시", "Sejong");

		assertThat(LetterFixtures.builder(LetterFixtures.rejectedByRule()).office(gyeonggi, namyangju).build().issuer())
			.isEqualTo("경기도 남양주시장");
		assertThat(LetterFixtures.builder(LetterFixtures.rejectedByRule()).office(jeonnam, haenam).build().issuer())
			.isEqualTo("전라남도 해남군수");
		DecisionLetter sejongLetter = LetterFixtures.builder(LetterFixtures.rejectedByRule())
			.office(sejongSido, sejong)
			.communityCentre(null)
			.address("세종특별자치시 한누리대로 2130")
			.build();
		assertThat(sejongLetter.issuer()).isEqualTo("세종특별자치시장");
		assertThat(sejongLetter.address()).isEqualTo("세종특별자치시 한누리대로 2130");
		assertThat(sejongLetter.rights().get(0).text()).contains("세종특별자치시장에게");
	}

	@Test
	void shouldRefuseALetterBeforeTheDecision() {
		assertThatThrownBy(() -> LetterFixtures.builder(LetterFixtures.undecided()).build())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("before a decision");
	}

	@Test
	void shouldRefuseATextWithAPlaceholderItCannotFill() {
		assertThatThrownBy(() -> DecisionLetterBuilder.fill("{program} {unknown}", java.util.Map.of("program", "x")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("{unknown}");
	}

	private static void assertObjectionRight(DecisionLetter letter) {
		assertThat(letter.rights()).extracting(DecisionLetter.Right::id)
			.containsExactly("objection", "appeal", "litigation");
		DecisionLetter.Right objection = letter.rights().get(0);
		assertThat(objection.heading()).isEqualTo("이의신청");
		assertThat(objection.text()).contains("이 통지서를 받은 날부터 90일 이내", "서울특별시 강남구청장에게", "이의신청",
				"「사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률」 제17조");
		assertThat(letter.rights().get(1).text()).contains("「행정심판법」 제27조", "90일");
	}

}
