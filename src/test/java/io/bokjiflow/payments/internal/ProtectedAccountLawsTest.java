package io.bokjiflow.payments.internal;

import io.bokjiflow.testing.TestCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which legal bases allow a seizure-protected account
 * ({@code payments/protected-account-laws.yml}, FACTS.md e).
 */
class ProtectedAccountLawsTest {

	private final ProtectedAccountLaws laws = new ProtectedAccountLaws();

	@Test
	void shouldAllowTheBenefitsTheSourcesName() {
		assertThat(this.laws.allows("국민기초생활 보장법")).isTrue();
		assertThat(this.laws.allows("국민기초생활보장법 (해산급여)")).as("spaces ignored").isTrue();
		assertThat(this.laws.allows("기초연금법")).isTrue();
		assertThat(this.laws.allows("장애인복지법 제49조 (장애수당)")).isTrue();
		assertThat(this.laws.allows("아동수당법")).isTrue();
	}

	@Test
	void shouldRefuseOrdinancesAndOtherLaws() {
		assertThat(this.laws.allows("서울특별시 강남구 장수수당 지급 조례")).isFalse();
		assertThat(this.laws.allows("관광진흥법 제47조의5 (여행이용권의 지급 및 운영)")).isFalse();
		assertThat(this.laws.allows("장애인복지법 제36조 (의료비 지급)")).as("other articles of the same law").isFalse();
		assertThat(this.laws.allows(null)).isFalse();
	}

	@Test
	void shouldDecideTheCatalogueProgramsByTheirLegalBasis() {
		var catalog = TestCatalog.get();
		assertThat(this.laws.allows(catalog.program("BASIC_PENSION").orElseThrow().legalBasis())).isTrue();
		assertThat(this.laws.allows(catalog.program("TRAVEL_VOUCHER").orElseThrow().legalBasis())).isFalse();
	}

}
