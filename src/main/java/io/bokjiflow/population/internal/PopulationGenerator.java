package io.bokjiflow.population.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.UUID;

import io.bokjiflow.population.internal.GeneratedHousehold.EconomicClass;
import io.bokjiflow.population.internal.PopulationData.AgeBand;
import io.bokjiflow.population.internal.PopulationData.Area;
import io.bokjiflow.population.internal.PopulationData.Bank;
import io.bokjiflow.population.internal.PopulationData.HouseholdType;
import io.bokjiflow.population.internal.PopulationData.IncomeBand;
import io.bokjiflow.population.internal.PopulationData.Range;
import io.bokjiflow.population.internal.PopulationData.Sido;
import io.bokjiflow.publicdata.AssetKind;
import io.bokjiflow.publicdata.HealthInsuranceKind;
import io.bokjiflow.publicdata.IncomeKind;
import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.SimulatorBulkLoad;
import io.bokjiflow.publicdata.SimulatorBulkLoad.AgencyPerson;
import io.bokjiflow.registry.BankAccountKind;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.RegistryBulkLoad.BankAccountRecord;
import io.bokjiflow.registry.RegistryBulkLoad.BenefitRecord;
import io.bokjiflow.registry.RegistryBulkLoad.HouseholdRecord;
import io.bokjiflow.registry.RegistryBulkLoad.IncomeAssessmentRecord;
import io.bokjiflow.registry.RegistryBulkLoad.LifeEventRecord;
import io.bokjiflow.registry.RegistryBulkLoad.MemberRecord;
import io.bokjiflow.registry.RegistryBulkLoad.PersonRecord;
import io.bokjiflow.registry.RegistryBulkLoad.QualificationRecord;
import io.bokjiflow.registry.Relationship;
import io.bokjiflow.registry.Rrn;

/**
 * Generates a synthetic population household by household, deterministically from a seed:
 * the same data file, seed and size always give the same households, persons, numbers and
 * records. Each household draws from its own random stream (seed and household index), so
 * a smaller population is the beginning of a larger one. Streams: only the current
 * household is held in memory, besides the set of numbers handed out.
 *
 * <p>
 * All proportions come from {@link PopulationData}; this class holds the rules that tie
 * them together (a household's income decides its benefit kinds, benefits end when a
 * person dies, and so on).
 */
final class PopulationGenerator implements Iterator<GeneratedHousehold> {

	/** Numbers issued from this day on have random digits after the gender digit. */
	static final LocalDate RANDOM_NUMBERS_FROM = LocalDate.of(2020, 10, 1);

	private static final int[] RRN_WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private final PopulationData data;

	private final long seed;

	private final int size;

	private final long firstHouseholdNo;

	private final LocalDate today;

	private final String source;

	private final LongSet numbers;

	/** Eight bits of the seed at the front of every id, keeping populations apart. */
	private final long idTag;

	private final Weighted<Integer> sizes;

	private final Map<Integer, Weighted<HouseholdType>> typesBySize = new HashMap<>();

	private final Map<HouseholdType, Weighted<AgeBand>> headAges = new HashMap<>();

	private final Weighted<Dong> dongs;

	private final double[] recipientChanceBySize = new double[7];

	private final double nearPoorChance;

	private final double multiculturalChance;

	private final Weighted<IncomeBand> recipientBands;

	private final Weighted<String> nearPoorDetails;

	private final Weighted<String> veteranDetails;

	private final Weighted<String> surnames;

	private final Weighted<Bank> banks;

	private final Weighted<IncomeKind> workKinds;

	private final double[] disabilityChanceByDecade = new double[8];

	private int persons;

	private long index;

	/** A 행정동 with the areas above it. */
	record Dong(Area dong, Area sigungu, Sido sido) {

		String address() {
			return this.sido.nameKo() + " " + this.sigungu.nameKo() + " " + this.dong.nameKo();
		}

	}

	/**
	 * @param data the facts and assumptions
	 * @param seed the seed
	 * @param size how many persons to generate
	 * @param firstHouseholdNo the number of the first household
	 * @param excluded numbers that must not be handed out
	 */
	PopulationGenerator(PopulationData data, long seed, int size, long firstHouseholdNo, Collection<Rrn> excluded) {
		if (size < 0) {
			throw new IllegalArgumentException("size must not be negative");
		}
		this.data = data;
		this.seed = seed;
		this.size = size;
		this.firstHouseholdNo = firstHouseholdNo;
		this.today = data.referenceDate();
		this.source = data.recordSource() + ", seed " + seed;
		this.idTag = mix(seed) & 0xFF;
		this.numbers = new LongSet(size + excluded.size() + data.reservedNumbers().numbers().size() + 16);
		for (Rrn rrn : excluded) {
			this.numbers.add(digits(rrn));
		}
		for (String number : data.reservedNumbers().numbers()) {
			this.numbers.add(digits(Rrn.parse(number)));
		}

		this.sizes = Weighted.of(data.householdSizes().shares());
		for (int s : data.householdSizes().shares().keySet()) {
			List<HouseholdType> types = data.householdTypes().types().stream().filter(t -> t.size() == s).toList();
			this.typesBySize.put(s, Weighted.of(types, HouseholdType::weight));
		}
		for (HouseholdType type : data.householdTypes().types()) {
			if (type.members().size() + 1 != type.size()) {
				throw new IllegalArgumentException("Household type " + type.name() + " lists the wrong member count");
			}
			this.headAges.put(type, Weighted.of(type.headAges(), AgeBand::weight));
		}
		this.dongs = Weighted.of(dongs(data), d -> weightOf(d, data));

		// P(recipient | size) = share of households x share of recipient households of
		// that
		// size / share of all households of that size.
		var bl = data.basicLivelihood();
		double recipientSizesSum = bl.recipientHouseholdSizes()
			.values()
			.stream()
			.mapToDouble(Double::doubleValue)
			.sum();
		double sizesSum = data.householdSizes().shares().values().stream().mapToDouble(Double::doubleValue).sum();
		for (int s = 1; s <= 6; s++) {
			double ofRecipients = bl.recipientHouseholdSizes().getOrDefault(s, 0.0) / recipientSizesSum;
			double ofAll = data.householdSizes().shares().getOrDefault(s, 0.0) / sizesSum;
			this.recipientChanceBySize[s] = ofAll == 0 ? 0 : Math.min(1.0, bl.householdShare() * ofRecipients / ofAll);
		}
		this.nearPoorChance = data.nearPoor().householdShare() / (1 - bl.householdShare());
		this.multiculturalChance = data.multicultural().householdShare() / coupleHouseholdShare(data);
		this.recipientBands = Weighted.of(bl.incomeBands(), IncomeBand::weight);
		this.nearPoorDetails = Weighted.of(data.nearPoor().details());
		this.veteranDetails = Weighted.of(data.veterans().details());
		this.surnames = Weighted.of(data.names().surnames());
		this.banks = Weighted.of(data.bankAccounts().banks(), Bank::weight);
		Map<IncomeKind, Double> kinds = new LinkedHashMap<>();
		data.incomes().workKinds().forEach((k, v) -> kinds.put(IncomeKind.valueOf(k), v));
		this.workKinds = Weighted.of(kinds);

		// P(disabled | decade) = overall share x the decade's share of disabled persons /
		// the
		// decade's share of the population.
		var dis = data.disability();
		double disSum = dis.ageShares().values().stream().mapToDouble(Double::doubleValue).sum();
		double popSum = data.ageStructure().shares().values().stream().mapToDouble(Double::doubleValue).sum();
		for (int decade = 0; decade < 8; decade++) {
			double ofDisabled = dis.ageShares().getOrDefault(decade * 10, 0.0) / disSum;
			double ofAll = data.ageStructure().shares().getOrDefault(decade * 10, 0.0) / popSum;
			this.disabilityChanceByDecade[decade] = ofAll == 0 ? 0 : dis.share() * ofDisabled / ofAll;
		}
	}

