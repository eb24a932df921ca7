package io.bokjiflow.bench.baseline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.bench.BenchDatabase;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Load.Outcome;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Baseline (a): the floor for a process start. One transaction through plain JDBC that
 * writes what Camunda writes when a process instance runs to its first user task — 18
 * inserts into 9 tables shaped like {@code ACT_RU_EXECUTION}, {@code ACT_RU_TASK},
 * {@code ACT_RU_VARIABLE}, {@code ACT_RU_IDENTITYLINK} and the history tables
 * {@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST}, {@code ACT_HI_TASKINST},
 * {@code ACT_HI_VARINST}, {@code ACT_HI_IDENTITYLINK}, with UUID keys, their main
 * indexes, and one JDBC batch per table (as the engine flushes). No engine, no MyBatis,
 * no reads.
 */
public final class CamundaShapedInsertBaseline {

	/** The schema of the baseline's tables. */
	public static final String SCHEMA = "bench";

	/** The baseline's name in the results. */
	public static final String NAME = "(a) Camunda-shaped JDBC insert tx/s";

	private static final List<String> DDL = List.of("""
			create table b_execution (id_ varchar(64) primary key, rev_ int, root_proc_inst_id_ varchar(64),
			  proc_inst_id_ varchar(64), business_key_ varchar(255), parent_id_ varchar(64), proc_def_id_ varchar(64),
			  super_exec_ varchar(64), act_id_ varchar(255), act_inst_id_ varchar(64), is_active_ boolean,
			  is_concurrent_ boolean, is_scope_ boolean, is_event_scope_ boolean, suspension_state_ int,
			  cached_ent_state_ int, sequence_counter_ bigint, tenant_id_ varchar(64))""",
			"create index b_execution_pi on b_execution (proc_inst_id_)",
			"create index b_execution_bk on b_execution (business_key_)",
			"""
					create table b_task (id_ varchar(64) primary key, rev_ int, execution_id_ varchar(64),
					  proc_inst_id_ varchar(64), proc_def_id_ varchar(64), name_ varchar(255), description_ varchar(4000),
					  task_def_key_ varchar(255), owner_ varchar(255), assignee_ varchar(255), delegation_ varchar(64),
					  priority_ int, create_time_ timestamp, last_updated_ timestamp, due_date_ timestamp,
					  follow_up_date_ timestamp, suspension_state_ int, tenant_id_ varchar(64))""",
			"create index b_task_pi on b_task (proc_inst_id_)", "create index b_task_create on b_task (create_time_)",
			"""
					create table b_variable (id_ varchar(64) primary key, rev_ int, type_ varchar(255), name_ varchar(255),
					  execution_id_ varchar(64), proc_inst_id_ varchar(64), proc_def_id_ varchar(64), task_id_ varchar(64),
					  bytearray_id_ varchar(64), double_ double precision, long_ bigint, text_ varchar(4000),
					  text2_ varchar(4000), var_scope_ varchar(64), sequence_counter_ bigint, tenant_id_ varchar(64))""",
			"create index b_variable_exec on b_variable (execution_id_)",
			"create index b_variable_pi on b_variable (proc_inst_id_)", """
					create table b_identitylink (id_ varchar(64) primary key, rev_ int, group_id_ varchar(255),
					  type_ varchar(255), user_id_ varchar(255), task_id_ varchar(64), proc_def_id_ varchar(64),
					  tenant_id_ varchar(64))""", "create index b_identitylink_task on b_identitylink (task_id_)",
			"create index b_identitylink_group on b_identitylink (group_id_)",
			"""
					create table b_hi_procinst (id_ varchar(64) primary key, proc_inst_id_ varchar(64) not null unique,
					  business_key_ varchar(255), proc_def_key_ varchar(255), proc_def_id_ varchar(64),
					  start_time_ timestamp not null, end_time_ timestamp, removal_time_ timestamp, duration_ bigint,
					  start_user_id_ varchar(255), start_act_id_ varchar(255), end_act_id_ varchar(255),
					  super_process_instance_id_ varchar(64), root_proc_inst_id_ varchar(64), delete_reason_ varchar(4000),
					  tenant_id_ varchar(64), state_ varchar(255))""",
			"create index b_hi_procinst_start on b_hi_procinst (start_time_)",
			"create index b_hi_procinst_bk on b_hi_procinst (business_key_)",
			"""
					create table b_hi_actinst (id_ varchar(64) primary key, parent_act_inst_id_ varchar(64),
					  proc_def_key_ varchar(255), proc_def_id_ varchar(64), root_proc_inst_id_ varchar(64),
					  proc_inst_id_ varchar(64), execution_id_ varchar(64), act_id_ varchar(255), task_id_ varchar(64),
					  call_proc_inst_id_ varchar(64), act_name_ varchar(255), act_type_ varchar(255),
					  assignee_ varchar(64), start_time_ timestamp not null, end_time_ timestamp, duration_ bigint,
					  act_inst_state_ int, sequence_counter_ bigint, tenant_id_ varchar(64), removal_time_ timestamp)""",
			"create index b_hi_actinst_pi on b_hi_actinst (proc_inst_id_, act_id_)",
			"create index b_hi_actinst_start on b_hi_actinst (start_time_)",
			"""
					create table b_hi_taskinst (id_ varchar(64) primary key, task_def_key_ varchar(255),
					  proc_def_key_ varchar(255), proc_def_id_ varchar(64), root_proc_inst_id_ varchar(64),
					  proc_inst_id_ varchar(64), execution_id_ varchar(64), act_inst_id_ varchar(64), name_ varchar(255),
					  parent_task_id_ varchar(64), description_ varchar(4000), owner_ varchar(255), assignee_ varchar(255),
					  start_time_ timestamp not null, end_time_ timestamp, duration_ bigint, delete_reason_ varchar(4000),
					  priority_ int, due_date_ timestamp, follow_up_date_ timestamp, tenant_id_ varchar(64),
					  removal_time_ timestamp)""",
			"create index b_hi_taskinst_pi on b_hi_taskinst (proc_inst_id_)",
			"create index b_hi_taskinst_start on b_hi_taskinst (start_time_)",
			"""
					create table b_hi_varinst (id_ varchar(64) primary key, proc_def_key_ varchar(255),
					  proc_def_id_ varchar(64), root_proc_inst_id_ varchar(64), proc_inst_id_ varchar(64),
					  execution_id_ varchar(64), act_inst_id_ varchar(64), task_id_ varchar(64), name_ varchar(255) not null,
					  var_type_ varchar(100), create_time_ timestamp, rev_ int, bytearray_id_ varchar(64),
					  double_ double precision, long_ bigint, text_ varchar(4000), text2_ varchar(4000),
					  tenant_id_ varchar(64), state_ varchar(20), removal_time_ timestamp)""",
			"create index b_hi_varinst_pi on b_hi_varinst (proc_inst_id_)",
			"create index b_hi_varinst_name on b_hi_varinst (name_, var_type_)", """
					create table b_hi_identitylink (id_ varchar(64) primary key, timestamp_ timestamp not null,
					  type_ varchar(255), user_id_ varchar(255), group_id_ varchar(255), task_id_ varchar(64),
					  root_proc_inst_id_ varchar(64), proc_def_id_ varchar(64), operation_type_ varchar(64),
					  assigner_id_ varchar(64), proc_def_key_ varchar(255), tenant_id_ varchar(64),
					  removal_time_ timestamp)""",
			"create index b_hi_identitylink_task on b_hi_identitylink (task_id_)",
			"create index b_hi_identitylink_time on b_hi_identitylink (timestamp_)");

