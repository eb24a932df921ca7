package io.bokjiflow.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.bokjiflow.identity.DistrictGrants;
import io.bokjiflow.identity.OrgGroups;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves the supervisors' per-instance grants with a case and, at start-up, grants what
 * instances and tasks created before the district grants existed (or while they were off)
 * lack — set-based SQL, a handful of anti-joins that insert nothing when nothing is
 * missing.
 */
@Component
class DistrictGrantsService implements DistrictGrants {

	private static final Logger log = LoggerFactory.getLogger(DistrictGrantsService.class);

	/**
	 * The district of an organisation group, as a SQL expression on a group id column.
	 */
	private static final String SUPERVISORS_OF = "'supervisors-' || substring(%s from '-([0-9]{5})$')";

	/**
	 * Inserts READ grants from a select of {@code group_id, resource_id, root, removal}
	 * (one resource type) where the group holds none on that object yet.
	 */
	private static final String INSERT = """
			insert into act_ru_authorization
			  (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_, root_proc_inst_id_, removal_time_)
			select gen_random_uuid()::text, 1, :grant, g.group_id, null, :type, g.resource_id, :read, g.root, g.removal
			from (%s) g
			where not exists (select 1 from act_ru_authorization a where a.type_ = :grant
			  and a.group_id_ = g.group_id and a.resource_type_ = :type and a.resource_id_ = g.resource_id)
			on conflict do nothing
			""";

	/** Running instances that carry a 시·군·구: their runtime grant. */
	private static final String RUNNING_INSTANCES = """
			select distinct 'supervisors-' || v.text_ as group_id, v.proc_inst_id_ as resource_id,
			  cast(null as varchar) as root, cast(null as timestamp) as removal
			from act_ru_variable v
			where v.name_ = 'sigunguCode' and v.execution_id_ = v.proc_inst_id_ and v.task_id_ is null
			  and v.text_ ~ '^[0-9]{5}$'
			""";

	/** Instances, running or finished, that carry a 시·군·구: their history grant. */
	private static final String HISTORIC_INSTANCES = """
			select distinct 'supervisors-' || v.text_ as group_id, p.proc_inst_id_ as resource_id,
			  coalesce(p.root_proc_inst_id_, p.proc_inst_id_) as root, p.removal_time_ as removal
			from act_hi_varinst v join act_hi_procinst p on p.proc_inst_id_ = v.proc_inst_id_
			where v.name_ = 'sigunguCode' and v.execution_id_ = v.proc_inst_id_ and v.task_id_ is null
			  and v.text_ ~ '^[0-9]{5}$'
			""";

	/** Open tasks with a candidate group of a 시·군·구, and their instances. */
	private static final String TASK_LINKS = """
			from act_ru_identitylink l join act_ru_task t on t.id_ = l.task_id_
			  left join act_ru_execution e on e.id_ = t.proc_inst_id_
			where l.type_ = 'candidate' and l.group_id_ ~ '^(caseworkers|supervisors)-[0-9]{5}$'
			""";

	private static final String TASKS = "select distinct " + SUPERVISORS_OF.formatted("l.group_id_")
			+ " as group_id, t.id_ as resource_id, cast(null as varchar) as root, cast(null as timestamp) as removal "
			+ TASK_LINKS;

	private static final String TASK_INSTANCES = "select distinct " + SUPERVISORS_OF.formatted("l.group_id_")
			+ " as group_id, t.proc_inst_id_ as resource_id, cast(null as varchar) as root,"
			+ " cast(null as timestamp) as removal " + TASK_LINKS + " and t.proc_inst_id_ is not null";

	private static final String TASK_HISTORIC_INSTANCES = "select distinct " + SUPERVISORS_OF.formatted("l.group_id_")
			+ " as group_id, t.proc_inst_id_ as resource_id, coalesce(e.root_proc_inst_id_, t.proc_inst_id_) as root,"
			+ " cast(null as timestamp) as removal " + TASK_LINKS + " and t.proc_inst_id_ is not null";

	private final ProcessEngine engine;

	private final NamedParameterJdbcTemplate jdbc;

	DistrictGrantsService(ProcessEngine engine, NamedParameterJdbcTemplate jdbc) {
		this.engine = engine;
		this.jdbc = jdbc;
	}

	@Override
	public void moveCase(String processInstanceId, String fromSigunguCode, String toSigunguCode) {
		if (fromSigunguCode.equals(toSigunguCode)) {
			return;
		}
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		configuration.getCommandExecutorTxRequired().execute(context -> {
			context.runWithoutAuthorization(() -> {
				move(context, configuration, processInstanceId, OrgGroups.supervisors(fromSigunguCode),
						OrgGroups.supervisors(toSigunguCode));
				return null;
			});
			return null;
		});
	}

	private void move(CommandContext context, ProcessEngineConfigurationImpl configuration, String processInstanceId,
			String from, String to) {
		if (!(configuration.getResourceAuthorizationProvider() instanceof DistrictAuthorizationProvider provider)) {
			return;
		}
		HistoricProcessInstance instance = this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance == null) {
			return;
		}
		String root = instance.getRootProcessInstanceId() == null ? instance.getId()
				: instance.getRootProcessInstanceId();
		AuthorizationManager authorizations = context.getAuthorizationManager();
		List<AuthorizationEntity> granted = new ArrayList<>();
		for (HistoricProcessInstance member : this.engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.rootProcessInstanceId(root)
			.list()) {
			for (Resource resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
				AuthorizationEntity old = authorizations.findAuthorizationByGroupIdAndResourceId(
						Authorization.AUTH_TYPE_GRANT, from, resource, member.getId());
				if (old != null) {
					authorizations.delete(old);
				}
			}
			granted.addAll(provider.instanceGrants(to, member.getId(), root, member.getEndTime() == null));
		}
		authorizations.saveDefaultAuthorizations(granted.toArray(AuthorizationEntity[]::new));
	}

	/**
	 * Grants supervisors READ on the instances and tasks of their 시·군·구 that lack it: the
	 * instances that carry {@code sigunguCode} (runtime and history) and the open tasks
	 * with a candidate group of a 시·군·구 with their instances.
	 * @return how many grants were added
	 */
	@EventListener(ApplicationReadyEvent.class)
	int reconcile() {
		int added = 0;
		try {
			added += insert(RUNNING_INSTANCES, Resources.PROCESS_INSTANCE);
			added += insert(HISTORIC_INSTANCES, Resources.HISTORIC_PROCESS_INSTANCE);
			added += insert(TASKS, Resources.TASK);
			added += insert(TASK_INSTANCES, Resources.PROCESS_INSTANCE);
			added += insert(TASK_HISTORIC_INSTANCES, Resources.HISTORIC_PROCESS_INSTANCE);
		}
		catch (RuntimeException e) {
			// supervisors then miss some reads in Cockpit; nobody gains any: start anyway
			log.error("Could not reconcile the supervisors' district grants", e);
		}
		if (added > 0) {
			log.info("Granted {} missing district reads to supervisors", added);
		}
		return added;
	}

	private int insert(String select, Resource resource) {
		return this.jdbc.update(INSERT.formatted(select), Map.of("grant", Authorization.AUTH_TYPE_GRANT, "type",
				resource.resourceType(), "read", Permissions.READ.getValue()));
	}

}
