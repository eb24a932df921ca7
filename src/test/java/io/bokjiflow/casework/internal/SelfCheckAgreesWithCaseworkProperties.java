package io.bokjiflow.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bokjiflow.casework.IncomeStandards;
import io.bokjiflow.casework.RecognisedIncome;
import io.bokjiflow.casework.RecognisedIncomeCalculator;
import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.finder.AssetBand;
import io.bokjiflow.finder.IncomeBand;
import io.bokjiflow.finder.SelfCheckAnswers;
import io.bokjiflow.finder.SelfCheckQualification;
import io.bokjiflow.finder.SelfCheckResult.Confidence;
import io.bokjiflow.finder.VehicleBand;
import io.bokjiflow.casework.EligibilityTable;
import io.bokjiflow.finder.internal.SupportProgramCheck;
import io.bokjiflow.publicdata.Assets;
import io.bokjiflow.publicdata.Incomes;
import io.bokjiflow.publicdata.Insurance;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.QualificationReport;
import io.bokjiflow.publicdata.ResidentRecord;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public self-check agrees with casework on generated households: for every support
 * program, the facts casework's {@link CaseFactsDeriver} derives from the public-data
 * answers of a concrete household (birth dates, incomes by kind, assets and debts by
 * source, insurance, residence) plus casework's recognised income are evaluated by the
 * program's real table, and compared with the self-check's outcome on the answers that
 * household would give (ages, bands, qualifications): "not eligible" must mean casework
 * says not eligible, "likely" must mean casework says eligible without review. Lives in
 * casework's package to call its deriver.
 */
class SelfCheckAgreesWithCaseworkProperties {

	private static final LocalDate ON = LocalDate.of(2026, 6, 15);

	private static final List<Program> PROGRAMS = linkedPrograms();

	private static final Map<String, EligibilityTable> TABLES = new HashMap<>();

	private static final IncomeStandards STANDARDS = standards();

	private static final RecognisedIncomeCalculator CALCULATOR = new RecognisedIncomeCalculator(STANDARDS);

	private static final SupportProgramCheck CHECK = new SupportProgramCheck(STANDARDS, CALCULATOR);

	private static final List<String> SIGUNGU = List.of("11680", "11110", "41135", "26350", "43111", "51110");

	/** A concrete household, as the public data would report it. */
	record Household(LocalDate applicantBirth, String sex, List<LocalDate> memberBirths, String sigungu,
			boolean dongKnown, LocalDate movedIn, Set<SelfCheckQualification> qualifications, IncomeBand incomeBand,
			boolean allEarned, long[] income, AssetBand assetBand, boolean homeOwner, long[] assets,
			VehicleBand vehicleBand, long vehicles, String healthKind, long premium, boolean employmentInsured) {

		String dong() {
			return this.sigungu + "10100";
		}

		List<Integer> ages() {
			List<Integer> ages = new ArrayList<>();
			ages.add(Period.between(this.applicantBirth, ON).getYears());
			this.memberBirths.forEach(b -> ages.add(Period.between(b, ON).getYears()));
			return ages;
		}

		SelfCheckAnswers answers() {
			return new SelfCheckAnswers(1 + this.memberBirths.size(), ages(), this.sigungu,
					this.dongKnown ? dong() : null, this.incomeBand, this.allEarned, this.assetBand, this.homeOwner,
					this.vehicleBand, this.qualifications);
		}

		@Override
		public String toString() {
			return "Household[ages=" + ages() + ", sex=" + this.sex + ", sigungu=" + this.sigungu + ", movedIn="
					+ this.movedIn + ", quals=" + this.qualifications + ", income=" + this.incomeBand + " "
					+ java.util.Arrays.toString(this.income) + " allEarned=" + this.allEarned + ", assets="
					+ this.assetBand + " " + java.util.Arrays.toString(this.assets) + " owner=" + this.homeOwner
					+ ", vehicles=" + this.vehicles + ", health=" + this.healthKind + " " + this.premium + ", employed="
					+ this.employmentInsured + "]";
		}

	}

