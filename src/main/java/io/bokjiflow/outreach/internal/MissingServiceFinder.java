package io.bokjiflow.outreach.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.casework.EligibilityTable;
import io.bokjiflow.casework.IncomeStandards;
import io.bokjiflow.casework.OpenApplications;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.CriteriaEvaluator;
import io.bokjiflow.openmarket.Eligibility;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.Subject;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.outreach.MissingService;
import io.bokjiflow.outreach.MissingService.Confidence;
import io.bokjiflow.outreach.MissingService.Evidence;
import io.bokjiflow.outreach.MissingService.Kind;
import io.bokjiflow.outreach.MissingServices;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The missing-service finder over registry facts: the support programs' real eligibility
 * tables with the case facts an investigation would derive (from the integrated DB
 * instead of live public-data calls) and the local programs' criteria, minus what the
 * person receives, is blocked from by a duplicate-benefit BLOCK rule, or has applied for.
 * One code path for one person and for a 행정동 (a batch of persons).
 */
@Service
class MissingServiceFinder implements MissingServices {

	/** From this many persons on, local criteria are first evaluated by one SQL query. */
	private static final int SET_BASED_FROM = 20;

	private static final Map<String, String> QUALIFICATION_FACTS = Map.of("basicLivelihood", "BASIC_LIVELIHOOD",
			"nearPoor", "NEAR_POOR", "disability", "DISABILITY", "veteran", "VETERAN", "singleParent", "SINGLE_PARENT",
			"multicultural", "MULTICULTURAL_FAMILY");

	private static final Map<String, String[]> QUALIFICATION_NAMES = Map.of("BASIC_LIVELIHOOD",
			new String[] { "기초생활수급자", "basic-livelihood recipient" }, "NEAR_POOR",
			new String[] { "차상위계층", "near-poor" }, "DISABILITY", new String[] { "등록장애인", "registered disability" },
			"VETERAN", new String[] { "보훈대상자", "veteran" }, "SINGLE_PARENT",
			new String[] { "한부모가족", "single-parent family" }, "MULTICULTURAL_FAMILY",
			new String[] { "다문화가족", "multicultural family" });

	private final RegistryFacts registry;

	private final EligibilityTables tables;

	private final ProgramCatalog catalog;

	private final LocalPrograms localPrograms;

	private final CriteriaEvaluator criteria;

	private final DuplicateBenefitRules duplicates;

	private final OpenApplications openApplications;

	private final IncomeStandards incomeStandards;

	private final Clock clock;

