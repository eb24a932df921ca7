package io.bokjiflow.openmarket.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample local programs: at least 30 across several 시·군·구 and all ten task types,
 * each sourced or marked as assumed, with forms Camunda and BokjiFlow can read and valid
 * criteria; published as version 1 by the system at start-up, once, and listed in the
 * catalogue.
 */
class SampleProgramsIT extends IntegrationTest {

	@Autowired
	private LocalPrograms programs;

	@Autowired
	private ProgramCatalog catalog;

	@Autowired
	private SamplePrograms samples;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldCoverEveryTaskTypeWithSourcedOrAssumedData() {
		List<SamplePrograms.Sample> all = SamplePrograms.read(this.json);
		assertThat(all).hasSizeGreaterThanOrEqualTo(30);
		assertThat(all.stream().map(s -> s.code()).distinct()).hasSameSizeAs(all);
		assertThat(all.stream().map(s -> s.content().taskType()).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(TaskType.class));
		Set<String> districts = all.stream().map(s -> s.content().sigunguCode()).collect(Collectors.toSet());
		assertThat(districts).hasSizeGreaterThanOrEqualTo(8).contains("11680", "11110");
		assertThat(all.stream().filter(s -> s.content().sigunguCode().equals("11680"))).hasSizeGreaterThanOrEqualTo(8);
		Set<String> organisations = this.identity.organizations(OrgLevel.SIGUNGU)
			.stream()
			.map(o -> o.code())
			.collect(Collectors.toSet());
		assertThat(organisations).containsAll(districts);
		assertThat(all).allSatisfy(s -> {
			var c = s.content();
			assertThat(c.sources().isEmpty() && c.assumptions().isEmpty()).as(s.code() + " sourced or assumed")
				.isFalse();
			assertThat(s.code()).startsWith("L" + c.sigunguCode() + "-");
			ProgramContentRules.checkCriteria(c.criteria());
			if (c.taskType().application()) {
				CamundaForm form = CamundaForm.parse(c.applicationFormJson());
				assertThat(form.id()).isEqualTo("om-application-" + s.code());
				assertThat(form.keyedFields()).as(s.code()).anyMatch(CamundaForm.Field::input);
			}
			else {
				assertThat(c.applicationFormJson()).as(s.code()).isNull();
			}
		});
	}

	@Test
	void shouldPublishEverySampleOnceAndListItInTheCatalogue() {
		List<SamplePrograms.Sample> all = SamplePrograms.read(this.json);
		Map<String, ProgramVersion> latest = this.programs.programs(null)
			.stream()
			.collect(Collectors.toMap(ProgramVersion::programCode, Function.identity()));
		long versionsBefore = versionRows();
		this.samples.load();
		assertThat(versionRows()).as("a second start creates nothing").isEqualTo(versionsBefore);

		for (SamplePrograms.Sample s : all) {
			List<ProgramVersion> versions = this.programs.versions(s.code());
			ProgramVersion v1 = versions.get(versions.size() - 1);
			assertThat(v1.version()).isEqualTo(1);
			assertThat(v1.status()).isEqualTo(ProgramVersion.Status.PUBLISHED);
			assertThat(v1.decidedBy()).isEqualTo(LocalProgramService.SYSTEM);
			assertThat(latest).containsKey(s.code());
			assertThat(this.programs.applicationForm(v1.id()).isPresent()).as(s.code())
				.isEqualTo(s.content().taskType().application());

			Program p = this.catalog.program(s.code()).orElseThrow(() -> new AssertionError(s.code() + " not listed"));
			assertThat(p.nameKo()).isEqualTo(s.content().nameKo());
			assertThat(p.legalBasis()).isEqualTo(s.content().legalBasis());
			assertThat(p.regions()).containsExactly(s.content().sigunguCode().substring(0, 2));
			if (s.content().taskType().application()) {
				assertThat(p.processKey()).isEqualTo(s.content().taskType().processKey());
				assertThat(p.applicationPrefix()).matches("OM\\d+");
				assertThat(p.decisionDeadlineDays()).isEqualTo(s.content().decisionDeadlineDays());
			}
			else {
				assertThat(p.processKey()).as("no application for the selection types").isNull();
				assertThat(p.applicationPrefix()).isNull();
			}
			boolean cash = s.content().taskType().benefit() == TaskType.Benefit.CASH;
			assertThat(p.paymentWon()).isEqualTo(cash ? Long.valueOf(s.content().amountWon()) : null);
		}
		List<Program> listed = this.catalog.programs();
		assertThat(listed.stream().map(Program::applicationPrefix).filter(java.util.Objects::nonNull))
			.doesNotHaveDuplicates();
		assertThat(this.catalog.search(io.bokjiflow.catalog.ProgramQuery.all().withKeyword("장수수당")))
			.extracting(Program::code)
			.contains("L11680-LONGEVITY", "L47170-LONGEVITY");
	}

	private long versionRows() {
		return this.jdbc.sql("select count(*) from om_program_version").query(Long.class).single();
	}

}
