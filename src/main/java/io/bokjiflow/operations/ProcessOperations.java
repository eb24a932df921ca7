package io.bokjiflow.operations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What supervisors and administrators see of the running processes and the batch
 * operations they run on them. Every method refuses anyone but a supervisor (scoped to
 * their 시·군·구) or an administrator with {@code operations.error.forbidden}.
 */
public interface ProcessOperations {

	/**
	 * Every deployed process definition, grouped by key, with the caller's running
	 * instances and open incidents per version.
	 * @return the definitions ordered by key
	 */
	List<ProcessDefinitionSummary> definitions();

	/**
	 * One definition version's diagram with counts per activity.
	 * @param definitionId the Camunda process definition id
	 * @return the diagram and the counts
	 */
	ProcessHeat heat(String definitionId);

	/**
	 * The caller's running instances of a definition version, at most 500.
	 * @param filter what to select
	 * @return the instances, newest first
	 */
	List<InstanceRow> instances(InstanceFilter filter);

	/**
	 * Sets the retries of the failed jobs of the instances to 1 (a Camunda batch).
	 * @param processInstanceIds the instances
	 * @param reason why
	 * @return the recorded operation
	 */
	BatchOperation retryIncidents(Collection<String> processInstanceIds, String reason);

	/**
	 * Suspends or activates the instances (a Camunda batch).
	 * @param processInstanceIds the instances
	 * @param suspend {@code true} to suspend, {@code false} to resume
	 * @param reason why
	 * @return the recorded operation
	 */
	BatchOperation suspend(Collection<String> processInstanceIds, boolean suspend, String reason);

	/**
	 * Cancels the instances (a Camunda batch); the reason is required and becomes the
	 * delete reason of each instance.
	 * @param processInstanceIds the instances
	 * @param reason why (required)
	 * @return the recorded operation
	 */
	BatchOperation cancel(Collection<String> processInstanceIds, String reason);

	/**
	 * Assigns the open user tasks of the instances to a user of the same 시·군·구
	 * (immediately, not as a batch).
	 * @param processInstanceIds the instances
	 * @param assignee the user's login name
	 * @param reason why
	 * @return the recorded operation (instance count = tasks reassigned)
	 */
	BatchOperation reassignTasks(Collection<String> processInstanceIds, String assignee, String reason);

	/**
	 * The migration plan from one version to another: activities of equal id mapped, plus
	 * the manual mappings, validated by the engine.
	 * @param sourceDefinitionId the version the instances run on
	 * @param targetDefinitionId the version to migrate to
	 * @param manualMappings source activity id → target activity id
	 * @return the preview
	 */
	MigrationPreview previewMigration(String sourceDefinitionId, String targetDefinitionId,
			Map<String, String> manualMappings);

	/**
	 * Validates the plan and migrates each instance in a transaction that is rolled back:
	 * nothing changes.
	 * @param sourceDefinitionId the version the instances run on
	 * @param targetDefinitionId the version to migrate to
	 * @param manualMappings source activity id → target activity id
	 * @param processInstanceIds the instances
	 * @return the plan's and each instance's problems
	 */
	MigrationDryRun dryRunMigration(String sourceDefinitionId, String targetDefinitionId,
			Map<String, String> manualMappings, Collection<String> processInstanceIds);

	/**
	 * Migrates the instances as a Camunda batch.
	 * @param sourceDefinitionId the version the instances run on
	 * @param targetDefinitionId the version to migrate to
	 * @param manualMappings source activity id → target activity id
	 * @param processInstanceIds the instances
	 * @param reason why
	 * @return the recorded operation
	 */
	BatchOperation migrate(String sourceDefinitionId, String targetDefinitionId, Map<String, String> manualMappings,
			Collection<String> processInstanceIds, String reason);

	/**
	 * The operations the caller may see (their 시·군·구's, or all for an administrator),
	 * newest first, with the progress of their Camunda batches.
	 * @param limit at most this many
	 * @return the operations
	 */
	List<BatchOperation> operations(int limit);

	/**
	 * Every recorded batch operation of every 시·군·구, for an auditor: filtered by who ran
	 * it and when, paged, as recorded (progress is not refreshed).
	 * @param query who, and when
	 * @param offset rows to skip
	 * @param limit at most this many
	 * @return the operations, newest first
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * is an auditor or administrator
	 */
	List<BatchOperation> operationsLog(io.bokjiflow.shared.AuditQuery query, int offset, int limit);

	/**
	 * How many operations
	 * {@link #operationsLog(io.bokjiflow.shared.AuditQuery, int, int)} would list without
	 * paging.
	 * @param query who, and when
	 * @return the count
	 */
	long operationsLogCount(io.bokjiflow.shared.AuditQuery query);

	/**
	 * One deployed version of a process.
	 *
	 * @param id the Camunda process definition id
	 * @param key the process key
	 * @param name the process name
	 * @param version the version number
	 * @param running running instances
	 * @param incidents open incidents
	 */
	record DefinitionVersion(String id, String key, String name, int version, long running, long incidents) {
	}

	/**
	 * A process key with its versions.
	 *
	 * @param key the process key
	 * @param name the latest version's name
	 * @param versions the versions, newest first
	 */
	record ProcessDefinitionSummary(String key, String name, List<DefinitionVersion> versions) {