	private static List<Dong> dongs(PopulationData data) {
		Map<String, Area> sigungu = new HashMap<>();
		data.regions().sigungu().forEach(a -> sigungu.put(a.code(), a));
		Map<String, Sido> sido = new HashMap<>();
		data.regions().sido().forEach(s -> sido.put(s.code(), s));
		List<Dong> list = new ArrayList<>();
		for (Area dong : data.regions().dongs()) {
			Area sgg = sigungu.get(dong.code().substring(0, 5));
			Sido sd = sido.get(dong.code().substring(0, 2));
			if (sgg == null || sd == null) {
				throw new IllegalArgumentException("행정동 " + dong.code() + " has no 시·군·구 or 시·도 in the data file");
			}
			list.add(new Dong(dong, sgg, sd));
		}
		return list;
	}

	/** A 시·도's share spread evenly over its 시·군·구, and a 시·군·구's over its 행정동. */
	private static double weightOf(Dong d, PopulationData data) {
		String sido = d.sido().code();
		long sigunguOfSido = data.regions().sigungu().stream().filter(a -> a.code().startsWith(sido)).count();
		long dongsOfSigungu = data.regions()
			.dongs()
			.stream()
			.filter(a -> a.code().startsWith(d.sigungu().code()))
			.count();
		return d.sido().share() / sigunguOfSido / dongsOfSigungu;
	}

	/** The share of households with a married couple, from the household types. */
	private static double coupleHouseholdShare(PopulationData data) {
		double sizesSum = data.householdSizes().shares().values().stream().mapToDouble(Double::doubleValue).sum();
		double share = 0;
		for (var entry : data.householdSizes().shares().entrySet()) {
			List<HouseholdType> types = data.householdTypes()
				.types()
				.stream()
				.filter(t -> t.size() == entry.getKey())
				.toList();
			double all = types.stream().mapToDouble(HouseholdType::weight).sum();
			double couples = types.stream()
				.filter(t -> t.members().contains("SPOUSE"))
				.mapToDouble(HouseholdType::weight)
				.sum();
			share += entry.getValue() / sizesSum * couples / all;
		}
		return share;
	}

	@Override
	public boolean hasNext() {
		return this.persons < this.size;
	}

