package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.bokjiflow.catalog.ApplyChannel;
import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.LifeStage;
import io.bokjiflow.catalog.LocalProgramSource;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.Situation;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.ProgramConfigurationPublished;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;
import io.bokjiflow.openmarket.TaskType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The local programs in the catalogue: each program's version in force today, mapped to a
 * catalogue {@link Program}. Kept for the day and dropped when a version is published, so
 * a new version shows without a restart.
 */
@Component
class LocalProgramCatalogSource implements LocalProgramSource {

	private final ProgramVersionStore store;

	private final Identity identity;

	private final Clock clock;

	private final AtomicLong generation = new AtomicLong();

	private volatile Snapshot snapshot;

	private record Snapshot(LocalDate day, long generation, List<Program> programs) {
	}

	LocalProgramCatalogSource(ProgramVersionStore store, Identity identity, Clock clock) {
		this.store = store;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	public List<Program> localPrograms() {
		LocalDate today = LocalDate.now(this.clock);
		long gen = this.generation.get();
		Snapshot s = this.snapshot;
		if (s != null && s.day().equals(today) && s.generation() == gen) {
			return s.programs();
		}
		List<Program> programs = this.store.allEffective(today).stream().map(this::toProgram).toList();
		this.snapshot = new Snapshot(today, gen, programs);
		return programs;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ProgramConfigurationPublished published) {
		this.generation.incrementAndGet();
	}

	Program toProgram(ProgramVersionStore.Row row) {
		ProgramVersion v = row.version();
		ProgramContent c = v.content();
		TaskType type = c.taskType();
		boolean application = type.application();
		boolean cash = type.benefit() == TaskType.Benefit.CASH;
		Organization sigungu = this.identity.organization(row.sigunguCode()).orElse(null);
		String placeKo = sigungu == null ? row.sigunguCode() : sigungu.nameKo();
		String placeEn = sigungu == null ? row.sigunguCode() : sigungu.nameEn();
		List<String> sources = new ArrayList<>(c.sources());
		if (sources.isEmpty() && c.assumptions().isEmpty()) {
			sources.add(c.legalBasis());
		}
		String amountKo = c.amountWon() > 0 ? " · %,d원".formatted(c.amountWon()) : "";
		String amountEn = c.amountWon() > 0 ? " · KRW %,d".formatted(c.amountWon()) : "";
		return new Program(v.programCode(), c.nameKo(), c.nameEn(), MINISTRY, null, c.legalBasis(), false, null,
				benefitKind(type), c.summaryKo() + amountKo + " · " + c.schedule(),
				(c.summaryEn() == null || c.summaryEn().isBlank() ? c.nameEn() : c.summaryEn()) + amountEn + " · "
						+ c.schedule(),
				eligibilityKo(placeKo, c.criteria()), eligibilityEn(placeEn, c.criteria()),
				application ? c.decisionDeadlineDays() : null, application ? type.processKey() : null,
				cash ? c.amountWon() : null, application ? "OM" + row.catalogNo() : null, List.of(), List.of(),
				List.of(), lifeStages(c.criteria()), situations(c.criteria()), List.of(),
				application ? List.of(ApplyChannel.COMMUNITY_CENTRE) : List.of(),
				application ? placeKo + " 주민센터(행정복지센터)에 신청합니다." : "신청하지 않아도 " + placeKo + "이(가) 기준에 맞는 주민을 선정해 지급합니다.",
				application ? "Apply at a community centre of " + placeEn + "."
						: "No application: " + placeEn + " selects the residents who meet the criteria and pays them.",
				List.of(row.sigunguCode().substring(0, 2)),
				"%s 자체 사업 (오픈마켓 과업유형 %d: %s) · 버전 %d, %s 시행".formatted(placeKo, type.number(),
						type.description(java.util.Locale.KOREAN), v.version(), v.effectiveFrom()),
				"Own program of %s (open-market task type %d: %s) · version %d in force since %s".formatted(placeEn,
						type.number(), type.description(java.util.Locale.ENGLISH), v.version(), v.effectiveFrom()),
				sources, c.assumptions());
	}

	static BenefitKind benefitKind(TaskType type) {
		return switch (type.benefit()) {
			case CASH -> BenefitKind.CASH;
			case IN_KIND -> BenefitKind.IN_KIND;
			case VOUCHER -> BenefitKind.VOUCHER;
			case REDUCTION -> BenefitKind.REDUCTION;
		};
	}

	/** The life stages whose ages overlap the criteria's age range (all without one). */
	static List<LifeStage> lifeStages(Criteria k) {
		int min = k.minAge() == null ? 0 : k.minAge();
		int max = k.maxAge() == null ? 150 : k.maxAge();
		int[][] bounds = { { 0, 5 }, { 6, 18 }, { 19, 34 }, { 35, 64 }, { 65, 150 } };
		LifeStage[] stages = { LifeStage.INFANT, LifeStage.CHILD_YOUTH, LifeStage.YOUNG_ADULT, LifeStage.MIDDLE_AGE,
				LifeStage.OLD_AGE };
		List<LifeStage> result = new ArrayList<>();
		for (int i = 0; i < stages.length; i++) {
			if (min <= bounds[i][1] && max >= bounds[i][0]) {
				result.add(stages[i]);
			}
		}
		return result;
	}

	/** The situations the criteria ask for (empty: the program is for everybody). */
	static List<Situation> situations(Criteria k) {
		Set<Situation> s = EnumSet.noneOf(Situation.class);
		for (String q : k.qualificationsAnyOf()) {
			switch (q) {
				case "BASIC_LIVELIHOOD", "NEAR_POOR" -> s.add(Situation.LOW_INCOME);
				case "DISABILITY" -> s.add(Situation.DISABILITY);
				case "VETERAN" -> s.add(Situation.VETERAN);
				case "SINGLE_PARENT" -> s.add(Situation.SINGLE_PARENT);
				case "MULTICULTURAL_FAMILY" -> s.add(Situation.MULTICULTURAL);
				default -> {
				}
			}
		}
		if (k.maxIncomePercentOfMedian() != null) {
			s.add(Situation.LOW_INCOME);
		}
		if (k.minChildren() != null && k.minChildren() >= 3) {
			s.add(Situation.MULTI_CHILD);
		}
		return List.copyOf(s);
	}

	static String eligibilityKo(String place, Criteria k) {
		List<String> parts = new ArrayList<>();
		parts.add(place + " 주민");
		if (k.sex() != null) {
			parts.add("M".equals(k.sex()) ? "남성" : "여성");
		}
		if (k.minAge() != null || k.maxAge() != null) {
			parts.add(k.maxAge() == null ? "만 %d세 이상".formatted(k.minAge()) : k.minAge() == null
					? "만 %d세 이하".formatted(k.maxAge()) : "만 %d–%d세".formatted(k.minAge(), k.maxAge()));
		}
		if (k.minResidenceMonths() != null) {
			parts.add("거주 %d개월 이상".formatted(k.minResidenceMonths()));
		}
		if (!k.residenceCodes().isEmpty()) {
			parts.add("거주지 " + String.join(", ", k.residenceCodes()));
		}
		if (k.minHouseholdSize() != null || k.maxHouseholdSize() != null) {
			parts.add("가구원 %s–%s명".formatted(k.minHouseholdSize() == null ? "1" : k.minHouseholdSize(),
					k.maxHouseholdSize() == null ? "" : k.maxHouseholdSize()));
		}
		if (k.minChildren() != null) {
			parts.add("18세 미만 자녀 %d명 이상".formatted(k.minChildren()));
		}
		if (!k.qualificationsAnyOf().isEmpty()) {
			parts.add("자격: " + String.join(" 또는 ", k.qualificationsAnyOf().stream().sorted().toList()));
		}
		if (k.maxIncomePercentOfMedian() != null) {
			parts.add("소득인정액 기준 중위소득 %d%% 이하".formatted(k.maxIncomePercentOfMedian()));
		}
		return String.join(" · ", parts);
	}

	static String eligibilityEn(String place, Criteria k) {
		List<String> parts = new ArrayList<>();
		parts.add("Residents of " + place);
		if (k.sex() != null) {
			parts.add("M".equals(k.sex()) ? "men" : "women");
		}
		if (k.minAge() != null || k.maxAge() != null) {
			parts.add(k.maxAge() == null ? "aged %d or over".formatted(k.minAge()) : k.minAge() == null
					? "aged %d or under".formatted(k.maxAge()) : "aged %d–%d".formatted(k.minAge(), k.maxAge()));
		}
		if (k.minResidenceMonths() != null) {
			parts.add("resident for %d months or more".formatted(k.minResidenceMonths()));
		}
		if (!k.residenceCodes().isEmpty()) {
			parts.add("living in " + String.join(", ", k.residenceCodes()));
		}
		if (k.minHouseholdSize() != null || k.maxHouseholdSize() != null) {
			parts.add("households of %s–%s".formatted(k.minHouseholdSize() == null ? "1" : k.minHouseholdSize(),
					k.maxHouseholdSize() == null ? "" : k.maxHouseholdSize()));
		}
		if (k.minChildren() != null) {
			parts.add("%d or more children under 18".formatted(k.minChildren()));
		}
		if (!k.qualificationsAnyOf().isEmpty()) {
			parts.add("holding " + String.join(" or ", k.qualificationsAnyOf().stream().sorted().toList()));
		}
		if (k.maxIncomePercentOfMedian() != null) {
			parts.add("recognised income at most %d%% of the median".formatted(k.maxIncomePercentOfMedian()));
		}
		return String.join(" · ", parts);
	}

}
