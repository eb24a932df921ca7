package io.bokjiflow.finder.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.bokjiflow.casework.EligibilityTable;
import io.bokjiflow.casework.IncomeStandards;
import io.bokjiflow.casework.RecognisedIncomeCalculator;
import io.bokjiflow.catalog.PersonCircumstances;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.catalog.ServiceFinder;
import io.bokjiflow.catalog.ServiceFinding;
import io.bokjiflow.finder.SelfCheck;
import io.bokjiflow.finder.SelfCheckAnswers;
import io.bokjiflow.finder.SelfCheckQualification;
import io.bokjiflow.finder.SelfCheckResult;
import io.bokjiflow.finder.SelfCheckResult.Confidence;
import io.bokjiflow.finder.SelfCheckResult.Finding;
import io.bokjiflow.finder.SelfCheckResult.Kind;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.CriteriaEvaluator;
import io.bokjiflow.openmarket.Eligibility;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.Subject;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.QualificationKind;

import org.springframework.stereotype.Service;

/**
 * The self-check: the support programs by their eligibility tables
 * ({@link SupportProgramCheck}), the local programs of the 시·군·구 that take applications
 * by their criteria with the open market's own evaluator, and the catalogue's life-stage
 * and situation matches for programs without rules. Logs nothing.
 */
@Service
class SelfCheckService implements SelfCheck {

	/** Every dataset: a registry income assessment counts every income and asset. */
	private static final List<PublicDataSource> ALL_DATA = List.of(PublicDataSource.values());

	private static final int RELATED_MAX = 20;

	private final ProgramCatalog catalog;

	private final ServiceFinder serviceFinder;

	private final LocalPrograms localPrograms;

	private final CriteriaEvaluator criteria;

	private final IncomeStandards standards;

	private final SupportProgramCheck support;

	private final Clock clock;

	private final Map<String, Optional<EligibilityTable>> tables = new ConcurrentHashMap<>();

	SelfCheckService(ProgramCatalog catalog, ServiceFinder serviceFinder, LocalPrograms localPrograms,
			CriteriaEvaluator criteria, IncomeStandards standards, RecognisedIncomeCalculator calculator, Clock clock) {
		this.catalog = catalog;
		this.serviceFinder = serviceFinder;
		this.localPrograms = localPrograms;
		this.criteria = criteria;
		this.standards = standards;
		this.support = new SupportProgramCheck(standards, calculator);
		this.clock = clock;
	}

	@Override
	public SelfCheckResult check(SelfCheckAnswers answers) {
		LocalDate today = LocalDate.now(this.clock);
		List<Finding> findings = new ArrayList<>();
		for (Program program : this.catalog.programs()) {
			if (!program.linked() || program.processKey() == null || !program.runsIn(answers.sidoCode())) {
				continue;
			}
			Optional<EligibilityTable> table = this.tables.computeIfAbsent(program.processKey(),
					EligibilityTable::read);
			table.flatMap(t -> this.support.check(program, t, answers, today))
				.ifPresent(o -> findings.add(new Finding(program, Kind.SUPPORT, o.confidence(), o.rule(),
						o.description(), null, o.openFacts())));
		}
		SupportProgramCheck.Range recognised = this.support.recognisedIncome(answers, ALL_DATA, today);
		findings.addAll(localFindings(answers, recognised, today));
		findings.sort(Comparator.comparing(Finding::confidence)
			.thenComparing(Finding::kind, Comparator.reverseOrder())
			.thenComparing(f -> f.program().nameKo()));
		Set<String> found = findings.stream().map(f -> f.program().code()).collect(Collectors.toSet());
		List<Program> related = related(answers).stream()
			.filter(p -> !found.contains(p.code()) && !p.linked() && p.localSigungu() == null)
			.limit(RELATED_MAX)
			.toList();
		return new SelfCheckResult(findings, related, recognised.low(), recognised.high(),
				this.standards.on(today).median(answers.householdSize()));
	}

	private List<Finding> localFindings(SelfCheckAnswers answers, SupportProgramCheck.Range recognised,
			LocalDate today) {
		List<Finding> findings = new ArrayList<>();
		for (ProgramVersion listed : this.localPrograms.programs(answers.sigunguCode())) {
			Optional<ProgramVersion> effective = this.localPrograms.effective(listed.programCode(), today);
			Optional<Program> program = this.catalog.program(listed.programCode());
			if (effective.isEmpty() || program.isEmpty() || !effective.get().content().taskType().application()) {
				continue;
			}
			ProgramVersion version = effective.get();
			evaluate(version.content(), answers, recognised, today).ifPresent(o -> {
				boolean topUp = version.content().taskType() == TaskType.NATIONAL_TOP_UP;
				List<String> open = new ArrayList<>(o.open());
				if (topUp) {
					open.add("nationalProgram");
				}
				findings.add(new Finding(program.get(), Kind.LOCAL,
						o.always() && !topUp ? Confidence.LIKELY_ELIGIBLE : Confidence.CHECK_NEEDED,
						"CRITERIA v" + version.version(), o.ko(), o.en(), open));
			});
		}
		return findings;
	}