	@Override
	public GeneratedHousehold next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		long i = this.index++;
		SplittableRandom rng = new SplittableRandom(mix(this.seed + GOLDEN * (i + 1)));
		GeneratedHousehold household = new HouseholdBuilder(rng, i, this.firstHouseholdNo + i, this.size - this.persons)
			.build();
		this.persons += household.persons().size();
		return household;
	}

	/** Persons generated so far. */
	int persons() {
		return this.persons;
	}

	/** The target size. */
	int size() {
		return this.size;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static long digits(Rrn rrn) {
		return Long.parseLong(rrn.reveal().replace("-", ""));
	}

	/** A member under construction. */
	private static final class Member {

		Relationship relationship;

		String sex;

		int age;

		LocalDate birth;

		Rrn rrn;

		UUID id;

		String surname;

		String name;

		boolean naturalised;

		PersonStatus status = PersonStatus.ALIVE;

		LocalDate statusOn;

		LocalDate movedInOn;

		boolean stillPaid;

		final List<Qual> quals = new ArrayList<>();

		final List<Benefit> benefits = new ArrayList<>();

		final List<BankAccountRecord> accounts = new ArrayList<>();

		final List<LifeEventRecord> events = new ArrayList<>();

		final Map<IncomeKind, Long> incomes = new EnumMap<>(IncomeKind.class);

		final List<SimulatorBulkLoad.Asset> assets = new ArrayList<>();

		final Map<AssetKind, Integer> assetSeq = new EnumMap<>(AssetKind.class);

		SimulatorBulkLoad.Insurance insurance;

		boolean adult() {
			return this.age >= 18;
		}

	}

	private static final class Qual {

		final QualificationKind kind;

		final LocalDate from;

		LocalDate to;

		final String detail;

		Qual(QualificationKind kind, LocalDate from, LocalDate to, String detail) {
			this.kind = kind;
			this.from = from;
			this.to = to;
			this.detail = detail;
		}

	}

	private static final class Benefit {

		final String code;

		final LocalDate from;

		LocalDate to;

		final long amount;

		BenefitStatus status;

		Benefit(String code, LocalDate from, LocalDate to, long amount, BenefitStatus status) {
			this.code = code;
			this.from = from;
			this.to = to;
			this.amount = amount;
			this.status = status;
		}

	}

	/** Builds one household from its own random stream. */
	private final class HouseholdBuilder {

		private final SplittableRandom rng;

		private final long index;

		private int ids;

		private final long householdNo;

		private final int maxSize;

		private final PopulationData d = PopulationGenerator.this.data;

		private final LocalDate today = PopulationGenerator.this.today;

		private final List<Member> members = new ArrayList<>();

		private HouseholdType type;

		private Dong dong;

		private EconomicClass economicClass;

		private double ratio;

		private boolean formerRecipient;

		private boolean multicultural;

		private final EnumMap<Relationship, Integer> firstOf = new EnumMap<>(Relationship.class);

		HouseholdBuilder(SplittableRandom rng, long index, long householdNo, int maxSize) {
			this.rng = rng;
			this.index = index;
			this.householdNo = householdNo;
			this.maxSize = maxSize;
		}

		GeneratedHousehold build() {
			int s = PopulationGenerator.this.sizes.pick(this.rng);
			if (s > this.maxSize) {
				// The last household fills exactly the persons still missing.
				s = this.maxSize;
			}
			this.type = PopulationGenerator.this.typesBySize.get(s).pick(this.rng);
			this.dong = PopulationGenerator.this.dongs.pick(this.rng);
			people();
			economics();
			identities();
			statuses();
			LocalDate movedIn = moves();
			basicLivelihood();
			nearPoor();
			perPerson();
			singleParent();
			multiculturalFamily();
			closeOnStatus();
			qualificationEvents();
			incomesAndAssets();
			insurance();
			accounts();
			return assemble(movedIn);
		}

		// --- who lives here ------------------------------------------------------------

		private void economics() {
			var bl = this.d.basicLivelihood();
			double u = this.rng.nextDouble();
			if (u < PopulationGenerator.this.recipientChanceBySize[this.type.size()]) {
				this.economicClass = EconomicClass.RECIPIENT;
				IncomeBand band = PopulationGenerator.this.recipientBands.pick(this.rng);
				this.ratio = uniform(band.from(), band.to());
			}
			else if (this.rng.nextDouble() < PopulationGenerator.this.nearPoorChance) {
				this.economicClass = EconomicClass.NEAR_POOR;
				this.ratio = uniform(this.d.nearPoor().incomeBand());
			}
			else {
				this.economicClass = EconomicClass.OTHER;
				var inc = this.d.incomes();
				double r = inc.ratioMedian() * Math.exp(inc.ratioSigma() * this.rng.nextGaussian());
				if (this.members.get(0).age >= 65) {
					r *= inc.elderlyHeadFactor();
				}
				this.ratio = Math.max(inc.ratioMin(), r);
				this.formerRecipient = this.rng.nextDouble() < bl.formerHouseholdShare();
			}
		}

		private void people() {
			var ages = this.d.memberAges();
			Member head = new Member();
			head.relationship = Relationship.HEAD;
			head.sex = this.rng.nextDouble() < this.type.headFemale() ? "F" : "M";
			AgeBand band = PopulationGenerator.this.headAges.get(this.type).pick(this.rng);
			head.age = uniformInt(band.from(), band.to());
			this.members.add(head);
			this.firstOf.put(Relationship.HEAD, 0);
			boolean hasSpouse = this.type.members().contains("SPOUSE");
			Member spouse = null;
			if (hasSpouse) {
				spouse = new Member();
				spouse.relationship = Relationship.SPOUSE;
				spouse.sex = "M".equals(head.sex) ? "F" : "M";
				int husbandOlder = uniformInt(ages.husbandOlderBy());
				spouse.age = Math.max(19, "M".equals(head.sex) ? head.age - husbandOlder : head.age + husbandOlder);
				spouse.age = Math.min(spouse.age, ages.maxAge());
				add(spouse);
			}
			// Children are counted from the mother (or the single parent).
			Member mother = (spouse != null && "F".equals(spouse.sex)) ? spouse : head;
			List<Integer> childAges = new ArrayList<>();
			for (String rel : this.type.members()) {
				if ("SPOUSE".equals(rel)) {
					continue;
				}
				Member m = new Member();
				m.relationship = Relationship.valueOf(rel);
				switch (m.relationship) {
					case CHILD -> {
						m.sex = this.rng.nextDouble() < ages.femaleChildShare() ? "F" : "M";
						m.age = childAge(mother.age, childAges);
						childAges.add(m.age);
					}
					case PARENT -> {
						m.sex = this.rng.nextDouble() < ages.femaleParentShare() ? "F" : "M";
						m.age = Math.min(ages.maxAge(), head.age + uniformInt(ages.parentOlderBy()));
					}
					case SIBLING -> {
						m.sex = this.rng.nextDouble() < 0.5 ? "F" : "M";
						m.age = Math.max(head.age >= 20 ? 19 : 0, head.age + uniformInt(ages.siblingGap()));
					}
					case GRANDCHILD -> {
						m.sex = this.rng.nextDouble() < ages.femaleChildShare() ? "F" : "M";
						m.age = Math.max(0, head.age - uniformInt(ages.grandparentOlderBy()));
					}
					default -> {
						m.sex = this.rng.nextDouble() < 0.5 ? "F" : "M";
						m.age = Math.max(19, head.age + uniformInt(ages.siblingGap()));
					}
				}
				add(m);
			}
		}

		private void add(Member m) {
			this.firstOf.putIfAbsent(m.relationship, this.members.size());
			this.members.add(m);
		}

		/**
		 * A child's age: the mother's age at birth in range, at least a year from
		 * siblings.
		 */
		private int childAge(int motherAge, List<Integer> siblings) {
			var range = this.d.memberAges().motherAgeAtBirth();
			for (int attempt = 0; attempt < 8; attempt++) {
				int age = motherAge - uniformInt(range);
				if (age < 0) {
					age = motherAge >= (int) range.from() ? this.rng.nextInt(motherAge - (int) range.from() + 1) : 0;
				}
				if (!siblings.contains(age)) {
					return age;
				}
			}
			int age = siblings.stream().min(Integer::compare).orElse(1) - 1;
			return Math.max(0, age);
		}

		private void identities() {
			Member head = this.members.get(0);
			head.surname = PopulationGenerator.this.surnames.pick(this.rng);
			Member spouse = member(Relationship.SPOUSE);
			if (spouse != null) {
				// Korean spouses keep their own surnames.
				spouse.surname = PopulationGenerator.this.surnames.pick(this.rng);
				this.multicultural = this.rng.nextDouble() < PopulationGenerator.this.multiculturalChance;
				spouse.naturalised = this.multicultural
						&& this.rng.nextDouble() < this.d.multicultural().naturalisedAfter2020Share();
			}
			String father = "M".equals(head.sex) ? head.surname : (spouse != null ? spouse.surname : head.surname);
			for (Member m : this.members) {
				if (m.surname == null) {
					m.surname = switch (m.relationship) {
						case CHILD, GRANDCHILD -> father;
						case SIBLING -> head.surname;
						case PARENT ->
							"M".equals(m.sex) ? head.surname : PopulationGenerator.this.surnames.pick(this.rng);
						default -> PopulationGenerator.this.surnames.pick(this.rng);
					};
				}
				m.birth = this.today.minusYears(m.age).minusDays(this.rng.nextInt(365));
				m.name = m.surname + givenName(m.sex, m.birth.getYear());
				m.id = uuid();
				m.rrn = number(m.birth, m.sex, m.naturalised || !m.birth.isBefore(RANDOM_NUMBERS_FROM));
			}
		}

		private String givenName(String sex, int birthYear) {
			for (var era : this.d.names().given()) {
				if (birthYear < era.bornBefore()) {
					List<String> names = "M".equals(sex) ? era.male() : era.female();
					return names.get(this.rng.nextInt(names.size()));
				}
			}
			throw new IllegalStateException("No given names for " + birthYear);
		}

		private Rrn number(LocalDate birth, String sex, boolean randomDigits) {
			int century = birth.getYear() / 100;
			int g = switch (century) {
				case 18 -> "M".equals(sex) ? 9 : 0;
				case 19 -> "M".equals(sex) ? 1 : 2;
				default -> "M".equals(sex) ? 3 : 4;
			};
			long front = (birth.getYear() % 100) * 10_000L + birth.getMonthValue() * 100L + birth.getDayOfMonth();
			while (true) {
				long first12 = (front * 10 + g) * 100_000L + this.rng.nextInt(100_000);
				int last = randomDigits ? this.rng.nextInt(10) : checkDigit(first12);
				long value = first12 * 10 + last;
				if (PopulationGenerator.this.numbers.add(value)) {
					String text = Long.toString(value);
					return Rrn.parse("0".repeat(13 - text.length()) + text);
				}
			}
		}

		// --- statuses and moves
		// ----------------------------------------------------------

		private void statuses() {
			var le = this.d.lifeEvents();
			for (Member m : this.members) {
				double death = 0;
				for (var rate : le.deathRates()) {
					if (m.age >= rate.from() && m.age <= rate.to()) {
						death = rate.rate();
					}
				}
				double deregistered = m.adult() ? le.deregisteredAdultShare() : 0;
				double u = this.rng.nextDouble();
				if (u < death) {
					m.status = PersonStatus.DECEASED;
				}
				else if (u < death + deregistered) {
					m.status = PersonStatus.DEREGISTERED;
				}
				else if (u < death + deregistered + le.emigratedShare()) {
					m.status = PersonStatus.EMIGRATED;
				}
				if (m.status != PersonStatus.ALIVE) {
					LocalDate on = this.today.minusDays(1 + this.rng.nextInt(365));
					m.statusOn = on.isAfter(m.birth) ? on : m.birth.plusDays(1);
					if (m.statusOn.isAfter(this.today)) {
						m.statusOn = this.today;
					}
					m.stillPaid = m.status == PersonStatus.DECEASED
							&& this.rng.nextDouble() < le.deceasedStillPaidShare();
					LifeEventKind kind = switch (m.status) {
						case DECEASED -> LifeEventKind.DEATH;
						case DEREGISTERED -> LifeEventKind.DEREGISTRATION;
						default -> LifeEventKind.EMIGRATION;
					};
					String detail = switch (m.status) {
						case DECEASED -> "사망 신고";
						case DEREGISTERED -> "주민등록 말소 (거주불명)";
						default -> "국외이주 신고";
					};
					m.events
						.add(new LifeEventRecord(uuid(), kind, m.statusOn, detail, PopulationGenerator.this.source));
				}
			}
		}

		private LocalDate moves() {
			LocalDate movedIn;
			boolean moved = this.rng.nextDouble() < this.d.lifeEvents().movedHouseholdShare();
			if (moved) {
				movedIn = this.today.minusDays(1 + this.rng.nextInt(365));
			}
			else {
				int headAdultYears = Math.max(1, Math.min(30, this.members.get(0).age - 18));
				movedIn = this.today.minusDays(366 + this.rng.nextInt(headAdultYears * 365));
			}
			for (Member m : this.members) {
				m.movedInOn = movedIn.isBefore(m.birth) ? m.birth : movedIn;
				if (moved && !m.movedInOn.isAfter(this.today)) {
					m.events.add(new LifeEventRecord(uuid(), LifeEventKind.MOVE, m.movedInOn,
							"전입: " + this.dong.sigungu().nameKo() + " " + this.dong.dong().nameKo(),
							PopulationGenerator.this.source));
				}
			}
			return movedIn;
		}

		// --- qualifications and benefits
		// --------------------------------------------------

		private void basicLivelihood() {
			var bl = this.d.basicLivelihood();
			var lines = this.d.medianIncome().lines();
			var programs = this.d.benefitPrograms();
			if (this.economicClass == EconomicClass.RECIPIENT) {
				LocalDate since = this.today
					.minusDays(this.rng.nextInt((int) (uniform(bl.yearsReceiving()) * 365) + 1));
				boolean livelihood = this.ratio < lines.livelihood();
				boolean medical = this.ratio < lines.medical();
				boolean suspended = this.rng.nextDouble() < bl.suspendedShare();
				BenefitStatus status = suspended ? BenefitStatus.SUSPENDED : BenefitStatus.ACTIVE;
				long median = this.d.medianIncome().monthly(this.type.size());
				long livelihoodAmount = round10((lines.livelihood() - this.ratio) * median);
				long housingAmount = housingAmount();
				for (Member m : this.members) {
					LocalDate from = later(since, m.birth);
					List<String> kinds = new ArrayList<>();
					if (livelihood) {
						kinds.add(programs.livelihood().detail());
						m.benefits.add(new Benefit(programs.livelihood().code(), from, null,
								isHead(m) ? livelihoodAmount : 0, status));
					}
					if (medical) {
						kinds.add(programs.medical().detail());
						m.benefits.add(new Benefit(programs.medical().code(), from, null, 0, status));
					}
					kinds.add(programs.housing().detail());
					m.benefits
						.add(new Benefit(programs.housing().code(), from, null, isHead(m) ? housingAmount : 0, status));
					String school = school(m.age);
					if (school != null && this.ratio < lines.education()) {
						kinds.add(programs.education().detail());
						long annual = programs.education().annualBySchool().get(school);
						m.benefits
							.add(new Benefit(programs.education().code(), from, null, round10(annual / 12.0), status));
					}
					m.quals
						.add(new Qual(QualificationKind.BASIC_LIVELIHOOD, from, null, String.join("·", kinds) + "급여"));
				}
			}
			else if (this.formerRecipient) {
				LocalDate ended = this.today.minusDays(30 + this.rng.nextInt(5 * 365));
				LocalDate since = ended.minusDays(365 + this.rng.nextInt(8 * 365));
				IncomeBand band = PopulationGenerator.this.recipientBands.pick(this.rng);
				double formerRatio = uniform(band.from(), band.to());
				BenefitStatus status = this.rng.nextDouble() < bl.recoveredShareOfFormer() ? BenefitStatus.RECOVERED
						: BenefitStatus.ENDED;
				long median = this.d.medianIncome().monthly(this.type.size());
				for (Member m : this.members) {
					if (!m.birth.isBefore(ended)) {
						continue;
					}
					LocalDate from = later(since, m.birth);
					List<String> kinds = new ArrayList<>();
					if (formerRatio < lines.livelihood()) {
						kinds.add(programs.livelihood().detail());
						m.benefits.add(new Benefit(programs.livelihood().code(), from, ended,
								isHead(m) ? round10((lines.livelihood() - formerRatio) * median) : 0, status));
					}
					kinds.add(programs.housing().detail());
					m.benefits.add(new Benefit(programs.housing().code(), from, ended, isHead(m) ? housingAmount() : 0,
							status));
					m.quals.add(new Qual(QualificationKind.BASIC_LIVELIHOOD, from, ended,
							String.join("·", kinds) + "급여 (종료)"));
				}
			}
		}

		private long housingAmount() {
			var housing = this.d.benefitPrograms().housing();
			long base = housing.baseRent().get(this.dong.sido().regionClass());
			double forSize = base * (1 + housing.perExtraMember() * (this.type.size() - 1));
			return round10(forSize * uniform(housing.paidShare()));
		}

		private void nearPoor() {
			if (this.economicClass != EconomicClass.NEAR_POOR) {
				return;
			}
			String detail = PopulationGenerator.this.nearPoorDetails.pick(this.rng);
			LocalDate since = this.today.minusDays(this.rng.nextInt(6 * 365));
			for (Member m : this.members) {
				m.quals.add(new Qual(QualificationKind.NEAR_POOR, later(since, m.birth), null, detail));
			}
		}

		/** Disability, veterans and pensions: decided person by person. */
		private void perPerson() {
			var dis = this.d.disability();
			var programs = this.d.benefitPrograms();
			var pension = programs.basicPension();
			List<Member> pensioners = new ArrayList<>();
			for (Member m : this.members) {
				int decade = Math.min(7, m.age / 10);
				double sexFactor = "M".equals(m.sex) ? dis.maleShare() / 0.5 : (1 - dis.maleShare()) / 0.5;
				if (this.rng.nextDouble() < PopulationGenerator.this.disabilityChanceByDecade[decade] * sexFactor) {
					boolean severe = this.rng.nextDouble() < dis.severeShare();
					LocalDate since = this.today
						.minusDays(this.rng.nextInt(Math.max(1, Math.min(m.age, 40)) * 365 + 1));
					since = earlier(later(since, m.birth.plusDays(30)), this.today);
					m.quals.add(new Qual(QualificationKind.DISABILITY, since, null,
							severe ? dis.details().get("severe") : dis.details().get("mild")));
					if (severe && m.age >= programs.disabilityPension().minAge()
							&& this.ratio < programs.disabilityPension().incomeRatioBelow()) {
						long amount = programs.disabilityPension().monthly()
								+ (this.economicClass == EconomicClass.RECIPIENT
										? programs.disabilityPension().recipientSupplement() : 0);
						m.benefits.add(new Benefit(programs.disabilityPension().code(),
								later(since, m.birth.plusYears(18)), null, amount, BenefitStatus.ACTIVE));
					}
					else if (!severe && m.age >= programs.disabilityAllowance().minAge()
							&& this.economicClass != EconomicClass.OTHER) {
						long amount = this.economicClass == EconomicClass.RECIPIENT
								? programs.disabilityAllowance().monthlyRecipient()
								: programs.disabilityAllowance().monthlyNearPoor();
						m.benefits.add(new Benefit(programs.disabilityAllowance().code(),
								later(since, m.birth.plusYears(18)), null, amount, BenefitStatus.ACTIVE));
					}
				}
				for (var rate : this.d.veterans().rates()) {
					if (m.age >= rate.from() && m.age <= rate.to()
							&& this.rng.nextDouble() < ("M".equals(m.sex) ? rate.male() : rate.female())) {
						int years = Math.max(1, Math.min(m.age - 20, 35));
						LocalDate since = this.today.minusDays(365 + this.rng.nextInt(years * 365));
						m.quals.add(new Qual(QualificationKind.VETERAN, later(since, m.birth.plusYears(20)), null,
								PopulationGenerator.this.veteranDetails.pick(this.rng)));
					}
				}
				if (m.age >= pension.minAge() && this.ratio < pension.incomeRatioBelow()) {
					pensioners.add(m);
				}
			}
			Member head = this.members.get(0);
			Member spouse = member(Relationship.SPOUSE);
			boolean couple = spouse != null && pensioners.contains(head) && pensioners.contains(spouse);
			for (Member m : pensioners) {
				long amount = couple && (m == head || m == spouse)
						? round10(pension.monthly() * (1 - pension.coupleReduction())) : pension.monthly();
				// 기초연금 began in July 2014; it is paid from the month after the 65th
				// birthday.
				LocalDate from = later(firstOfNextMonth(m.birth.plusYears(pension.minAge())), LocalDate.of(2014, 7, 1));
				if (!from.isAfter(this.today)) {
					m.benefits.add(new Benefit(pension.code(), from, null, amount, BenefitStatus.ACTIVE));
				}
			}
		}

		private void singleParent() {
			var sp = this.d.singleParent();
			if (this.type.members().contains("SPOUSE") || !this.type.members().contains("CHILD")) {
				return;
			}
			List<Member> minors = this.members.stream()
				.filter(m -> m.relationship == Relationship.CHILD && m.age < sp.childAgeBelow())
				.toList();
			if (minors.isEmpty() || this.ratio >= sp.incomeLine() || this.rng.nextDouble() >= sp.takeUp()) {
				return;
			}
			LocalDate youngest = minors.stream().map(m -> m.birth).max(Comparator.naturalOrder()).orElseThrow();
			LocalDate since = later(this.today.minusDays(this.rng.nextInt(10 * 365)), youngest);
			Member head = this.members.get(0);
			head.quals.add(new Qual(QualificationKind.SINGLE_PARENT, since, null, "한부모가족 (부 또는 모)"));
			for (Member child : minors) {
				child.quals
					.add(new Qual(QualificationKind.SINGLE_PARENT, later(since, child.birth), null, "한부모가족 (자녀)"));
			}
			var program = this.d.benefitPrograms().singleParent();
			head.benefits.add(new Benefit(program.code(), since, null, program.monthlyPerChild() * minors.size(),
					BenefitStatus.ACTIVE));
		}

		private void multiculturalFamily() {
			if (!this.multicultural) {
				return;
			}
			Member spouse = member(Relationship.SPOUSE);
			LocalDate married = this.today.minusDays(365 + this.rng.nextInt(20 * 365));
			married = later(married, spouse.birth.plusYears(19));
			for (Member m : this.members) {
				m.quals.add(new Qual(QualificationKind.MULTICULTURAL_FAMILY, later(married, m.birth), null,
						m == spouse ? "결혼이민자" : "다문화가족 구성원"));
			}
		}

		/**
		 * Death and emigration end qualifications and benefits; deregistration suspends.
		 */
		private void closeOnStatus() {
			for (Member m : this.members) {
				if (m.status == PersonStatus.ALIVE || m.stillPaid) {
					continue;
				}
				LocalDate end = m.statusOn;
				if (m.status != PersonStatus.DEREGISTERED) {
					for (Qual q : m.quals) {
						if (q.to == null || q.to.isAfter(end)) {
							q.to = end.isBefore(q.from) ? q.from : end;
						}
					}
				}
				for (Benefit b : m.benefits) {
					if (b.status == BenefitStatus.ACTIVE || b.status == BenefitStatus.SUSPENDED) {
						if (m.status == PersonStatus.DEREGISTERED) {
							b.status = BenefitStatus.SUSPENDED;
						}
						else {
							b.status = BenefitStatus.ENDED;
							b.to = end.isBefore(b.from) ? b.from : end;
						}
					}
				}
			}
		}

		private void qualificationEvents() {
			LocalDate yearAgo = this.today.minusYears(1);
			for (Member m : this.members) {
				for (Qual q : m.quals) {
					if (q.from.isAfter(yearAgo) && !q.from.isAfter(this.today)) {
						m.events.add(new LifeEventRecord(uuid(), LifeEventKind.QUALIFICATION_CHANGE, q.from,
								q.kind.name() + " 개시: " + q.detail, PopulationGenerator.this.source));
					}
					if (q.to != null && q.to.isAfter(yearAgo) && !q.to.isAfter(this.today)) {
						m.events.add(new LifeEventRecord(uuid(), LifeEventKind.QUALIFICATION_CHANGE, q.to,
								q.kind.name() + " 종료: " + q.detail, PopulationGenerator.this.source));
					}
				}
			}
		}

		// --- incomes, assets, insurance, accounts
		// ----------------------------------------

		private void incomesAndAssets() {
			var inc = this.d.incomes();
			double monthly = this.ratio * this.d.medianIncome().monthly(this.type.size());
			List<Member> earners = new ArrayList<>();
			List<IncomeKind> kinds = new ArrayList<>();
			for (Member m : this.members) {
				String rel = m.relationship.name();
				boolean student = m.relationship == Relationship.CHILD && m.age < 23;
				if (m.age >= 18 && m.age <= 64 && !student) {
					if (this.rng.nextDouble() < inc.workingShare().get(rel)) {
						earners.add(m);
						kinds.add(PopulationGenerator.this.workKinds.pick(this.rng));
					}
				}
				else if (m.age >= 65 && this.rng.nextDouble() < inc.pensionerShare()) {
					earners.add(m);
					kinds.add(IncomeKind.PENSION);
				}
			}
			Member head = this.members.get(0);
			if (earners.isEmpty() && monthly >= 1) {
				earners.add(head);
				kinds.add(head.age >= 65 ? IncomeKind.PENSION : IncomeKind.OTHER);
			}
			double weights = 0;
			for (Member m : earners) {
				weights += inc.earnerWeights().get(m.relationship.name());
			}
			for (int i = 0; i < earners.size(); i++) {
				Member m = earners.get(i);
				double share = inc.earnerWeights().get(m.relationship.name()) / weights;
				income(m, kinds.get(i), monthly * 12 * share);
			}
			assets(head);
			for (Member m : this.members) {
				if (m.adult() && this.rng.nextDouble() < inc.otherIncomeShare()) {
					income(m, IncomeKind.OTHER, uniform(inc.otherIncome()));
				}
			}
		}

		private void income(Member m, IncomeKind kind, double annual) {
			long won = Math.round(annual / 10_000) * 10_000;
			if (won >= 10_000) {
				m.incomes.merge(kind, won, Long::sum);
			}
		}

		private void assets(Member head) {
			var a = this.d.assets();
			var inc = this.d.incomes();
			String regionClass = this.dong.sido().regionClass();
			boolean poor = this.economicClass != EconomicClass.OTHER;
			double scale = Math.sqrt(this.ratio);
			double ownership = switch (this.economicClass) {
				case RECIPIENT -> a.homeOwnership().recipient();
				case NEAR_POOR -> a.homeOwnership().nearPoor();
				case OTHER -> a.homeOwnership().other();
			};
			if (head.age >= 25 && this.rng.nextDouble() < ownership) {
				long value = poor ? (long) uniform(a.poorHousingValue())
						: (long) (a.housingMedian().get(regionClass) * scale * logNormal(a.sigma()));
				asset(head, AssetKind.HOUSING, value, "주택 (공시가격)");
				if (!poor && this.rng.nextDouble() < a.mortgageShare()) {
					asset(head, AssetKind.DEBT, (long) (value * uniform(a.mortgageRatio())), "주택담보대출");
				}
			}
			else {
				long deposit = poor ? (long) uniform(a.poorRentDeposit())
						: (long) (a.rentDepositMedian().get(regionClass) * scale * logNormal(a.sigma()));
				if (deposit >= 1_000_000) {
					asset(head, AssetKind.RENT_DEPOSIT, deposit, "임차보증금 (전세·월세)");
					if (!poor && this.rng.nextDouble() < a.rentLoanShare()) {
						asset(head, AssetKind.DEBT, (long) (deposit * uniform(a.rentLoanRatio())), "전세자금대출");
					}
				}
			}
			if (poor && this.rng.nextDouble() < a.poorDebtShare()) {
				asset(head, AssetKind.DEBT, (long) uniform(a.poorDebt()), "신용대출");
			}
			for (Member m : this.members) {
				if (!m.adult()) {
					continue;
				}
				boolean keyMember = m.relationship == Relationship.HEAD || m.relationship == Relationship.SPOUSE;
				if (keyMember || this.rng.nextDouble() < 0.5) {
					long deposit = poor ? (long) uniform(a.poorDeposit())
							: (long) (a.depositMedian() * this.ratio * logNormal(a.sigma() * 2));
					if (deposit >= 10_000) {
						asset(m, AssetKind.DEPOSIT, deposit, "예금·적금");
						income(m, IncomeKind.INTEREST, deposit * inc.interestRate());
					}
				}
				if (!poor && this.rng.nextDouble() < a.securitiesShare()) {
					long value = (long) (a.securitiesMedian() * this.ratio * logNormal(a.sigma() * 2));
					asset(m, AssetKind.SECURITIES, value, "주식·채권");
					income(m, IncomeKind.DIVIDEND, value * inc.dividendRate());
				}
				if (this.rng.nextDouble() < a.insuranceShare() * (poor ? 0.25 : 1)) {
					asset(m, AssetKind.INSURANCE,
							(long) (a.insuranceMedian() * (poor ? 0.2 : 1) * logNormal(a.sigma() * 2)), "보험 (해약환급금)");
				}
			}
			double vehicleShare = switch (this.economicClass) {
				case RECIPIENT -> a.vehicleShare().recipient();
				case NEAR_POOR -> a.vehicleShare().nearPoor();
				case OTHER -> a.vehicleShare().other();
			};
			if (head.age >= 20 && head.age < 80 && this.rng.nextDouble() < vehicleShare) {
				long value = (long) uniform(poor ? a.poorVehicleValue() : a.vehicleValue());
				asset(head, AssetKind.VEHICLE, value, "승용자동차 (" + (2010 + this.rng.nextInt(16)) + "년식)");
			}
			if (!poor && head.age >= 30) {
				if (this.rng.nextDouble() < a.landShare()) {
					asset(head, AssetKind.LAND, (long) (a.landMedian() * logNormal(a.sigma() * 2)), "토지 (공시지가)");
				}
				if (this.rng.nextDouble() < a.buildingShare()) {
					long value = (long) (a.buildingMedian() * logNormal(a.sigma() * 2));
					asset(head, AssetKind.BUILDING, value, "건축물 (상가 등)");
					income(head, IncomeKind.PROPERTY, value * inc.rentYield());
				}
			}
		}

		private void asset(Member m, AssetKind kind, long value, String detail) {
			long won = Math.round(value / 10_000.0) * 10_000;
			if (won <= 0) {
				return;
			}
			int seq = m.assetSeq.merge(kind, 1, Integer::sum);
			m.assets.add(new SimulatorBulkLoad.Asset(kind, seq, won, detail));
		}

		private void insurance() {
			var hi = this.d.healthInsurance();
			boolean medicalAid = this.members.stream()
				.anyMatch(m -> m.benefits.stream()
					.anyMatch(b -> b.code.equals(this.d.benefitPrograms().medical().code()) && b.to == null));
			boolean anyEmployee = this.members.stream().anyMatch(m -> m.incomes.containsKey(IncomeKind.EARNED));
			List<String> employers = this.d.employers().names();
			for (Member m : this.members) {
				if (m.status != PersonStatus.ALIVE) {
					continue;
				}
				long earned = m.incomes.getOrDefault(IncomeKind.EARNED, 0L);
				boolean employable = m.age <= hi.employmentInsuranceMaxAge();
				boolean dayLabour = m.incomes.containsKey(IncomeKind.DAY_LABOUR);
				String employer = earned > 0 ? employers.get(this.rng.nextInt(employers.size())) : null;
				boolean employmentInsured = (earned > 0 || dayLabour) && employable;
				if (medicalAid) {
					m.insurance = new SimulatorBulkLoad.Insurance(HealthInsuranceKind.MEDICAL_AID, 0, 0,
							employmentInsured, employer);
				}
				else if (earned > 0) {
					long base = earned / 12;
					m.insurance = new SimulatorBulkLoad.Insurance(HealthInsuranceKind.EMPLOYEE,
							round10(base * hi.rate() / 2), base, employmentInsured, employer);
				}
				else if (anyEmployee && !m.incomes.containsKey(IncomeKind.BUSINESS) && !dayLabour) {
					m.insurance = new SimulatorBulkLoad.Insurance(HealthInsuranceKind.DEPENDENT, 0, 0, false, null);
				}
				else if (isHead(m) || m.incomes.containsKey(IncomeKind.BUSINESS) || dayLabour) {
					long own = 0;
					for (var e : m.incomes.entrySet()) {
						own += e.getValue();
					}
					long base = own / 12;
					m.insurance = new SimulatorBulkLoad.Insurance(HealthInsuranceKind.REGIONAL,
							Math.max(hi.regionalMinimumPremium(), round10(base * hi.rate())), base, employmentInsured,
							null);
				}
				else {
					// A member of a regional household: covered through the head's
					// premium.
					m.insurance = new SimulatorBulkLoad.Insurance(HealthInsuranceKind.REGIONAL, 0, 0, false, null);
				}
			}
		}

		private void accounts() {
			var ba = this.d.bankAccounts();
			for (Member m : this.members) {
				if (!m.adult()) {
					continue;
				}
				LocalDate firstPaid = m.benefits.stream()
					.filter(b -> b.amount > 0 && b.to == null)
					.map(b -> b.from)
					.min(Comparator.naturalOrder())
					.orElse(null);
				if (firstPaid != null) {
					BankAccountKind kind = this.rng.nextDouble() < ba.protectedShare()
							? BankAccountKind.SEIZURE_PROTECTED : BankAccountKind.NORMAL;
					LocalDate opened = later(firstPaid.minusDays(this.rng.nextInt(365)), m.birth.plusYears(17));
					m.accounts.add(account(kind, opened));
				}
				else if (m.status == PersonStatus.ALIVE && this.rng.nextDouble() < ba.otherAdultShare()) {
					int years = Math.max(1, Math.min(20, m.age - 17));
					LocalDate opened = this.today.minusDays(this.rng.nextInt(years * 365) + 1);
					m.accounts.add(account(BankAccountKind.NORMAL, opened));
				}
			}
		}

		private BankAccountRecord account(BankAccountKind kind, LocalDate opened) {
			Bank bank = PopulationGenerator.this.banks.pick(this.rng);
			StringBuilder number = new StringBuilder(bank.pattern().length());
			for (int i = 0; i < bank.pattern().length(); i++) {
				char c = bank.pattern().charAt(i);
				number.append(c == '#' ? (char) ('0' + this.rng.nextInt(10)) : c);
			}
			return new BankAccountRecord(uuid(), bank.code(), bank.name(), number.toString(), kind, opened, null);
		}

		// --- output --------------------------------------------------------------------

		private GeneratedHousehold assemble(LocalDate movedIn) {
			String address = this.dong.address() + " " + (1 + this.rng.nextInt(999)) + "-" + (1 + this.rng.nextInt(60))
					+ " (합성 주소)";
			String agency = agency();
			String src = PopulationGenerator.this.source;
			UUID householdId = uuid();
			List<PersonRecord> persons = new ArrayList<>(this.members.size());
			List<AgencyPerson> agencyPersons = new ArrayList<>(this.members.size());
			List<MemberRecord> memberRecords = new ArrayList<>(this.members.size());
			int year = this.d.incomeYear();
			for (Member m : this.members) {
				List<QualificationRecord> quals = new ArrayList<>(m.quals.size());
				List<QualificationFact> facts = new ArrayList<>(m.quals.size());
				for (Qual q : m.quals) {
					quals.add(new QualificationRecord(uuid(), q.kind.name(), q.from, q.to, q.detail, src));
					facts.add(new QualificationFact(q.kind, q.from, q.to, q.detail));
				}
				List<BenefitRecord> benefits = new ArrayList<>(m.benefits.size());
				for (Benefit b : m.benefits) {
					benefits.add(new BenefitRecord(uuid(), b.code, agency, b.from, b.to, b.amount, b.status, src));
				}
				persons.add(new PersonRecord(m.id, m.rrn, m.name, m.birth, m.sex, address, this.dong.dong().code(),
						m.movedInOn, m.status, quals, benefits, m.accounts, m.events, incomeAssessments(m, src)));
				List<SimulatorBulkLoad.Income> incomes = new ArrayList<>(m.incomes.size());
				m.incomes.forEach((kind, won) -> incomes.add(new SimulatorBulkLoad.Income(year, kind, won)));
				agencyPersons.add(new AgencyPerson(m.rrn, m.name, m.birth, m.sex, this.dong.dong().code(), address,
						m.movedInOn, m.status, m.statusOn, this.householdNo, m.relationship, incomes, m.assets,
						m.insurance, facts));
				memberRecords.add(new MemberRecord(m.id, m.relationship));
			}
			HouseholdRecord household = new HouseholdRecord(householdId, this.members.get(0).id,
					this.dong.dong().code(), address, memberRecords);
			return new GeneratedHousehold(this.householdNo, this.type.name(), this.economicClass, this.ratio, household,
					persons, agencyPersons);
		}

		/**
		 * A recognised income assessment for a living person who holds a basic livelihood
		 * or near-poor qualification now and for about one in five others: the
		 * household's income as a share of the median (its {@code ratio}) times the
		 * median, within ±10 %. The sample and the spread come from bits of the person's
		 * id rather than from the generator's random stream, so that every other fact of
		 * the population stays what it was before assessments existed.
		 */
		private List<IncomeAssessmentRecord> incomeAssessments(Member m, String src) {
			if (m.status != PersonStatus.ALIVE) {
				return List.of();
			}
			boolean poor = m.quals.stream()
				.anyMatch(q -> (q.kind == QualificationKind.BASIC_LIVELIHOOD || q.kind == QualificationKind.NEAR_POOR)
						&& q.to == null);
			long bits = m.id.getLeastSignificantBits();
			if (!poor && Math.floorMod(bits, 100) >= 20) {
				return List.of();
			}
			int size = this.members.size();
			double spread = 0.9 + Math.floorMod(bits >> 8, 201) / 1000.0;
			long income = round10(Math.max(0, this.ratio * this.d.medianIncome().monthly(size) * spread));
			LocalDate on = this.today.minusDays(1 + Math.floorMod(bits >> 20, 365));
			return List.of(new IncomeAssessmentRecord(on, size, income, src));
		}

		// --- helpers -------------------------------------------------------------------

		private String agency() {
			// Every program of the data file is paid by the 시·군·구 of residence.
			return "SIGUNGU".equals(this.d.benefitPrograms().agency()) ? this.dong.sigungu().code() : null;
		}

		private Member member(Relationship relationship) {
			Integer i = this.firstOf.get(relationship);
			return i == null ? null : this.members.get(i);
		}

		private boolean isHead(Member m) {
			return m.relationship == Relationship.HEAD;
		}

		/**
		 * A version-8 (custom) UUID that grows with the household index: seed tag (8
		 * bits), household index (32), a counter within the household (12, around the
		 * version nibble), then random bits. Ids that grow make every index on them, and
		 * on the person ids that refer to them, grow at its right edge instead of at
		 * random places: the difference between a fast and a slow load of a million
		 * persons.
		 */
		private UUID uuid() {
			int n = this.ids++;
			long hi = (PopulationGenerator.this.idTag << 56) | ((this.index & 0xFFFFFFFFL) << 24)
					| (((n >> 4) & 0xFFL) << 16) | 0x8000L | ((long) (n & 0xF) << 8) | this.rng.nextInt(256);
			long lo = (this.rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new UUID(hi, lo);
		}

		private double uniform(double from, double to) {
			return from + (to - from) * this.rng.nextDouble();
		}

		private double uniform(Range range) {
			return uniform(range.from(), range.to());
		}

		private int uniformInt(int from, int to) {
			return from + this.rng.nextInt(to - from + 1);
		}

		private int uniformInt(Range range) {
			return uniformInt((int) range.from(), (int) range.to());
		}

		private double logNormal(double sigma) {
			return Math.exp(sigma * this.rng.nextGaussian());
		}

	}

	/** School by age on the reference date: elementary 7-12, middle 13-15, high 16-18. */
	static String school(int age) {
		if (age >= 7 && age <= 12) {
			return "elementary";
		}
		if (age >= 13 && age <= 15) {
			return "middle";
		}
		if (age >= 16 && age <= 18) {
			return "high";
		}
		return null;
	}

	static int checkDigit(long first12) {
		int sum = 0;
		long rest = first12;
		for (int i = 11; i >= 0; i--) {
			sum += (int) (rest % 10) * RRN_WEIGHTS[i];
			rest /= 10;
		}
		return (11 - sum % 11) % 10;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate firstOfNextMonth(LocalDate date) {
		return date.withDayOfMonth(1).plusMonths(1);
	}

	private static long round10(double won) {
		return Math.max(0, Math.round(won / 10.0) * 10);
	}

}