	MissingServiceFinder(RegistryFacts registry, EligibilityTables tables, ProgramCatalog catalog,
			LocalPrograms localPrograms, CriteriaEvaluator criteria, DuplicateBenefitRules duplicates,
			OpenApplications openApplications, IncomeStandards incomeStandards, Clock clock) {
		this.registry = registry;
		this.tables = tables;
		this.catalog = catalog;
		this.localPrograms = localPrograms;
		this.criteria = criteria;
		this.duplicates = duplicates;
		this.openApplications = openApplications;
		this.incomeStandards = incomeStandards;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MissingService> find(UUID personId) {
		return findAll(List.of(personId)).getOrDefault(personId, List.of());
	}

	/**
	 * The findings of living persons by person id; persons without findings are absent.
	 */
	@Transactional(readOnly = true)
	Map<UUID, List<MissingService>> findAll(List<UUID> personIds) {
		LocalDate today = LocalDate.now(this.clock);
		List<RegistryFacts.Person> persons = this.registry.load(personIds, today)
			.stream()
			.filter(RegistryFacts.Person::alive)
			.toList();
		Map<UUID, Set<String>> open = this.openApplications
			.openPrograms(persons.stream().map(RegistryFacts.Person::id).toList());
		Set<String> blockable = new HashSet<>();
		for (DuplicateBenefitRules.Rule rule : this.duplicates.rules()) {
			if (rule.effect() == DuplicateBenefitRules.Effect.BLOCK) {
				blockable.add(rule.programA());
				blockable.add(rule.programB());
			}
		}
		Run run = new Run(today, persons.size() >= SET_BASED_FROM);
		Map<UUID, List<MissingService>> found = new LinkedHashMap<>();
		for (RegistryFacts.Person person : persons) {
			Set<String> excluded = new HashSet<>(open.getOrDefault(person.id(), Set.of()));
			person.benefits().forEach(b -> excluded.add(b.programCode()));
			List<MissingService> findings = new ArrayList<>();
			findings.addAll(supportPrograms(person, excluded, run));
			findings.addAll(localPrograms(person, excluded, run));
			List<MissingService> kept = findings.stream()
				.filter(f -> !blockable.contains(f.programCode()) || !blocked(person.id(), f.programCode(), today))
				.sorted(Comparator.comparing(MissingService::confidence)
					.thenComparing(MissingService::kind)
					.thenComparing(MissingService::programCode))
				.toList();
			if (!kept.isEmpty()) {
				found.put(person.id(), kept);
			}
		}
		return found;
	}

	/** What one call evaluates once for all its persons. */
	private final class Run {

		final LocalDate today;

		final boolean setBased;

		final Map<List<Object>, Optional<EligibilityTables.Outcome>> memo = new HashMap<>();

		final Map<String, List<ProgramVersion>> localVersions = new HashMap<>();

		final Map<String, Set<UUID>> selected = new HashMap<>();

		Run(LocalDate today, boolean setBased) {
			this.today = today;
			this.setBased = setBased;
		}

		List<ProgramVersion> local(String sigunguCode) {
			return this.localVersions.computeIfAbsent(sigunguCode,
					s -> localPrograms.programs(s)
						.stream()
						.map(p -> localPrograms.effective(p.programCode(), this.today))
						.flatMap(Optional::stream)
						.filter(v -> v.content().taskType().application())
						.toList());
		}

		Set<UUID> selected(ProgramVersion version) {
			return this.selected.computeIfAbsent(version.id().toString(),
					k -> new HashSet<>(criteria.select(version.content().criteria(), this.today)
						.stream()
						.map(CriteriaEvaluator.Match::personId)
						.toList()));
		}

	}

	private boolean blocked(UUID personId, String programCode, LocalDate today) {
		return this.duplicates.conflicts(personId, programCode, today)
			.stream()
			.anyMatch(c -> c.effect() == DuplicateBenefitRules.Effect.BLOCK);
	}

	// ------------------------------------------------------------ support programs

	private List<MissingService> supportPrograms(RegistryFacts.Person person, Set<String> excluded, Run run) {
		Facts facts = facts(person, run.today);
		String sido = person.adminDongCode().substring(0, 2);
		List<MissingService> findings = new ArrayList<>();
		for (Program program : this.catalog.programs()) {
			if (program.processKey() == null || excluded.contains(program.code()) || !program.runsIn(sido)) {
				continue;
			}
			Optional<EligibilityTable> table = this.tables.table(program.processKey());
			if (table.isEmpty()) {
				continue;
			}
			boolean incomeInvestigated = program.investigation() == Investigation.INCOME_ASSET;
			Map<String, Object> values = new HashMap<>(facts.values());
			values.put("incomeInvestigated", incomeInvestigated);
			List<String> unknown = new ArrayList<>(EligibilityTables.NOT_IN_REGISTRY);
			if (incomeInvestigated && person.income() == null) {
				unknown.addAll(EligibilityTables.INCOME_FACTS);
			}
			Optional<EligibilityTables.Outcome> outcome = this.tables.evaluate(table.get(), values, unknown, run.memo);
			if (outcome.isEmpty()) {
				continue;
			}
			EligibilityTables.Outcome o = outcome.get();
			List<Evidence> evidence = new ArrayList<>();
			Set<String> shown = new java.util.LinkedHashSet<>();
			if (table.get().inputs().contains("alive")) {
				shown.add("alive");
			}
			shown.addAll(o.rule().conditions().keySet());
			for (String fact : shown) {
				if (unknown.contains(fact)) {
					continue;
				}
				Evidence e = facts.evidence().get(fact);
				evidence.add(e != null ? e
						: new Evidence(fact, String.valueOf(values.get(fact)),
								"소득·재산 조사 대상 사업: " + (incomeInvestigated ? "예" : "아니오"),
								"income and assets investigated: " + (incomeInvestigated ? "yes" : "no"),
								"catalog/programs.yml"));
			}
			for (String fact : o.missingFacts()) {
				evidence.add(new Evidence(fact, "?", "통합DB에 없는 사실: " + fact + " (신청 시 공적자료 조사)",
						"not in the integrated DB: " + fact + " (public data investigated on application)",
						"docs/case-facts.md"));
			}
			findings.add(new MissingService(program.code(), Kind.SUPPORT, program.nameKo(), program.nameEn(),
					o.eligibleAlways() ? Confidence.LIKELY_ELIGIBLE : Confidence.CHECK_NEEDED, o.rule().code(),
					table.get().key(), o.rule().description(), evidence, o.missingFacts()));
		}
		return findings;
	}

	/** The case facts from registry facts, each with its evidence. */
	record Facts(Map<String, Object> values, Map<String, Evidence> evidence) {
	}

	/**
	 * The case facts of docs/case-facts.md that the registry holds, derived as the
	 * investigation's {@code CaseFactsDeriver} derives them (children counted by birth
	 * year, the household's living members).
	 */
	Facts facts(RegistryFacts.Person p, LocalDate on) {
		Map<String, Object> f = new LinkedHashMap<>();
		Map<String, Evidence> ev = new HashMap<>();
		put(f, ev, "alive", p.alive(), p.alive() ? "주민등록 상태: 생존" : "주민등록 상태: " + p.status(),
				"resident status " + p.status(), "reg_person.status");
		int age = Period.between(p.birthDate(), on).getYears();
		put(f, ev, "applicantAge", age, "나이 만 %d세 (생년월일 %s)".formatted(age, p.birthDate()),
				"age %d (born %s)".formatted(age, p.birthDate()), "reg_person.birth_date");
		put(f, ev, "applicantSex", p.sex(), "성별 " + p.sex(), "sex " + p.sex(), "reg_person.sex");
		List<RegistryFacts.Member> living = p.household()
			.stream()
			.filter(m -> m.status() == null || "ALIVE".equals(m.status()))
			.toList();
		int size = Math.max(1, living.size());
		String householdSource = p.registeredHousehold() ? "reg_household_member" : "reg_household (세대 미등록: 1인)";
		put(f, ev, "householdSize", size, "세대원 %d명".formatted(size), "household of %d".formatted(size),
				householdSource);
		int under12 = (int) living.stream().filter(m -> on.getYear() - m.birthDate().getYear() < 12).count();
		put(f, ev, "childrenUnder12", under12, "12세 미만 세대원 %d명".formatted(under12),
				"%d household members under 12".formatted(under12), householdSource);
		int youngest = living.stream()
			.mapToInt(m -> on.getYear() - m.birthDate().getYear())
			.filter(a -> a < 19)
			.min()
			.orElse(-1);
		put(f, ev, "youngestChildAge", youngest, youngest < 0 ? "19세 미만 세대원 없음" : "막내 세대원 %d세".formatted(youngest),
				youngest < 0 ? "no household member under 19" : "youngest household member %d".formatted(youngest),
				householdSource);
		int months = p.movedInOn() == null || p.movedInOn().isAfter(on) ? 0
				: (int) Period.between(p.movedInOn(), on).toTotalMonths();
		put(f, ev, "residenceMonths", months, "현 주소 거주 %d개월 (전입 %s)".formatted(months, p.movedInOn()),
				"%d months at the address (moved in %s)".formatted(months, p.movedInOn()), "reg_person.moved_in_on");
		for (Map.Entry<String, String> q : QUALIFICATION_FACTS.entrySet()) {
			qualification(f, ev, q.getKey(), p, q.getValue(), d -> true);
		}
		qualification(f, ev, "livelihoodOrMedical", p, "BASIC_LIVELIHOOD",
				d -> d != null && (d.contains("생계") || d.contains("의료")));
		qualification(f, ev, "severeDisability", p, "DISABILITY", d -> d != null && d.startsWith("심한"));
		for (String fact : EligibilityTables.NOT_IN_REGISTRY) {
			f.put(fact, fact.equals("homeless") || fact.endsWith("Insured") ? (Object) false : (Object) 0L);
		}
		f.put("recognisedIncome", 0L);
		f.put("incomePercentOfMedian", 0);
		if (p.income() != null) {
			RegistryFacts.Income in = p.income();
			long median = this.incomeStandards.on(on).median(in.householdSize());
			int percent = BigDecimal.valueOf(in.recognisedIncomeWon())
				.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(median), 0, RoundingMode.CEILING)
				.intValueExact();
			String source = "reg_income_assessment: " + in.source() + " (" + in.assessedOn() + ")";
			put(f, ev, "recognisedIncome", in.recognisedIncomeWon(),
					"소득인정액 월 %s원".formatted(won(in.recognisedIncomeWon())),
					"recognised income %s won a month".formatted(won(in.recognisedIncomeWon())), source);
			put(f, ev, "incomePercentOfMedian", percent,
					"소득인정액 %s원 = %d인 가구 기준중위소득 %s원의 %d%%".formatted(won(in.recognisedIncomeWon()), in.householdSize(),
							won(median), percent),
					"recognised income %s won = %d%% of the %s won median for %d"
						.formatted(won(in.recognisedIncomeWon()), percent, won(median), in.householdSize()),
					source);
		}
		return new Facts(f, ev);
	}