		/** Running instances over all versions. */
		public long running() {
			return this.versions.stream().mapToLong(DefinitionVersion::running).sum();
		}

		/** Open incidents over all versions. */
		public long incidents() {
			return this.versions.stream().mapToLong(DefinitionVersion::incidents).sum();
		}

		/** The newest version. */
		public DefinitionVersion latest() {
			return this.versions.get(0);
		}

	}

	/**
	 * Counts of one activity.
	 *
	 * @param activityId the BPMN element id
	 * @param running activity instances open now
	 * @param incidents open incidents at the activity
	 * @param taken activity instances ever started (history), the heatmap
	 */
	record ActivityCount(String activityId, long running, long incidents, long taken) {
	}

	/**
	 * A version's diagram and its counts.
	 *
	 * @param definition the version
	 * @param bpmnXml the deployed BPMN XML
	 * @param activities activity id → counts (only activities with a count)
	 */
	record ProcessHeat(DefinitionVersion definition, String bpmnXml, Map<String, ActivityCount> activities) {
	}

	/**
	 * Which instances to list.
	 *
	 * @param definitionId the version
	 * @param activityId only instances with an open activity instance here, or
	 * {@code null}
	 * @param withIncidentsOnly only instances with an open incident
	 * @param businessKeyPrefix only business keys starting so, or {@code null}
	 */
	record InstanceFilter(String definitionId, String activityId, boolean withIncidentsOnly, String businessKeyPrefix) {
	}

	/**
	 * A running process instance.
	 *
	 * @param id the process instance id
	 * @param businessKey the business key (application number)
	 * @param definitionId its version
	 * @param startedAt when it started
	 * @param suspended whether it is suspended
	 * @param activities the activities open now
	 * @param incidents its open incidents
	 * @param sigunguCode its 시·군·구, if it has one
	 */
	record InstanceRow(String id, String businessKey, String definitionId, Instant startedAt, boolean suspended,
			List<String> activities, long incidents, String sigunguCode) {
	}

	/** The kinds of batch operation. */
	enum Kind {

		RETRY_INCIDENTS, SUSPEND, RESUME, CANCEL, REASSIGN_TASKS, MIGRATE

	}

	/** Where a batch operation stands. */
	enum State {

		RUNNING, COMPLETED, FAILED

	}

	/**
	 * A recorded batch operation with the progress of its Camunda batch.
	 *
	 * @param id our record's id
	 * @param kind what it did
	 * @param camundaBatchId the Camunda batch id, {@code null} for an immediate operation
	 * @param definitionId the (source) version
	 * @param targetDefinitionId the target version of a migration
	 * @param instances instances selected
	 * @param reason why
	 * @param performedBy who
	 * @param sigunguCode the 시·군·구 of a supervisor, {@code null} for an administrator
	 * @param createdAt when
	 * @param totalJobs jobs of the batch
	 * @param completedJobs jobs done
	 * @param failedJobs jobs failed (retries exhausted)
	 * @param state where it stands
	 * @param detail more, e.g. the new assignee
	 */
	record BatchOperation(long id, Kind kind, String camundaBatchId, String definitionId, String targetDefinitionId,
			int instances, String reason, String performedBy, String sigunguCode, Instant createdAt, long totalJobs,
			long completedJobs, long failedJobs, State state, String detail) {
	}

	/**
	 * One line of a migration plan.
	 *
	 * @param sourceActivityId the source activity
	 * @param sourceName its name
	 * @param targetActivityId the target activity, {@code null} when unmapped
	 * @param targetName its name
	 * @param manual whether the user mapped it
	 * @param runningInstances the caller's instances open at the source activity now
	 */
	record ActivityMapping(String sourceActivityId, String sourceName, String targetActivityId, String targetName,
			boolean manual, long runningInstances) {

		/** Whether no target was found. */
		public boolean unmapped() {
			return this.targetActivityId == null;
		}

	}

	/**
	 * A target activity to choose in a manual mapping.
	 *
	 * @param id the activity id
	 * @param name its name
	 */
	record TargetActivity(String id, String name) {
	}

	/**
	 * The plan as the engine would build it.
	 *
	 * @param mappings every activity of the source, mapped or not
	 * @param targets the activities of the target
	 * @param planErrors the engine's plan validation failures (empty when valid)
	 */
	record MigrationPreview(List<ActivityMapping> mappings, List<TargetActivity> targets, List<String> planErrors) {

		/** Whether the engine accepts the plan. */
		public boolean valid() {
			return this.planErrors.isEmpty();
		}

	}

	/**
	 * What a migration of one instance would do.
	 *
	 * @param processInstanceId the instance
	 * @param businessKey its business key
	 * @param problems the engine's validation failures (empty: it would migrate)
	 */
	record InstanceCheck(String processInstanceId, String businessKey, List<String> problems) {

		/** Whether it would migrate. */
		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * The outcome of a dry run: nothing was changed.
	 *
	 * @param planErrors the plan's failures
	 * @param instances each instance's outcome
	 */
	record MigrationDryRun(List<String> planErrors, List<InstanceCheck> instances) {

		/** Whether the plan and every instance would migrate. */
		public boolean ok() {
			return this.planErrors.isEmpty() && this.instances.stream().allMatch(InstanceCheck::ok);
		}

	}

}
