package io.bokjiflow.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.casework.RecognisedIncome;
import io.bokjiflow.casework.RecognisedIncomeCalculator;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.publicdata.Assets;
import io.bokjiflow.publicdata.FinancialDataConsent;
import io.bokjiflow.publicdata.Incomes;
import io.bokjiflow.publicdata.Insurance;
import io.bokjiflow.publicdata.PublicData;
import io.bokjiflow.publicdata.PublicDataAnswer;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.PublicDataUnavailableException;
import io.bokjiflow.publicdata.QualificationReport;
import io.bokjiflow.publicdata.ResidentRecord;
import io.bokjiflow.publicdata.SourceInfo;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.registry.IncomeAssessment;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.registry.Rrn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation of an application: fetches each public dataset (per household member
 * where the law counts the household's income and assets), keeps every answer as evidence
 * with its provenance, derives the case facts, and calculates the recognised income.
 */
@Service
@Transactional
class CaseInvestigation {

	/** Datasets asked once per household member: the household's income and assets. */
	static final Set<PublicDataSource> HOUSEHOLD_SOURCES = EnumSet.of(PublicDataSource.NATIONAL_TAX,
			PublicDataSource.NATIONAL_PENSION, PublicDataSource.LOCAL_TAX, PublicDataSource.LAND_VEHICLE,
			PublicDataSource.FINANCIAL);

	private static final String APPLICANT = "APPLICANT";

	private final ApplicationRepository applications;

	private final EvidenceRepository evidence;

	private final ProgramCatalog catalog;

	private final Registry registry;

	private final PublicData publicData;

	private final RecognisedIncomeCalculator incomeCalculator;

	private final ObjectMapper json;

	private final Clock clock;

	CaseInvestigation(ApplicationRepository applications, EvidenceRepository evidence, ProgramCatalog catalog,
			Registry registry, PublicData publicData, RecognisedIncomeCalculator incomeCalculator, ObjectMapper json,
			Clock clock) {
		this.applications = applications;
		this.evidence = evidence;
		this.catalog = catalog;
		this.registry = registry;
		this.publicData = publicData;
		this.incomeCalculator = incomeCalculator;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Fetches one dataset for the applicant, or for every member of the household for
	 * income and asset datasets, replacing earlier answers (a retried job keeps one
	 * answer per member, never two).
	 */
	void fetch(UUID applicationId, PublicDataSource source) {
		ApplicationEntity app = application(applicationId);
		List<Subject> subjects = new ArrayList<>();
		subjects.add(new Subject(app.personId(), APPLICANT));
		if (HOUSEHOLD_SOURCES.contains(source)) {
			for (PersonProfile.Member m : this.registry.household(app.personId())) {
				if (!m.personId().equals(app.personId()) && "ALIVE".equals(m.status())) {
					subjects.add(new Subject(m.personId(), m.maskedName() + " (" + m.relationship() + ")"));
				}
			}
		}
		LocalDate asOf = applicationDate(app);
		for (Subject subject : subjects) {
			Rrn rrn = this.registry.revealRrn(subject.personId(), "system:publicdata",
					"application " + app.applicationNo() + " " + source);
			try {
				keep(applicationId, subject, ask(app, source, rrn, asOf));
			}
			catch (PublicDataUnavailableException ex) {
				if (ex.failure() != PublicDataUnavailableException.Failure.NO_RECORD) {
					throw ex;
				}
				// "No record" is the agency's answer, not an outage: retrying cannot
				// change
				// it, so it is kept as evidence and flags the case for a caseworker.
				keepNoRecord(applicationId, subject, source);
			}
		}
	}

	private PublicDataAnswer<?> ask(ApplicationEntity app, PublicDataSource source, Rrn rrn, LocalDate asOf) {
		{
			return switch (source) {
				case QUALIFICATION -> this.publicData.qualifications(rrn, asOf);
				case NATIONAL_TAX -> this.publicData.nationalTaxIncomes(rrn, asOf.getYear() - 1);
				case NATIONAL_PENSION -> this.publicData.pensions(rrn, asOf.getYear() - 1);
				case HEALTH_INSURANCE -> this.publicData.healthInsurance(rrn);
				case EMPLOYMENT_INSURANCE -> this.publicData.employmentInsurance(rrn);
				case LOCAL_TAX -> this.publicData.localTaxProperties(rrn, asOf);
				case LAND_VEHICLE -> this.publicData.landAndVehicles(rrn, asOf);
				case FINANCIAL -> this.publicData.financialAssets(rrn, asOf, financialConsent(app));
				case RESIDENT_REGISTER -> this.publicData.residentRecord(rrn);
			};
		}
	}

	private void keepNoRecord(UUID applicationId, Subject subject, PublicDataSource source) {
		SourceInfo info = this.publicData.info(source);
		EvidenceEntity row = this.evidence
			.findByApplicationIdAndDatasetAndSubjectPersonId(applicationId, source.name(), subject.personId())
			.orElseGet(() -> new EvidenceEntity(applicationId, source.name(), subject.personId(), subject.label()));
		row.update(info.agencyKo(), info.legalBasis(), this.clock.instant(), EvidenceEntity.NO_RECORD, null, null);
		this.evidence.save(row);
	}

	private FinancialDataConsent financialConsent(ApplicationEntity app) {
		if (app.financialConsentAt() == null) {
			throw new IllegalStateException("Application " + app.applicationNo() + " has no financial-data consent");
		}
		return new FinancialDataConsent(app.financialConsentRef(), app.financialConsentAt());
	}

	private void keep(UUID applicationId, Subject subject, PublicDataAnswer<?> answer) {
		String dataset = answer.source().name();
		EvidenceEntity row = this.evidence
			.findByApplicationIdAndDatasetAndSubjectPersonId(applicationId, dataset, subject.personId())
			.orElseGet(() -> new EvidenceEntity(applicationId, dataset, subject.personId(), subject.label()));
		row.update(answer.agency(), answer.legalBasis(), answer.retrievedAt(), write(answer.values()),
				answer.requestId(), answer.payloadSha256());
		this.evidence.save(row);
	}

	/**
	 * Derives the case facts from the evidence and records them with the flags.
	 * @return the facts as process variables plus {@code flagged}
	 */
	Map<String, Object> deriveFacts(UUID applicationId) {
		ApplicationEntity app = application(applicationId);
		CaseFactsDeriver.Derived derived = derived(app);
		app.factsDerived(write(derived.facts()), derived.flags().isEmpty() ? null : String.join(",", derived.flags()));
		Map<String, Object> variables = new java.util.LinkedHashMap<>(derived.facts());
		variables.put(CaseVariables.FLAGGED, !derived.flags().isEmpty());
		return variables;
	}

	/**
	 * Calculates the household's recognised income and its share of the standard median
	 * income, keeping every line of the calculation.
	 * @return the variables {@code recognisedIncome} and {@code incomePercentOfMedian}
	 */
	Map<String, Object> calculateRecognisedIncome(UUID applicationId) {
		ApplicationEntity app = application(applicationId);
		CaseFactsDeriver.Derived derived = derived(app);
		if (derived.incomeAndAssets() == null) {
			throw new IllegalStateException("Application " + app.applicationNo() + " has no income or asset evidence");
		}
		RecognisedIncome result = this.incomeCalculator.calculate(derived.incomeAndAssets(), applicationDate(app));
		app.recognisedIncomeCalculated(write(result));
		// The registry keeps the figure, so that support criteria on income (open market)
		// can read the latest assessment of the applicant.
		this.registry.recordIncomeAssessment(
				new IncomeAssessment(app.personId(), applicationDate(app), derived.incomeAndAssets().householdSize(),
						result.recognisedIncome(), "사례 " + app.applicationNo() + " 소득인정액 산정"));
		int percent = BigDecimal.valueOf(result.recognisedIncome())
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(result.medianIncome()), 0, RoundingMode.CEILING)
			.intValueExact();
		return Map.of("recognisedIncome", result.recognisedIncome(), "incomePercentOfMedian", percent);
	}

	private CaseFactsDeriver.Derived derived(ApplicationEntity app) {
		Program program = this.catalog.program(app.programCode())
			.orElseThrow(() -> new IllegalStateException("No program " + app.programCode()));
		PersonSummary person = this.registry.find(app.personId())
			.orElseThrow(() -> new IllegalStateException("Application without a person"));
		List<CaseFactsDeriver.Answer> answers = this.evidence.findByApplicationIdOrderByFetchedAt(app.id())
			.stream()
			.map(e -> new CaseFactsDeriver.Answer(PublicDataSource.valueOf(e.dataset()),
					e.subjectPersonId().equals(app.personId()), e.noRecord() ? null : read(e.dataset(), e.payload())))
			.toList();
		return CaseFactsDeriver.derive(
				new CaseFactsDeriver.Applicant(applicationDate(app), app.adminDongCode(), person.birthDate(),
						person.sex(), program.investigation() == Investigation.INCOME_ASSET, app.applicantNew()),
				answers);
	}

	Object read(String dataset, String payload) {
		Class<?> type = switch (PublicDataSource.valueOf(dataset)) {
			case QUALIFICATION -> QualificationReport.class;
			case NATIONAL_TAX, NATIONAL_PENSION -> Incomes.class;
			case HEALTH_INSURANCE, EMPLOYMENT_INSURANCE -> Insurance.class;
			case LOCAL_TAX, LAND_VEHICLE, FINANCIAL -> Assets.class;
			case RESIDENT_REGISTER -> ResidentRecord.class;
		};
		try {
			return this.json.readValue(payload, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored evidence of " + dataset + " is not readable", ex);
		}
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Could not write JSON", ex);
		}
	}

	private LocalDate applicationDate(ApplicationEntity app) {
		return app.submittedAt().atZone(this.clock.getZone()).toLocalDate();
	}

	private ApplicationEntity application(UUID id) {
		return this.applications.findById(id).orElseThrow(() -> new IllegalStateException("No application " + id));
	}

	private record Subject(UUID personId, String label) {
	}

}