	private static final String INSERT_EXECUTION = "insert into b_execution values (?,1,?,?,?,null,?,null,?,?,true,false,true,false,1,0,1,null)";

	private static final String INSERT_TASK = "insert into b_task values (?,1,?,?,?,?,null,?,null,null,null,50,?,null,?,null,1,null)";

	private static final String INSERT_VARIABLE = "insert into b_variable values (?,1,?,?,?,?,?,null,null,null,?,?,null,?,1,null)";

	private static final String INSERT_IDENTITYLINK = "insert into b_identitylink values (?,1,?,'candidate',null,?,null,null)";

	private static final String INSERT_HI_PROCINST = "insert into b_hi_procinst values (?,?,?,?,?,?,null,null,null,null,?,null,null,?,null,null,'ACTIVE')";

	private static final String INSERT_HI_ACTINST = "insert into b_hi_actinst values (?,?,?,?,?,?,?,?,null,null,?,?,null,?,?,?,?,1,null,null)";

	private static final String INSERT_HI_TASKINST = "insert into b_hi_taskinst values (?,?,?,?,?,?,?,?,?,null,null,null,null,?,null,null,null,50,?,null,null,null)";

	private static final String INSERT_HI_VARINST = "insert into b_hi_varinst values (?,?,?,?,?,?,?,null,?,?,?,0,null,null,?,?,null,null,'CREATED',null)";

	private static final String INSERT_HI_IDENTITYLINK = "insert into b_hi_identitylink values (?,?,'candidate',null,?,?,?,?,'add',null,?,null,null)";

	private static final String[] ACTIVITIES = { "start_application_registered", "service_check_one",
			"service_check_two", "service_check_three", "user_review_application" };

	private final HikariDataSource pool;

	private CamundaShapedInsertBaseline(HikariDataSource pool) {
		this.pool = pool;
	}

