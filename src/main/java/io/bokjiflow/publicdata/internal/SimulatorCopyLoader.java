package io.bokjiflow.publicdata.internal;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.SimulatorBulkLoad;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.shared.CopyRows;
import io.bokjiflow.shared.DeferredConstraints;
import io.bokjiflow.shared.PostgresCopy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SimulatorBulkLoad} with PostgreSQL {@code COPY}: a batch keys every record with
 * {@link SimulatorKeys} and encodes it while it is filled; writing sends one stream per
 * {@code pds_*} table over the caller's transaction.
 */
@Component
class SimulatorCopyLoader implements SimulatorBulkLoad {

	private final DataSource dataSource;

	private final SimulatorKeys keys;

	private final SimulatorFixtureResidents fixtures;

	private final JdbcTemplate jdbc;

	SimulatorCopyLoader(DataSource dataSource, SimulatorKeys keys, SimulatorFixtureResidents fixtures,
			JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.keys = keys;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public RegistryBulkLoad.LargeLoad beginLargeLoad() {
		DeferredConstraints keys = DeferredConstraints.drop(this.jdbc,
				List.of("pds_person", "pds_income", "pds_asset", "pds_insurance", "pds_qualification"), "p", List.of());
		return keys::restore;
	}

	@Override
	public Batch newBatch() {
		return new CopyBatch(this.keys);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void write(Batch batch) {
		if (!(batch instanceof CopyBatch copyBatch)) {
			throw new IllegalArgumentException("Not a batch of this loader: " + batch.getClass().getName());
		}
		PostgresCopy.copy(this.dataSource, copyBatch.tables());
	}

	@Override
	public Set<Rrn> fixtureNumbers() {
		return this.fixtures.numbers();
	}

	/** One buffer per {@code pds_*} table. */
	static final class CopyBatch implements Batch {

		private final SimulatorKeys keys;

		private final CopyRows persons = new CopyRows("pds_person",
				"rrn_hash, name, birth_date, sex, admin_dong_code, address, moved_in_on, status, status_changed_on, "
						+ "household_no, relationship",
				1 << 20);

		private final CopyRows incomes = new CopyRows("pds_income", "rrn_hash, year, kind, annual_won", 1 << 20);

		private final CopyRows assets = new CopyRows("pds_asset", "rrn_hash, kind, seq, value_won, detail", 1 << 20);

		private final CopyRows insurance = new CopyRows("pds_insurance",
				"rrn_hash, health_kind, health_premium_won, health_income_base_won, employment_insured, employer",
				1 << 20);

		private final CopyRows qualifications = new CopyRows("pds_qualification",
				"rrn_hash, kind, valid_from, valid_to, detail");

		CopyBatch(SimulatorKeys keys) {
			this.keys = keys;
		}

		List<CopyRows> tables() {
			return List.of(this.persons, this.incomes, this.assets, this.insurance, this.qualifications);
		}

		@Override
		public void add(AgencyPerson p) {
			byte[] key = this.keys.personKey(p.rrn());
			this.persons.bytes(key)
				.text(p.name())
				.date(p.birthDate())
				.text(p.sex())
				.text(p.adminDongCode())
				.text(p.address())
				.date(p.movedInOn())
				.text(p.status().name())
				.date(p.statusChangedOn())
				.number(p.householdNo())
				.text(p.relationship().name())
				.endRow();
			for (Income income : p.incomes()) {
				this.incomes.bytes(key)
					.number(income.year())
					.text(income.kind().name())
					.number(income.annualWon())
					.endRow();
			}
			for (Asset asset : p.assets()) {
				this.assets.bytes(key)
					.text(asset.kind().name())
					.number(asset.seq())
					.number(asset.valueWon())
					.text(asset.detail())
					.endRow();
			}
			Insurance ins = p.insurance();
			if (ins != null) {
				this.insurance.bytes(key)
					.text(ins.healthKind().name())
					.number(ins.healthPremiumWon())
					.number(ins.healthIncomeBaseWon())
					.bool(ins.employmentInsured())
					.text(ins.employer())
					.endRow();
			}
			for (QualificationFact q : p.qualifications()) {
				this.qualifications.bytes(key)
					.text(q.kind().name())
					.date(q.validFrom())
					.date(q.validTo())
					.text(q.detail())
					.endRow();
			}
		}

		@Override
		public int persons() {
			return this.persons.rows();
		}

		@Override
		public long rows() {
			return CopyRows.rows(tables());
		}

	}

}