	@Property(tries = 600)
	void selfCheckNeverContradictsCasework(@ForAll("households") Household household,
			@ForAll("programs") int programIndex) {
		Program program = PROGRAMS.get(programIndex);
		EligibilityTable table = TABLES.computeIfAbsent(program.processKey(),
				k -> EligibilityTable.read(k).orElseThrow());
		Optional<SupportProgramCheck.Outcome> selfCheck = CHECK.check(program, table, household.answers(), ON);
		EligibilityTable.Result casework = table.evaluate(caseworkFacts(program, household));

		String outcome = selfCheck.map(o -> o.confidence().name()).orElse("NOT_FOUND");
		Statistics.label("self-check").collect(outcome);
		Statistics.label("casework").collect(casework.eligible() ? "eligible" : "not eligible");
		// A run that never meets a likely or an eligible household would prove nothing.
		Statistics.label("self-check").coverage(c -> {
			c.check("LIKELY_ELIGIBLE").percentage(p -> p > 5);
			c.check("NOT_FOUND").percentage(p -> p > 5);
		});
		Statistics.label("casework").coverage(c -> c.check("eligible").percentage(p -> p > 10));
		if (selfCheck.isEmpty()) {
			assertThat(casework.eligible())
				.as("%s: self-check found nothing, casework says eligible by %s", program.code(), casework.ruleCode())
				.isFalse();
		}
		else if (selfCheck.get().confidence() == Confidence.LIKELY_ELIGIBLE) {
			assertThat(casework.eligible() && !casework.review())
				.as("%s: self-check says likely by %s, casework says %s by %s", program.code(), selfCheck.get().rule(),
						casework.eligible() ? "review" : "not eligible", casework.ruleCode())
				.isTrue();
		}
	}

	/** The facts casework derives from the household's public data, as in a case. */
	static Map<String, Object> caseworkFacts(Program program, Household h) {
		List<CaseFactsDeriver.Answer> answers = new ArrayList<>();
		for (PublicDataSource source : program.publicData()) {
			answers.add(new CaseFactsDeriver.Answer(source, true, answer(source, h)));
		}
		boolean investigated = program.investigation() == Investigation.INCOME_ASSET;
		CaseFactsDeriver.Derived derived = CaseFactsDeriver.derive(
				new CaseFactsDeriver.Applicant(ON, h.dong(), h.applicantBirth(), h.sex(), investigated, false),
				answers);
		Map<String, Object> facts = new LinkedHashMap<>(derived.facts());
		if (investigated && derived.incomeAndAssets() != null) {
			RecognisedIncome r = CALCULATOR.calculate(derived.incomeAndAssets(), ON);
			facts.put("recognisedIncome", r.recognisedIncome());
			facts.put("incomePercentOfMedian",
					BigDecimal.valueOf(r.recognisedIncome())
						.multiply(BigDecimal.valueOf(100))
						.divide(BigDecimal.valueOf(r.medianIncome()), 0, RoundingMode.CEILING)
						.intValueExact());
		}
		return facts;
	}

