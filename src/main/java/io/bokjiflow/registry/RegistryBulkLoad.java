package io.bokjiflow.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Loads many registry records at once with PostgreSQL {@code COPY}: for the synthetic
 * population and, later, for data taken over from other systems. Numbers are encrypted
 * and hashed exactly as {@link Registry} does, so loaded persons are found by
 * {@link Registry#find(Rrn)}.
 *
 * <p>
 * Use: fill a {@link Batch} (on any one thread, no database involved: numbers are
 * encrypted and rows encoded while adding), then {@link #write(Batch)} it inside a
 * transaction the caller holds. A batch may refer to persons written by an earlier batch
 * of the same transaction.
 */
public interface RegistryBulkLoad {

	/**
	 * A new, empty batch. Not thread-safe: one thread fills it, any thread may then hand
	 * it to {@link #write(Batch)}.
	 * @return the batch
	 */
	Batch newBatch();

	/**
	 * Copies a batch into the registry tables in the caller's transaction (persons first,
	 * then households, members, qualifications, benefit records, accounts, life events
	 * and income assessments, so that every foreign key finds its row).
	 * @param batch a batch from {@link #newBatch()}
	 * @throws org.springframework.transaction.IllegalTransactionStateException when no
	 * transaction is active
	 */
	void write(Batch batch);

	/**
	 * Prepares the caller's transaction for very many rows (hundreds of thousands): drops
	 * the unique index on the number hash, whose random keys make each insert a random
	 * write, so that {@link LargeLoad#finish()} can build it once, sorted, in the same
	 * transaction. Until the transaction ends, other sessions wait for the person table:
	 * use it for start-up and benchmark loads only.
	 * @return what to call when the rows are written
	 */
	LargeLoad beginLargeLoad();

	/** Constraints waiting to be restored after a large load. */
	interface LargeLoad {

		/**
		 * Restores the dropped constraints in the same transaction, checking every row.
		 * @throws org.springframework.dao.DataAccessException when rows break one (e.g.
		 * two persons share a number)
		 */
		void finish();

	}

	/** Rows waiting to be written, already encoded for {@code COPY}. */
	interface Batch {

		/**
		 * Adds a person with everything that belongs to the person.
		 * @param person the person
		 */
		void add(PersonRecord person);

		/**
		 * Adds a household; its head and members must be added in this batch or an
		 * earlier one.
		 * @param household the household
		 */
		void add(HouseholdRecord household);

		/** How many persons the batch holds. */
		int persons();

		/** How many rows of all tables the batch holds. */
		long rows();

	}

	/**
	 * A person of the resident register with the records that hang on the person.
	 *
	 * @param id the person id
	 * @param rrn the resident registration number (stored encrypted and hashed only)
	 * @param name the registered name
	 * @param birthDate the birth date
	 * @param sex {@code M} or {@code F}
	 * @param address the street address (free text)
	 * @param adminDongCode the 10-digit 행정동 code of the address
	 * @param movedInOn the day the person moved to the address
	 * @param status the register status
	 * @param qualifications qualifications held now or earlier
	 * @param benefits benefit records (수급이력)
	 * @param accounts accounts benefits are paid into
	 * @param events life events
	 * @param incomeAssessments recognised income assessments (reg_income_assessment)
	 */
	record PersonRecord(UUID id, Rrn rrn, String name, LocalDate birthDate, String sex, String address,
			String adminDongCode, LocalDate movedInOn, PersonStatus status, List<QualificationRecord> qualifications,
			List<BenefitRecord> benefits, List<BankAccountRecord> accounts, List<LifeEventRecord> events,
			List<IncomeAssessmentRecord> incomeAssessments) {

		/** A person without income assessments. */
		public PersonRecord(UUID id, Rrn rrn, String name, LocalDate birthDate, String sex, String address,
				String adminDongCode, LocalDate movedInOn, PersonStatus status,
				List<QualificationRecord> qualifications, List<BenefitRecord> benefits,
				List<BankAccountRecord> accounts, List<LifeEventRecord> events) {
			this(id, rrn, name, birthDate, sex, address, adminDongCode, movedInOn, status, qualifications, benefits,
					accounts, events, List.of());
		}

		public PersonRecord {
			incomeAssessments = incomeAssessments == null ? List.of() : List.copyOf(incomeAssessments);
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(rrn, "rrn");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(birthDate, "birthDate");
			Objects.requireNonNull(adminDongCode, "adminDongCode");
			Objects.requireNonNull(status, "status");
			qualifications = List.copyOf(qualifications);
			benefits = List.copyOf(benefits);
			accounts = List.copyOf(accounts);
			events = List.copyOf(events);
		}

	}

	/**
	 * A household (세대) and its members.
	 *
	 * @param id the household id
	 * @param headPersonId the head of the household (also listed as a {@code HEAD}
	 * member)
	 * @param adminDongCode the 행정동 code of the household's address
	 * @param address the street address
	 * @param members everyone living in the household, the head included
	 */
	record HouseholdRecord(UUID id, UUID headPersonId, String adminDongCode, String address,
			List<MemberRecord> members) {

		public HouseholdRecord {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(headPersonId, "headPersonId");
			Objects.requireNonNull(adminDongCode, "adminDongCode");
			members = List.copyOf(members);
		}

	}

	/**
	 * A member of a household.
	 *
	 * @param personId the person
	 * @param relationship the relationship to the head
	 */
	record MemberRecord(UUID personId, Relationship relationship) {
	}

	/**
	 * A qualification (자격) with its validity.
	 *
	 * @param id the record id
	 * @param kind the qualification, e.g. {@code BASIC_LIVELIHOOD}
	 * @param validFrom first day
	 * @param validTo last day, or {@code null} while it holds
	 * @param detail e.g. the benefit kind or the disability degree
	 * @param source where the fact comes from
	 */
	record QualificationRecord(UUID id, String kind, LocalDate validFrom, LocalDate validTo, String detail,
			String source) {
	}

	/**
	 * A recognised income assessment (소득인정액) of the person.
	 *
	 * @param assessedOn the date it applies to
	 * @param householdSize the household size it was assessed for
	 * @param recognisedIncomeWon the monthly recognised income in won
	 * @param source where the figure comes from
	 */
	record IncomeAssessmentRecord(LocalDate assessedOn, int householdSize, long recognisedIncomeWon, String source) {

		public IncomeAssessmentRecord {
			if (householdSize < 1 || recognisedIncomeWon < 0) {
				throw new IllegalArgumentException("Household size below 1 or negative income");
			}
		}

	}

	/**
	 * A benefit a person receives or received (수급이력).
	 *
	 * @param id the record id
	 * @param programCode the program, e.g. {@code LIVELIHOOD_BENEFIT} (a catalogue code)
	 * @param agencyCode the paying agency's official code (a 시·군·구 for most benefits)
	 * @param periodFrom first day
	 * @param periodTo last day, or {@code null} while it runs
	 * @param amountWon the monthly amount in won
	 * @param status the state
	 * @param source where the record comes from
	 */
	record BenefitRecord(UUID id, String programCode, String agencyCode, LocalDate periodFrom, LocalDate periodTo,
			long amountWon, BenefitStatus status, String source) {
	}

	/**
	 * An account benefits are paid into; the number is stored encrypted and shown masked.
	 *
	 * @param id the record id
	 * @param bankCode the 3-digit bank code
	 * @param bankName the bank's name
	 * @param number the clear account number (digits and hyphens)
	 * @param kind normal or seizure-protected
	 * @param openedOn the day it was opened
	 * @param closedOn the day it was closed, or {@code null}
	 */
	record BankAccountRecord(UUID id, String bankCode, String bankName, String number, BankAccountKind kind,
			LocalDate openedOn, LocalDate closedOn) {

		@Override
		public String toString() {
			return "BankAccountRecord[id=" + this.id + ", bankCode=" + this.bankCode + ", kind=" + this.kind + "]";
		}

	}

	/**
	 * A life event.
	 *
	 * @param id the record id
	 * @param kind what happened
	 * @param occurredOn when
	 * @param detail a short description (no personal numbers)
	 * @param source where the fact comes from
	 */
	record LifeEventRecord(UUID id, LifeEventKind kind, LocalDate occurredOn, String detail, String source) {
	}

}
