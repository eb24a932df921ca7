package io.bokjiflow.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import io.bokjiflow.catalog.ApplyChannel;
import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.LifeStage;
import io.bokjiflow.catalog.LocalProgramSource;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local programs from a {@link LocalProgramSource} in the catalogue: read on every call
 * (so a newly published one shows at once), listed after the central programs, found by
 * code and search, and left out when they break the rules for local programs.
 */
class LocalProgramSourceTest {

	private final List<Program> local = new ArrayList<>();

	private final YamlProgramCatalog catalog = new YamlProgramCatalog(YamlProgramCatalog.RESOURCES,
			List.of(() -> List.copyOf(this.local)));

	static Program local(String code, String prefix, String processKey, List<String> regions) {
		return new Program(code, "강남구 장수수당", "Gangnam longevity", LocalProgramSource.MINISTRY, null, "조례", false, null,
				BenefitKind.CASH, "월 3만원", "KRW 30,000 a month", "강남구 주민 · 만 90세 이상", "Residents aged 90+", 14,
				processKey, 30_000L, prefix, List.of(), List.of(), List.of(), List.of(LifeStage.OLD_AGE), List.of(),
				List.of(), List.of(ApplyChannel.COMMUNITY_CENTRE), "주민센터", "Community centre", regions, null, null,
				List.of(), List.of("assumed"));
	}

	@Test
	void shouldListFindAndSearchLocalProgramsAsSoonAsTheSourceHasThem() {
		int central = this.catalog.programs().size();
		assertThat(this.catalog.program("L11680-LONGEVITY")).isEmpty();

		this.local.add(local("L11680-LONGEVITY", "OM1", "om-regular-cash-eligibility", List.of("11")));

		assertThat(this.catalog.programs()).hasSize(central + 1)
			.last()
			.extracting(Program::code)
			.isEqualTo("L11680-LONGEVITY");
		assertThat(this.catalog.program("L11680-LONGEVITY")).isPresent();
		assertThat(this.catalog.applicablePrograms()).extracting(Program::code).contains("L11680-LONGEVITY");
		assertThat(this.catalog.search(ProgramQuery.all().withKeyword("장수수당").withRegion("11")))
			.extracting(Program::code)
			.containsExactly("L11680-LONGEVITY");
		assertThat(this.catalog.search(ProgramQuery.all().withKeyword("장수수당").withRegion("26"))).isEmpty();
	}

	@Test
	void shouldLeaveOutLocalProgramsThatBreakTheRules() {
		int central = this.catalog.programs().size();
		this.local.add(local("NOT_LOCAL_CODE", "OM1", null, List.of("11")));
		this.local.add(local("L11680-A", "TV", "p", List.of("11")));
		this.local.add(local("L11680-B", "OM2", "p", List.of("ALL")));
		this.local.add(local("L11680-C", null, "p", List.of("11")));
		this.local.add(local("L11680-D", "OM3", "p", List.of("99")));
		this.local.add(local("L11680-OK", "OM4", "p", List.of("11")));
		this.local.add(local("L11680-OK", "OM5", "p", List.of("11")));
		this.local.add(local("L11680-E", "OM4", "p", List.of("11")));

		assertThat(this.catalog.programs()).hasSize(central + 1);
		assertThat(this.catalog.program("L11680-OK")).map(Program::applicationPrefix).contains("OM4");
		assertThat(this.catalog.program("L11680-E")).isEmpty();
	}

}