	private static Object answer(PublicDataSource source, Household h) {
		long[] in = h.income();
		long[] as = h.assets();
		return switch (source) {
			case RESIDENT_REGISTER -> {
				List<ResidentRecord.Member> members = new ArrayList<>();
				members.add(new ResidentRecord.Member("김*수", "HEAD", h.applicantBirth().getYear(), h.sex(), "ALIVE"));
				h.memberBirths()
					.forEach(b -> members.add(new ResidentRecord.Member("김*영", "CHILD", b.getYear(), "F", "ALIVE")));
				yield new ResidentRecord("ALIVE", null, h.dong(), h.movedIn(), members);
			}
			case QUALIFICATION -> {
				List<QualificationFact> facts = new ArrayList<>();
				for (SelfCheckQualification q : h.qualifications()) {
					String detail = switch (q) {
						case LIVELIHOOD_OR_MEDICAL -> "생계급여";
						case HOUSING_OR_EDUCATION -> "주거급여";
						case SEVERE_DISABILITY -> "심한 장애";
						case DISABILITY -> "심하지 않은 장애";
						default -> null;
					};
					facts.add(new QualificationFact(q.kind(), ON.minusYears(2), null, detail));
				}
				yield new QualificationReport(ON, facts);
			}
			// income: earned, business, interest, pension, other (monthly)
			case NATIONAL_TAX -> new Incomes(ON.getYear() - 1,
					List.of(new Incomes.Item("EARNED", in[0] * 12), new Incomes.Item("BUSINESS", in[1] * 12),
							new Incomes.Item("INTEREST", in[2] * 12), new Incomes.Item("OTHER", in[4] * 12)));
			case NATIONAL_PENSION -> new Incomes(ON.getYear() - 1, List.of(new Incomes.Item("PENSION", in[3] * 12)));
			case HEALTH_INSURANCE -> new Insurance(h.healthKind(), h.premium(), 0, false, null);
			case EMPLOYMENT_INSURANCE -> new Insurance(null, 0, 0, h.employmentInsured(), null);
			// assets: housing, land, building, rent deposit, deposit, debt
			case LOCAL_TAX -> new Assets(ON, List.of(new Assets.Item("HOUSING", as[0], null),
					new Assets.Item("LAND", as[1], null), new Assets.Item("BUILDING", as[2], null)));
			case LAND_VEHICLE -> new Assets(ON, List.of(new Assets.Item("VEHICLE", h.vehicles(), null),
					new Assets.Item("RENT_DEPOSIT", as[3], null)));
			case FINANCIAL ->
				new Assets(ON, List.of(new Assets.Item("DEPOSIT", as[4], null), new Assets.Item("DEBT", as[5], null)));
		};
	}

	@Provide
	Arbitrary<Integer> programs() {
		return Arbitraries.integers().between(0, PROGRAMS.size() - 1);
	}

