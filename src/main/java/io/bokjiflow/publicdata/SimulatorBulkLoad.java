package io.bokjiflow.publicdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.Relationship;
import io.bokjiflow.registry.Rrn;

/**
 * Loads the public-data SIMULATOR's own agency records (tables {@code pds_*}: resident
 * register, incomes, assets, insurance, qualifications) with PostgreSQL {@code COPY}.
 * Synthetic data only. Each agency record is keyed by
 * {@code HMAC-SHA256(rrn, bokjiflow.simulator.hash-key)}, the same key the simulator's
 * endpoints use to find a person.
 *
 * <p>
 * Use as {@link io.bokjiflow.registry.RegistryBulkLoad}: fill a {@link Batch} on one
 * thread, then {@link #write(Batch)} it in a transaction the caller holds.
 */
public interface SimulatorBulkLoad {

	/**
	 * A new, empty batch (one thread fills it).
	 * @return the batch
	 */
	Batch newBatch();

	/**
	 * Copies a batch into the simulator's tables in the caller's transaction.
	 * @param batch a batch from {@link #newBatch()}
	 * @throws org.springframework.transaction.IllegalTransactionStateException when no
	 * transaction is active
	 */
	void write(Batch batch);

	/**
	 * Prepares the caller's transaction for very many rows: drops the primary keys of the
	 * {@code pds_*} tables (all on the random number hash), so that the returned handle's
	 * {@link io.bokjiflow.registry.RegistryBulkLoad.LargeLoad#finish()} builds them once,
	 * sorted, in the same transaction. Other sessions wait for those tables until the
	 * transaction ends: start-up and benchmark loads only.
	 * @return what to call when the rows are written
	 */
	io.bokjiflow.registry.RegistryBulkLoad.LargeLoad beginLargeLoad();

	/**
	 * The resident numbers of the simulator's fixed demo residents
	 * ({@code simulator/qualifications.csv}), which a generated population must not
	 * reuse.
	 * @return the numbers
	 */
	Set<Rrn> fixtureNumbers();

	/** Rows waiting to be written, already keyed and encoded. */
	interface Batch {

		/**
		 * Adds a person with all agency records about the person.
		 * @param person the person
		 */
		void add(AgencyPerson person);

		/** How many persons the batch holds. */
		int persons();

		/** How many rows of all tables the batch holds. */
		long rows();

	}

	/**
	 * Everything the simulated agencies know about one person.
	 *
	 * @param rrn the resident number (only its keyed hash is stored)
	 * @param name the registered name
	 * @param birthDate the birth date
	 * @param sex {@code M} or {@code F}
	 * @param adminDongCode the 행정동 code of the address
	 * @param address the street address
	 * @param movedInOn the day the person moved in
	 * @param status the resident-register status
	 * @param statusChangedOn when a non-{@code ALIVE} status began, else {@code null}
	 * @param householdNo the household number shared by all members
	 * @param relationship the relationship to the head of the household
	 * @param incomes annual incomes (국세청, 국민연금공단)
	 * @param assets assets and debts
	 * @param insurance health and employment insurance, or {@code null} when not covered
	 * @param qualifications qualifications (사회보장정보원 자격정보)
	 */
	record AgencyPerson(Rrn rrn, String name, LocalDate birthDate, String sex, String adminDongCode, String address,
			LocalDate movedInOn, PersonStatus status, LocalDate statusChangedOn, long householdNo,
			Relationship relationship, List<Income> incomes, List<Asset> assets, Insurance insurance,
			List<QualificationFact> qualifications) {

		public AgencyPerson {
			Objects.requireNonNull(rrn, "rrn");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(birthDate, "birthDate");
			Objects.requireNonNull(adminDongCode, "adminDongCode");
			Objects.requireNonNull(movedInOn, "movedInOn");
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(relationship, "relationship");
			incomes = List.copyOf(incomes);
			assets = List.copyOf(assets);
			qualifications = List.copyOf(qualifications);
		}

	}

	/**
	 * An annual income.
	 *
	 * @param year the income year
	 * @param kind the kind
	 * @param annualWon the amount in won
	 */
	record Income(int year, IncomeKind kind, long annualWon) {
	}

	/**
	 * An asset or a debt.
	 *
	 * @param kind the kind
	 * @param seq the number of this asset among the person's assets of the same kind
	 * (from 1)
	 * @param valueWon the value (or the outstanding debt) in won
	 * @param detail a short description, e.g. {@code 아파트} or {@code 주택담보대출}
	 */
	record Asset(AssetKind kind, int seq, long valueWon, String detail) {
	}

	/**
	 * Health and employment insurance.
	 *
	 * @param healthKind how the person is covered
	 * @param healthPremiumWon the monthly premium the person pays
	 * @param healthIncomeBaseWon the monthly income the premium is based on
	 * @param employmentInsured whether the person is covered by employment insurance
	 * @param employer the employer's name, or {@code null}
	 */
	record Insurance(HealthInsuranceKind healthKind, long healthPremiumWon, long healthIncomeBaseWon,
			boolean employmentInsured, String employer) {
	}

}