	private static void qualification(Map<String, Object> f, Map<String, Evidence> ev, String fact,
			RegistryFacts.Person p, String kind, java.util.function.Predicate<String> detail) {
		Optional<RegistryFacts.Qualification> held = p.qualifications()
			.stream()
			.filter(q -> q.kind().equals(kind) && detail.test(q.detail()))
			.findFirst();
		String[] name = QUALIFICATION_NAMES.get(kind);
		String label = fact.equals("livelihoodOrMedical") ? "생계·의료급여 수급자"
				: fact.equals("severeDisability") ? "장애의 정도가 심한 장애인" : name[0];
		String labelEn = fact.equals("livelihoodOrMedical") ? "livelihood or medical benefit recipient"
				: fact.equals("severeDisability") ? "severe disability" : name[1];
		if (held.isPresent()) {
			RegistryFacts.Qualification q = held.get();
			String detailText = q.detail() == null ? "" : " " + q.detail();
			put(f, ev, fact, true, "%s 자격%s 유효 (%s부터)".formatted(label, detailText, q.validFrom()),
					"%s qualification%s valid since %s".formatted(labelEn, detailText, q.validFrom()),
					"reg_qualification: " + q.source());
		}
		else {
			put(f, ev, fact, false, label + " 자격 없음", "no " + labelEn + " qualification", "reg_qualification");
		}
	}

