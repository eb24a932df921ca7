package io.bokjiflow.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.bokjiflow.catalog.LifeStage;
import io.bokjiflow.catalog.PersonCircumstances;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.catalog.ServiceFinder;
import io.bokjiflow.catalog.ServiceFinding;
import io.bokjiflow.catalog.ServiceFinding.Reason;
import io.bokjiflow.catalog.ServiceFinding.Received;
import io.bokjiflow.catalog.ServiceFinding.Suggestion;
import io.bokjiflow.catalog.Situation;
import io.bokjiflow.publicdata.QualificationKind;

import org.springframework.stereotype.Service;

/**
 * The first missing-service finder: a program is suggested when the person does not
 * receive it, it runs in their 시·도, one of its life stages is the person's (or, for
 * programs a parent applies for, a child's), and the person is in one of its situations
 * and in all of its required ones. Programs that name no situation are for everybody of
 * their stages and come last. Income and assets are not looked at yet (issue 6).
 */
@Service
class CatalogServiceFinder implements ServiceFinder {

	/**
	 * Children under 18 from which a household counts as 다자녀 (the older, stricter line).
	 */
	static final int MULTI_CHILD_MINIMUM = 3;

	/**
	 * Situations of the person alone: a disabled parent does not make a child's program
	 * fit the child; low income, single parenthood and the like are the household's.
	 */
	private static final Set<Situation> PERSONAL = EnumSet.of(Situation.DISABILITY, Situation.VETERAN);

	/**
	 * The stages of a program for children only: one a parent applies for on their
	 * behalf.
	 */
	private static final Set<LifeStage> CHILDHOOD = EnumSet.of(LifeStage.PREGNANCY_BIRTH, LifeStage.INFANT,
			LifeStage.CHILD_YOUTH);

	/**
	 * Best first: more facts matched, then what BokjiFlow can take an application for,
	 * then the programs most specific to a stage and situation (기초연금 before an all-ages
	 * discount).
	 */
	private static final Comparator<Suggestion> ORDER = Comparator.comparing(Suggestion::generic)
		.thenComparing(s -> -s.reasons().size())
		.thenComparing(s -> !s.applicable())
		.thenComparing(s -> s.program().lifeStages().size())
		.thenComparing(s -> s.program().situations().size())
		.thenComparing(s -> s.program().nameKo())
		.thenComparing(s -> s.program().code());

	private final ProgramCatalog catalog;

	CatalogServiceFinder(ProgramCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public ServiceFinding find(PersonCircumstances person) {
		List<Received> received = person.receivedProgramCodes()
			.stream()
			.distinct()
			.map(code -> new Received(code, this.catalog.program(code).orElse(null)))
			.toList();
		Set<String> receivedCodes = Set.copyOf(person.receivedProgramCodes());
		Map<Situation, List<Reason>> situations = situations(person);
		LifeStage own = LifeStage.ofAge(person.age());
		Set<LifeStage> childStages = childStages(person);
		List<Suggestion> suggestions = this.catalog.programs()
			.stream()
			.filter(p -> !receivedCodes.contains(p.code()))
			.filter(p -> person.sidoCode() == null ? p.nationwide() : p.runsIn(person.sidoCode()))
			.map(p -> suggest(p, own, childStages, situations))
			.flatMap(Optional::stream)
			.sorted(ORDER)
			.toList();
		return new ServiceFinding(received, suggestions);
	}

	/** The situation a qualification puts a person in. */
	static Situation situationOf(QualificationKind kind) {
		return switch (kind) {
			case BASIC_LIVELIHOOD, NEAR_POOR -> Situation.LOW_INCOME;
			case DISABILITY -> Situation.DISABILITY;
			case VETERAN -> Situation.VETERAN;
			case SINGLE_PARENT -> Situation.SINGLE_PARENT;
			case MULTICULTURAL_FAMILY -> Situation.MULTICULTURAL;
		};
	}

	/** The situations the person is known to be in, each with the facts that say so. */
	static Map<Situation, List<Reason>> situations(PersonCircumstances person) {
		Map<Situation, List<Reason>> situations = new EnumMap<>(Situation.class);
		for (QualificationKind kind : new TreeSet<>(person.qualifications())) {
			situations.computeIfAbsent(situationOf(kind), s -> new ArrayList<>())
				.add(new Reason(Reason.Kind.QUALIFICATION, kind.name()));
		}
		long children = person.childAges().stream().filter(a -> a < 18).count();
		if (person.raisingChildrenAlone() && children > 0) {
			situations.putIfAbsent(Situation.SINGLE_PARENT,
					List.of(new Reason(Reason.Kind.HOUSEHOLD, Situation.SINGLE_PARENT.name())));
		}
		if (children >= MULTI_CHILD_MINIMUM) {
			situations.putIfAbsent(Situation.MULTI_CHILD,
					List.of(new Reason(Reason.Kind.HOUSEHOLD, Situation.MULTI_CHILD.name())));
		}
		return situations;
	}

	/**
	 * The life stages of the children the person cares for; a baby under one is a birth.
	 */
	static Set<LifeStage> childStages(PersonCircumstances person) {
		Set<LifeStage> stages = EnumSet.noneOf(LifeStage.class);
		for (int age : person.childAges()) {
			if (age < 0 || age >= 18) {
				continue;
			}
			stages.add(LifeStage.ofAge(age));
			if (age == 0) {
				stages.add(LifeStage.PREGNANCY_BIRTH);
			}
		}
		return stages;
	}

	private static Optional<Suggestion> suggest(Program program, LifeStage own, Set<LifeStage> childStages,
			Map<Situation, List<Reason>> situations) {
		Reason stage;
		Map<Situation, List<Reason>> held;
		if (program.lifeStages().contains(own)) {
			stage = new Reason(Reason.Kind.LIFE_STAGE, own.name());
			held = situations;
		}
		else if (CHILDHOOD.containsAll(program.lifeStages())) {
			Optional<LifeStage> child = childStages.stream().filter(program.lifeStages()::contains).findFirst();
			if (child.isEmpty()) {
				return Optional.empty();
			}
			stage = new Reason(Reason.Kind.CHILD_LIFE_STAGE, child.get().name());
			held = new EnumMap<>(Situation.class);
			held.putAll(situations);
			held.keySet().removeAll(PERSONAL);
		}
		else {
			return Optional.empty();
		}
		if (program.situations().isEmpty()) {
			return Optional.of(new Suggestion(program, List.of(stage), true));
		}
		if (!held.keySet().containsAll(program.requiredSituations())) {
			return Optional.empty();
		}
		// In the order of the person's situations, so that every row reads alike.
		List<Reason> reasons = new ArrayList<>(held.entrySet()
			.stream()
			.filter(e -> program.situations().contains(e.getKey()))
			.flatMap(e -> e.getValue().stream())
			.distinct()
			.sorted(Comparator.comparing(Reason::kind))
			.toList());
		if (reasons.isEmpty()) {
			return Optional.empty();
		}
		reasons.add(stage);
		return Optional.of(new Suggestion(program, reasons, false));
	}

}
