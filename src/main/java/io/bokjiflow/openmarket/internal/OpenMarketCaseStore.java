package io.bokjiflow.openmarket.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.openmarket.LocalProgramCases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open market's records of local-program cases (tables {@code om_case_version} and
 * {@code om_case_benefit}); writes are idempotent, so a retried process step records
 * nothing twice.
 */
@Repository
@Transactional
class OpenMarketCaseStore implements LocalProgramCases {

	private final JdbcClient jdbc;

	OpenMarketCaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PinnedVersion> pinnedVersion(UUID applicationId) {
		return this.jdbc.sql("""
				select application_id, program_code, version_id, version, pinned_at
				from om_case_version where application_id = ?""")
			.param(applicationId)
			.query((rs, n) -> new PinnedVersion(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, UUID.class), rs.getInt(4), rs.getTimestamp(5).toInstant()))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<BenefitRecord> benefitRecords(UUID applicationId) {
		return this.jdbc.sql("""
				select kind, reference, amount_won, detail, recorded_by, recorded_at
				from om_case_benefit where application_id = ? order by recorded_at, kind""")
			.param(applicationId)
			.query((rs, n) -> new BenefitRecord(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/**
	 * Pins a case to a version unless it is pinned already.
	 * @return the pinned version: the earlier one when there was one
	 */
	PinnedVersion pin(UUID applicationId, String applicationNo, String programCode, UUID versionId, int version,
			Instant at) {
		this.jdbc
			.sql("""
					insert into om_case_version (application_id, application_no, program_code, version_id, version, pinned_at)
					values (?, ?, ?, ?, ?, ?) on conflict (application_id) do nothing""")
			.params(applicationId, applicationNo, programCode, versionId, version, Timestamp.from(at))
			.update();
		return pinnedVersion(applicationId).orElseThrow();
	}

	/**
	 * Records a benefit step once per kind and case.
	 * @return whether it was new
	 */
	boolean recordBenefit(UUID applicationId, String kind, String reference, Long amountWon, String detail,
			String recordedBy, Instant at) {
		return this.jdbc
			.sql("""
					insert into om_case_benefit (application_id, kind, reference, amount_won, detail, recorded_by, recorded_at)
					values (?, ?, ?, ?, ?, ?, ?) on conflict (application_id, kind) do nothing""")
			.params(applicationId, kind, reference, amountWon, detail, recordedBy, Timestamp.from(at))
			.update() == 1;
	}

}