	@Provide
	Arbitrary<Household> households() {
		Arbitrary<LocalDate> applicantBirth = birth(18, 95);
		Arbitrary<List<LocalDate>> members = Arbitraries.oneOf(birth(0, 20), birth(0, 90)).list().ofMaxSize(5);
		Arbitrary<Set<SelfCheckQualification>> qualifications = Arbitraries.of(SelfCheckQualification.class)
			.set()
			.ofMaxSize(3);
		Arbitrary<Object[]> place = Combinators
			.combine(Arbitraries.of(SIGUNGU), Arbitraries.of(true, false), Arbitraries.integers().between(-1, 400),
					Arbitraries.of("M", "F"))
			.as((s, d, months,
					sex) -> new Object[] { s, d, months < 0 ? null : ON.minusMonths(months).minusDays(3), sex });
		Arbitrary<Object[]> income = Combinators
			.combine(Arbitraries.of(IncomeBand.class), Arbitraries.of(true, false), Arbitraries.doubles().between(0, 1),
					Arbitraries.integers().between(0, 4).array(int[].class).ofSize(5))
			.as((band, allEarned, at, weights) -> {
				long high = Math.min(band.high(), 30_000_000L);
				long total = band.low() + Math.round((high - band.low()) * at);
				long[] parts = new long[5];
				if (allEarned) {
					parts[0] = total;
				}
				else {
					split(total, weights, parts);
				}
				return new Object[] { band, allEarned, parts };
			});
		Arbitrary<Object[]> assets = Combinators
			.combine(Arbitraries.of(AssetBand.class), Arbitraries.of(true, false), Arbitraries.doubles().between(0, 1),
					Arbitraries.integers().between(0, 4).array(int[].class).ofSize(5),
					Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 300_000_000L)))
			.as((band, owner, at, weights, debts) -> {
				long high = Math.min(band.high(), 2_000_000_000L);
				long net = band.low() + Math.round((high - band.low()) * at);
				long gross = net + debts;
				long[] parts = new long[6];
				if (!owner) {
					weights[0] = 0;
				}
				split(gross, weights, parts);
				if (owner && parts[0] == 0) {
					// A home owner's home has a value; a debt of the same size keeps the
					// net.
					parts[0] = 1_000_000;
					debts += 1_000_000;
				}
				parts[5] = debts;
				return new Object[] { band, owner, parts };
			});
		Arbitrary<Object[]> cars = Arbitraries.of(VehicleBand.class).flatMap(band -> {
			long high = Math.min(band.high(), 80_000_000L);
			return Arbitraries.longs().between(band.low(), high).map(v -> new Object[] { band, v });
		});
		Arbitrary<Object[]> insurance = Combinators
			.combine(Arbitraries.of("EMPLOYEE", "REGIONAL", "DEPENDENT", "MEDICAL_AID"),
					Arbitraries.longs().between(0, 600_000), Arbitraries.of(true, false))
			.as((kind, premium, employed) -> new Object[] { kind, premium, employed });
		return Combinators.combine(applicantBirth, members, place, qualifications, income, assets, cars, insurance)
			.as((birth, births, p, q, in, as, car, ins) -> new Household(birth, (String) p[3], births, (String) p[0],
					(Boolean) p[1], (LocalDate) p[2], q, (IncomeBand) in[0], (Boolean) in[1], (long[]) in[2],
					(AssetBand) as[0], (Boolean) as[1], (long[]) as[2], (VehicleBand) car[0], (Long) car[1],
					(String) ins[0], (Long) ins[1], (Boolean) ins[2]));
	}

	/** Splits a total over the parts by weights (all weights zero: the first part). */
	private static void split(long total, int[] weights, long[] parts) {
		int sum = 0;
		for (int w : weights) {
			sum += w;
		}
		if (sum == 0) {
			parts[weights.length > 1 && weights[0] == 0 ? 1 : 0] = total;
			return;
		}
		long given = 0;
		int last = -1;
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] > 0) {
				parts[i] = total * weights[i] / sum;
				given += parts[i];
				last = i;
			}
		}
		parts[last] += total - given;
	}

	/** A birth date giving an age in full years within the bounds on {@link #ON}. */
	private static Arbitrary<LocalDate> birth(int minAge, int maxAge) {
		return Combinators
			.combine(Arbitraries.integers().between(minAge, maxAge), Arbitraries.integers().between(0, 364))
			.as((age, day) -> ON.minusYears(age + 1).plusDays(1 + day));
	}

	private static List<Program> linkedPrograms() {
		try (InputStream in = new ClassPathResource("catalog/programs.yml").getInputStream()) {
			JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
			JsonNode list = root.has("programs") ? root.get("programs") : root;
			List<Program> programs = new ArrayList<>();
			for (JsonNode p : list) {
				List<PublicDataSource> data = new ArrayList<>();
				p.get("publicData").forEach(d -> data.add(PublicDataSource.valueOf(d.asText())));
				programs.add(new Program(p.get("code").asText(), p.get("code").asText(), p.get("code").asText(), "MOHW",
						null, null, true, Investigation.valueOf(p.get("investigation").asText()), BenefitKind.CASH,
						null, null, null, null, null, p.get("processKey").asText(), null, null, data, null, null, null,
						null, null, null, null, null, null, null, null, null, null));
			}
			assertThat(programs).hasSize(27);
			return programs;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static IncomeStandards standards() {
		try (InputStream in = new ClassPathResource(IncomeStandards.RESOURCE).getInputStream()) {
			return IncomeStandards.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static {
		// The set literal keeps EnumSet imported for readers of the qualification
		// mapping.
		assertThat(EnumSet.allOf(QualificationKind.class)).hasSize(6);
	}

}
