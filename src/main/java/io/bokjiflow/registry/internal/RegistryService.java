package io.bokjiflow.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.registry.IncomeAssessment;
import io.bokjiflow.registry.LifeEventChange;
import io.bokjiflow.registry.LifeEventRecorded;
import io.bokjiflow.registry.Masking;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.registry.PersonRegistration;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.registry.Rrn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class RegistryService implements Registry {

	private final PersonRepository persons;

	private final AccessAuditWriter audit;

	private final RrnProtector protector;

	private final Clock clock;

	private final PersonProfileQueries profiles;

	private final JdbcTemplate jdbc;

	private final LifeEventRecorder lifeEvents;

	RegistryService(PersonRepository persons, AccessAuditWriter audit, RrnProtector protector, Clock clock,
			PersonProfileQueries profiles, JdbcTemplate jdbc, LifeEventRecorder lifeEvents) {
		this.jdbc = jdbc;
		this.lifeEvents = lifeEvents;
		this.persons = persons;
		this.audit = audit;
		this.protector = protector;
		this.clock = clock;
		this.profiles = profiles;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonSummary> find(Rrn rrn) {
		return this.persons.findByRrnHash(this.protector.hash(rrn)).map(p -> summary(p, rrn));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonSummary> find(UUID personId) {
		return this.persons.findById(personId).map(p -> summary(p, this.protector.decrypt(p.rrnCipher())));
	}

	@Override
	public PersonSummary findOrRegister(PersonRegistration reg) {
		Optional<PersonSummary> existing = find(reg.rrn());
		if (existing.isPresent()) {
			return existing.get();
		}
		Rrn rrn = reg.rrn();
		PersonEntity person = new PersonEntity(UUID.randomUUID(), this.protector.hash(rrn), this.protector.encrypt(rrn),
				reg.name().strip(), rrn.birthDate(), rrn.sex(), reg.address(), reg.adminDongCode(),
				this.clock.instant().atZone(this.clock.getZone()).toLocalDate(), this.clock.instant());
		// The unique hash rejects a concurrent second registration of the same number.
		this.persons.saveAndFlush(person);
		return summary(person, rrn);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonProfile.Member> household(UUID personId) {
		return this.profiles.household(personId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonProfile> profile(UUID personId, String accessedBy, String purpose) {
		Optional<PersonSummary> person = find(personId);
		if (person.isEmpty()) {
			return Optional.empty();
		}
		this.audit.record(personId, accessedBy, purpose, this.clock.instant());
		return Optional.of(new PersonProfile(person.get(), this.profiles.household(personId),
				this.profiles.qualifications(personId), this.profiles.benefits(personId),
				this.profiles.accounts(personId), this.profiles.events(personId)));
	}

	@Override
	public Rrn revealRrn(UUID personId, String accessedBy, String purpose) {
		PersonEntity person = this.persons.findById(personId)
			.orElseThrow(() -> new IllegalArgumentException("Unknown person " + personId));
		this.audit.record(personId, accessedBy, purpose, this.clock.instant());
		return this.protector.decrypt(person.rrnCipher());
	}

	@Override
	public void recordIncomeAssessment(IncomeAssessment a) {
		this.jdbc.update(
				"""
						insert into reg_income_assessment (person_id, assessed_on, household_size, recognised_income_won, source, recorded_at)
						values (?, ?, ?, ?, ?, ?)""",
				a.personId(), a.assessedOn(), a.householdSize(), a.recognisedIncomeWon(), a.source(),
				java.sql.Timestamp.from(this.clock.instant()));
	}

	@Override
	public Optional<LifeEventRecorded> recordLifeEvent(LifeEventChange change) {
		return this.lifeEvents.record(change);
	}

	@Override
	public boolean suspendBenefit(UUID benefitRecordId, LocalDate effectiveFrom, String reason) {
		return this.lifeEvents.suspendBenefit(benefitRecordId, effectiveFrom, reason);
	}

	private static PersonSummary summary(PersonEntity p, Rrn rrn) {
		return new PersonSummary(p.id(), rrn.masked(), p.name(), Masking.name(p.name()), p.birthDate(), p.sex(),
				p.adminDongCode(), p.status());
	}

}