	/**
	 * Creates the baseline's tables afresh (so that every run starts with empty tables)
	 * and a pool for the client threads.
	 * @param db the database
	 * @param threads the client threads
	 * @return the baseline
	 */
	public static CamundaShapedInsertBaseline prepare(BenchDatabase db, int threads) {
		db.recreateSchema(SCHEMA);
		HikariDataSource pool = db.pool(SCHEMA, threads);
		try (Connection c = pool.getConnection(); var s = c.createStatement()) {
			for (String ddl : DDL) {
				s.execute(ddl);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the baseline tables", ex);
		}
		return new CamundaShapedInsertBaseline(pool);
	}

	/**
	 * Measures transactions per second.
	 * @param threads client threads
	 * @param window the measuring window
	 * @return what was measured
	 */
	public Outcome measure(int threads, Duration window) {
		return Load.run("baseline-a", threads, Duration.ofSeconds(1), window, i -> this::transaction);
	}

	/**
	 * One transaction: 18 inserts into 9 tables, one batch per table, one commit.
	 * @throws SQLException when PostgreSQL refuses
	 */
	public void transaction() throws SQLException {
		String pi = id();
		String defId = "bench-chain:1:" + "00000000-0000-0000-0000-000000000001";
		String taskId = id();
		String businessKey = "TV-2025-" + pi.substring(0, 8);
		Timestamp now = new Timestamp(System.currentTimeMillis());
		Timestamp due = new Timestamp(now.getTime() + Duration.ofDays(14).toMillis());
		String[] actInst = { id(), id(), id(), id(), id() };
		try (Connection c = this.pool.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement ex = c.prepareStatement(INSERT_EXECUTION)) {
				set(ex, pi, pi, pi, businessKey, defId, ACTIVITIES[4], actInst[4]);
				ex.executeUpdate();
			}
			try (PreparedStatement t = c.prepareStatement(INSERT_TASK)) {
				set(t, taskId, pi, pi, defId, "신청 검토", ACTIVITIES[4], now, due);
				t.executeUpdate();
			}
			String[][] vars = { { "applicationId", "string", null, UUID.randomUUID().toString() },
					{ "sigunguCode", "string", null, "11680" }, { "decisionDueDate", "date", "1", null } };
			try (PreparedStatement v = c.prepareStatement(INSERT_VARIABLE)) {
				for (String[] var : vars) {
					set(v, id(), var[1], var[0], pi, pi, defId, var[2] == null ? null : due.getTime(), var[3], pi);
					v.addBatch();
				}
				v.executeBatch();
			}
			try (PreparedStatement l = c.prepareStatement(INSERT_IDENTITYLINK)) {
				set(l, id(), "caseworkers-11680", taskId);
				l.executeUpdate();
			}
			try (PreparedStatement hp = c.prepareStatement(INSERT_HI_PROCINST)) {
				set(hp, pi, pi, businessKey, "bench-chain", defId, now, ACTIVITIES[0], pi);
				hp.executeUpdate();
			}
			try (PreparedStatement ha = c.prepareStatement(INSERT_HI_ACTINST)) {
				for (int i = 0; i < ACTIVITIES.length; i++) {
					boolean open = i == ACTIVITIES.length - 1;
					set(ha, actInst[i], pi, "bench-chain", defId, pi, pi, pi, ACTIVITIES[i], ACTIVITIES[i],
							i == 0 ? "startEvent" : open ? "userTask" : "serviceTask", now, open ? null : now,
							open ? null : 0L, open ? 0 : 4);
					ha.addBatch();
				}
				ha.executeBatch();
			}
			try (PreparedStatement ht = c.prepareStatement(INSERT_HI_TASKINST)) {
				set(ht, taskId, ACTIVITIES[4], "bench-chain", defId, pi, pi, pi, actInst[4], "신청 검토", now, due);
				ht.executeUpdate();
			}
			try (PreparedStatement hv = c.prepareStatement(INSERT_HI_VARINST)) {
				for (String[] var : vars) {
					set(hv, id(), "bench-chain", defId, pi, pi, pi, pi, var[0], var[1], now,
							var[2] == null ? null : due.getTime(), var[3]);
					hv.addBatch();
				}
				hv.executeBatch();
			}
			try (PreparedStatement hl = c.prepareStatement(INSERT_HI_IDENTITYLINK)) {
				for (String group : new String[] { "caseworkers-11680", "supervisors-11680" }) {
					set(hl, id(), now, group, taskId, pi, defId, "bench-chain");
					hl.addBatch();
				}
				hl.executeBatch();
			}
			c.commit();
		}
	}

	private static void set(PreparedStatement ps, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			ps.setObject(i + 1, values[i]);
		}
	}

	private static String id() {
		return UUID.randomUUID().toString();
	}

}
