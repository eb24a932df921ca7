package io.bokjiflow.registry.internal;

import java.util.List;

import javax.sql.DataSource;

import io.bokjiflow.registry.Masking;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.shared.CopyRows;
import io.bokjiflow.shared.DeferredConstraints;
import io.bokjiflow.shared.PostgresCopy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link RegistryBulkLoad} with PostgreSQL {@code COPY}: a batch encrypts and encodes its
 * rows while it is filled; writing sends one {@code COPY} stream per table, in
 * foreign-key order, over the caller's transaction.
 */
@Component
class RegistryCopyLoader implements RegistryBulkLoad {

	private final DataSource dataSource;

	private final RrnProtector protector;

	private final JdbcTemplate jdbc;

	RegistryCopyLoader(DataSource dataSource, RrnProtector protector, JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.protector = protector;
		this.jdbc = jdbc;
	}

	@Override
	public Batch newBatch() {
		return new CopyBatch(this.protector);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void write(Batch batch) {
		if (!(batch instanceof CopyBatch copyBatch)) {
			throw new IllegalArgumentException("Not a batch of this loader: " + batch.getClass().getName());
		}
		PostgresCopy.copy(this.dataSource, copyBatch.tablesInForeignKeyOrder());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public LargeLoad beginLargeLoad() {
		// The number hash's unique constraint: the name PostgreSQL gave "rrn_hash ...
		// unique"
		// in V2__registry.sql. The foreign keys stay: with growing person ids their
		// checks
		// are cheap, and checking them again afterwards cost more than it saved
		// (measured).
		DeferredConstraints hash = DeferredConstraints.drop(this.jdbc, List.of("reg_person"), "u",
				List.of("reg_person_rrn_hash_key"));
		if (hash.size() != 1) {
			throw new IllegalStateException("reg_person_rrn_hash_key not found");
		}
		return hash::restore;
	}

	/** One table buffer per registry table, filled as records are added. */
	static final class CopyBatch implements Batch {

		private final RrnProtector protector;

		private final CopyRows persons = new CopyRows("reg_person",
				"id, rrn_hash, rrn_cipher, name, birth_date, sex, address, admin_dong_code, moved_in_on, status",
				1 << 20);

		private final CopyRows households = new CopyRows("reg_household",
				"id, head_person_id, admin_dong_code, address");

		private final CopyRows members = new CopyRows("reg_household_member", "household_id, person_id, relationship");

		private final CopyRows qualifications = new CopyRows("reg_qualification",
				"id, person_id, kind, valid_from, valid_to, detail, source");

		private final CopyRows benefits = new CopyRows("reg_benefit_record",
				"id, person_id, program_code, agency_code, period_from, period_to, amount_won, status, source");

		private final CopyRows accounts = new CopyRows("reg_bank_account",
				"id, person_id, bank_code, bank_name, number_masked, number_cipher, kind, opened_on, closed_on");

		private final CopyRows events = new CopyRows("reg_life_event",
				"id, person_id, kind, occurred_on, detail, source");

		private final CopyRows incomeAssessments = new CopyRows("reg_income_assessment",
				"person_id, assessed_on, household_size, recognised_income_won, source");

		CopyBatch(RrnProtector protector) {
			this.protector = protector;
		}

		List<CopyRows> tablesInForeignKeyOrder() {
			return List.of(this.persons, this.households, this.members, this.qualifications, this.benefits,
					this.accounts, this.events, this.incomeAssessments);
		}

		@Override
		public void add(PersonRecord p) {
			if (!p.birthDate().equals(p.rrn().birthDate()) || !p.sex().equals(p.rrn().sex())) {
				// Say which person, never the number.
				throw new IllegalArgumentException(
						"Birth date or sex of person " + p.id() + " does not match the resident number");
			}
			requireDongCode(p.adminDongCode());
			this.persons.uuid(p.id())
				.bytes(this.protector.hash(p.rrn()))
				.bytes(this.protector.encrypt(p.rrn()))
				.text(p.name())
				.date(p.birthDate())
				.text(p.sex())
				.text(p.address())
				.text(p.adminDongCode())
				.date(p.movedInOn())
				.text(p.status().name())
				.endRow();
			for (QualificationRecord q : p.qualifications()) {
				this.qualifications.uuid(q.id())
					.uuid(p.id())
					.text(q.kind())
					.date(q.validFrom())
					.date(q.validTo())
					.text(q.detail())
					.text(q.source())
					.endRow();
			}
			for (BenefitRecord b : p.benefits()) {
				if (b.amountWon() < 0) {
					throw new IllegalArgumentException("Negative benefit amount in record " + b.id());
				}
				this.benefits.uuid(b.id())
					.uuid(p.id())
					.text(b.programCode())
					.text(b.agencyCode())
					.date(b.periodFrom())
					.date(b.periodTo())
					.number(b.amountWon())
					.text(b.status().name())
					.text(b.source())
					.endRow();
			}
			for (BankAccountRecord a : p.accounts()) {
				this.accounts.uuid(a.id())
					.uuid(p.id())
					.text(a.bankCode())
					.text(a.bankName())
					.text(Masking.accountNumber(a.number()))
					.bytes(this.protector.encryptText(a.number()))
					.text(a.kind().name())
					.date(a.openedOn())
					.date(a.closedOn())
					.endRow();
			}
			for (IncomeAssessmentRecord a : p.incomeAssessments()) {
				this.incomeAssessments.uuid(p.id())
					.date(a.assessedOn())
					.number(a.householdSize())
					.number(a.recognisedIncomeWon())
					.text(a.source())
					.endRow();
			}
			for (LifeEventRecord e : p.events()) {
				this.events.uuid(e.id())
					.uuid(p.id())
					.text(e.kind().name())
					.date(e.occurredOn())
					.text(e.detail())
					.text(e.source())
					.endRow();
			}
		}

		@Override
		public void add(HouseholdRecord h) {
			requireDongCode(h.adminDongCode());
			this.households.uuid(h.id()).uuid(h.headPersonId()).text(h.adminDongCode()).text(h.address()).endRow();
			for (MemberRecord m : h.members()) {
				this.members.uuid(h.id()).uuid(m.personId()).text(m.relationship().name()).endRow();
			}
		}

		@Override
		public int persons() {
			return this.persons.rows();
		}

		@Override
		public long rows() {
			return CopyRows.rows(tablesInForeignKeyOrder());
		}

		private static void requireDongCode(String code) {
			if (code.length() != 10 || !code.chars().allMatch(Character::isDigit)) {
				throw new IllegalArgumentException("Not a 10-digit 행정동 code: " + code);
			}
		}

	}

}
