package io.bokjiflow.casework.internal;

import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import io.bokjiflow.casework.TaskFilter;
import io.bokjiflow.casework.TaskRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bench-only access to the task list's package-private query classes (same package, bench
 * source root): the benchmark measures the task list's SQL exactly as the application
 * issues it — {@link TaskListQuery} over a {@link NamedParameterJdbcTemplate}, inside a
 * read-only transaction as {@code CaseTaskService.tasks}/{@code count} open one — and
 * fills the projection with the application's own start-up reconciliation
 * ({@link TaskProjectionMaintenance#reconcile()}). Not part of the application.
 */
public final class TaskListBench {

	private final TaskListQuery query;

	/** The query as it was up to V14 (the join), or null for the application's. */
	private final TaskListQueryV14 v14;

	private final TransactionTemplate readOnly;

	/**
	 * The task list's query over a data source whose connections work in the schema of
	 * the projection.
	 * @param dataSource the data source
	 */
	public TaskListBench(DataSource dataSource) {
		this(dataSource, false);
	}

	/**
	 * The task list's query, or the one it was up to migration V14 (joined with the case,
	 * for a schema without the case's columns in {@code cw_task}).
	 * @param dataSource the data source
	 * @param v14 whether to use the V14 query ({@link TaskListQueryV14})
	 */
	public TaskListBench(DataSource dataSource, boolean v14) {
		NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.query = new TaskListQuery(jdbc);
		this.v14 = v14 ? new TaskListQueryV14(jdbc) : null;
		this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.readOnly.setReadOnly(true);
	}

	/**
	 * One page of the task list, as {@code CaseTaskService.tasks} reads it.
	 * @param username the user
	 * @param groups the user's groups (also their team: a caseworker's)
	 * @param filter the scope and filters
	 * @param offset the first row
	 * @param limit the page size
	 * @return the rows
	 */
	public List<TaskRow> page(String username, Collection<String> groups, TaskFilter filter, int offset, int limit) {
		TaskListQuery.Viewer viewer = viewer(username, groups);
		return this.readOnly.execute(tx -> (this.v14 != null) ? this.v14.page(viewer, filter, offset, limit)
				: this.query.page(viewer, filter, offset, limit));
	}

	/**
	 * The number of rows of a filter, as {@code CaseTaskService.count} reads it (tab
	 * labels and saved filters).
	 * @param username the user
	 * @param groups the user's groups
	 * @param filter the scope and filters
	 * @return the count
	 */
	public long count(String username, Collection<String> groups, TaskFilter filter) {
		TaskListQuery.Viewer viewer = viewer(username, groups);
		Long n = this.readOnly
			.execute(tx -> (this.v14 != null) ? this.v14.count(viewer, filter) : this.query.count(viewer, filter));
		return n == null ? 0 : n;
	}

	/**
	 * Runs the application's reconciliation of the projection with the engine's runtime
	 * tables (the SQL that fills {@code cw_task} at start-up).
	 * @param dataSource connections that see both the projection's tables and the
	 * engine's {@code ACT_RU_*} tables
	 */
	public static void reconcile(DataSource dataSource) {
		new TaskProjectionMaintenance(new JdbcTemplate(dataSource)).reconcile();
	}

	private static TaskListQuery.Viewer viewer(String username, Collection<String> groups) {
		// A caseworker: no supervisor team beyond their groups, no absence covered.
		return new TaskListQuery.Viewer(username, groups, groups, List.of());
	}

}