	private static void put(Map<String, Object> f, Map<String, Evidence> ev, String fact, Object value, String ko,
			String en, String source) {
		f.put(fact, value);
		ev.put(fact, new Evidence(fact, String.valueOf(value), ko, en, source));
	}

	private static String won(long amount) {
		return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
	}

	// ------------------------------------------------------------ local programs

	private List<MissingService> localPrograms(RegistryFacts.Person person, Set<String> excluded, Run run) {
		List<MissingService> findings = new ArrayList<>();
		Set<String> received = new HashSet<>();
		person.benefits().forEach(b -> received.add(b.programCode()));
		Subject subject = null;
		for (ProgramVersion version : run.local(person.adminDongCode().substring(0, 5))) {
			ProgramVersion.ProgramContent c = version.content();
			if (excluded.contains(version.programCode())) {
				continue;
			}
			if (c.taskType() == TaskType.NATIONAL_TOP_UP && !received.contains(c.nationalProgramCode())) {
				continue;
			}
			if (run.setBased && !run.selected(version).contains(person.id())) {
				continue;
			}
			if (subject == null) {
				subject = subject(person, run.today);
			}
			Eligibility eligibility = this.criteria.evaluate(c.criteria(), subject, run.today);
			if (!eligibility.eligible()) {
				continue;
			}
			List<Evidence> evidence = new ArrayList<>();
			for (Eligibility.Condition condition : eligibility.conditions()) {
				evidence.add(new Evidence(condition.criterion(), condition.met() ? "met" : "not met",
						condition.explanationKo(), condition.explanationEn(),
						"registry (openmarket CriteriaEvaluator)"));
			}
			if (c.taskType() == TaskType.NATIONAL_TOP_UP) {
				evidence.add(new Evidence("nationalProgramCode", c.nationalProgramCode(),
						"국가 사업 수급 중: " + c.nationalProgramCode(), "receives " + c.nationalProgramCode(),
						"reg_benefit_record (ACTIVE)"));
			}
			findings.add(new MissingService(version.programCode(), Kind.LOCAL, c.nameKo(), c.nameEn(),
					Confidence.LIKELY_ELIGIBLE, "CRITERIA v" + version.version(),
					version.programCode() + " v" + version.version() + " (" + version.effectiveFrom() + ")",
					c.legalBasis(), evidence, List.of()));
		}
		return findings;
	}

	/**
	 * The open-market subject from the bulk facts, as the registry evaluator builds it
	 * (household size and children count every member of the registered household).
	 */
	static Subject subject(RegistryFacts.Person p, LocalDate on) {
		Set<String> qualifications = new HashSet<>();
		p.qualifications().forEach(q -> qualifications.add(q.kind()));
		int size = p.registeredHousehold() ? p.household().size() : 1;
		int children = (int) p.household()
			.stream()
			.filter(m -> !m.personId().equals(p.id()))
			.filter(m -> m.birthDate().isAfter(on)
					|| Period.between(m.birthDate(), on).getYears() < Criteria.CHILD_AGE_LIMIT)
			.count();
		return new Subject(p.id(), p.sex(), p.birthDate(), p.movedInOn(), p.adminDongCode(), size, children,
				qualifications, p.income() == null ? null : p.income().recognisedIncomeWon(),
				p.income() == null ? null : p.income().householdSize());
	}

}