	/** A local program's outcome over the open facts. */
	private record LocalOutcome(boolean always, String ko, String en, List<String> open) {
	}

	/**
	 * The criteria evaluated on the subjects the answers allow: sex, residence period and
	 * the 행정동 at both ends where the criteria read them and the answers do not say, the
	 * recognised income at both ends of the bands.
	 */
	Optional<LocalOutcome> evaluate(ProgramVersion.ProgramContent content, SelfCheckAnswers a,
			SupportProgramCheck.Range recognised, LocalDate today) {
		Criteria c = content.criteria();
		Map<String, List<Object>> dimensions = new LinkedHashMap<>();
		if (c.sex() != null) {
			dimensions.put("sex", List.of("M", "F"));
		}
		if (c.minResidenceMonths() != null) {
			dimensions.put("residence", List.of(today, today.minusYears(100)));
		}
		String dong = a.adminDongCode() != null ? a.adminDongCode() : a.sigunguCode() + "00000";
		List<String> dongCodes = c.residenceCodes().stream().filter(code -> code.length() == 10).toList();
		if (a.adminDongCode() == null && !dongCodes.isEmpty()) {
			String inside = dongCodes.stream()
				.filter(code -> code.startsWith(a.sigunguCode()))
				.findFirst()
				.orElse(a.sigunguCode() + "00000");
			dimensions.put("residenceCodes", List.of(inside, a.sigunguCode() + "99999"));
		}
		if (c.maxIncomePercentOfMedian() != null) {
			dimensions.put("maxIncomePercentOfMedian", List.of(recognised.low(), recognised.high()));
		}
		List<String> keys = new ArrayList<>(dimensions.keySet());
		Set<String> qualifications = new HashSet<>();
		a.qualifications()
			.stream()
			.map(SelfCheckQualification::kind)
			.map(QualificationKind::name)
			.forEach(qualifications::add);
		int children = (int) a.memberAges().stream().skip(1).filter(age -> age < Criteria.CHILD_AGE_LIMIT).count();
		Eligibility first = null;
		boolean always = true;
		for (int combination = 0; combination < 1 << keys.size(); combination++) {
			Map<String, Object> v = new LinkedHashMap<>();
			for (int i = 0; i < keys.size(); i++) {
				v.put(keys.get(i), dimensions.get(keys.get(i)).get(combination >> i & 1));
			}
			Subject subject = new Subject(null, (String) v.getOrDefault("sex", "M"), today.minusYears(a.applicantAge()),
					(LocalDate) v.getOrDefault("residence", today), (String) v.getOrDefault("residenceCodes", dong),
					a.householdSize(), children, qualifications,
					(Long) v.getOrDefault("maxIncomePercentOfMedian", recognised.low()), a.householdSize());
			Eligibility e = this.criteria.evaluate(c, subject, today);
			if (e.eligible() && first == null) {
				first = e;
			}
			always &= e.eligible();
		}
		if (first == null) {
			return Optional.empty();
		}
		String ko = first.conditions()
			.stream()
			.map(Eligibility.Condition::explanationKo)
			.collect(Collectors.joining(" · "));
		String en = first.conditions()
			.stream()
			.map(Eligibility.Condition::explanationEn)
			.collect(Collectors.joining(" · "));
		// Without a 행정동 the subject lives at the 시·군·구's placeholder code: say the 시·군·구.
		String placeholder = a.sigunguCode() + "00000";
		return Optional.of(new LocalOutcome(always, ko.replace(placeholder, a.sigunguCode()),
				en.replace(placeholder, a.sigunguCode()), always ? List.of() : keys));
	}

	/** The catalogue's matches by life stage and situation (no rules). */
	private List<Program> related(SelfCheckAnswers a) {
		List<Integer> childAges = a.memberAges().stream().skip(1).filter(age -> age < 18).toList();
		boolean alone = a.holds(QualificationKind.SINGLE_PARENT) && !childAges.isEmpty();
		ServiceFinding finding = this.serviceFinder.find(new PersonCircumstances(a.applicantAge(), null, a.sidoCode(),
				a.qualifications().stream().map(SelfCheckQualification::kind).collect(Collectors.toSet()), childAges,
				a.householdSize(), alone, List.of()));
		List<Program> related = new ArrayList<>();
		finding.targeted().forEach(s -> related.add(s.program()));
		finding.generic().forEach(s -> related.add(s.program()));
		return related;
	}

}
