package io.bokjiflow.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.bokjiflow.casework.CaseDashboard.Snapshot;
import io.bokjiflow.catalog.Investigation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bench-only access to the dashboard's package-private SQL ({@link DashboardQueries}):
 * one refresh exactly as {@code CaseDashboardService.snapshot} issues it, in a read-only
 * transaction, with the SLA thresholds of {@code casework/sla-rules.yml}. Not part of the
 * application.
 */
public final class DashboardBench {

	private final DashboardQueries queries;

	private final TransactionTemplate readOnly;

	private final DashboardQueries.SlaThresholds thresholds;

	/**
	 * The dashboard's queries over a data source whose connections see the casework and
	 * engine tables.
	 * @param dataSource the data source
	 * @param investigationByProgram each linked program's kind of investigation
	 */
	public DashboardBench(DataSource dataSource, Map<String, Investigation> investigationByProgram) {
		this.queries = new DashboardQueries(new JdbcTemplate(dataSource));
		this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.readOnly.setReadOnly(true);
		CaseDashboardService.SlaDefaults defaults = CaseDashboardService.SlaDefaults.load();
		Map<String, int[]> byProgram = new LinkedHashMap<>();
		investigationByProgram.forEach((code, kind) -> byProgram.put(code, defaults.of(kind)));
		this.thresholds = new DashboardQueries.SlaThresholds(byProgram, defaults.of(Investigation.DATA_ONLY),
				defaults.pauseTaskKeys(), defaults.forecastDays());
	}

	/**
	 * One refresh of every panel.
	 * @param sigungu the 시·군·구
	 * @param from first day of the period
	 * @param to last day
	 * @return the figures
	 */
	public Snapshot refresh(String sigungu, LocalDate from, LocalDate to) {
		return this.readOnly.execute(s -> this.queries.snapshot(sigungu, from, to, Instant.now(), this.thresholds));
	}

	/** The task keys that pause the SLA clock. */
	public List<String> pauseTaskKeys() {
		return this.thresholds.pauseTaskKeys();
	}

}
