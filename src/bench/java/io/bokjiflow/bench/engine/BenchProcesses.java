package io.bokjiflow.bench.engine;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The benchmark's processes, built with the fluent BPMN builder: a data-only program as a
 * chain of three stub service tasks to the first user task (review by the caseworkers of
 * the applicant's 시·군·구, due by the decision date), synchronous or with every service
 * task {@code asyncBefore}.
 */
public final class BenchProcesses {

	/** The synchronous chain. */
	public static final String SYNC = "bench-chain";

	/** The same chain with {@code asyncBefore} service tasks. */
	public static final String ASYNC = "bench-chain-async";

	/** The user task the chain stops at. */
	public static final String REVIEW_TASK = "user_review_application";

	/** The 25 자치구 of Seoul: each user's tasks belong to one of them. */
	public static final List<String> SIGUNGU = List.of("11110", "11140", "11170", "11200", "11215", "11230", "11260",
			"11290", "11305", "11320", "11350", "11380", "11410", "11440", "11470", "11500", "11530", "11545", "11560",
			"11590", "11620", "11650", "11680", "11710", "11740");

	private BenchProcesses() {
	}

	/**
	 * The chain.
	 * @param key the process key
	 * @param async whether the service tasks are {@code asyncBefore}
	 * @return the model
	 */
	public static BpmnModelInstance chain(String key, boolean async) {
		return chain(key, async, 1825);
	}

	/**
	 * The chain with its own history time to live.
	 * @param key the process key
	 * @param async whether the service tasks are {@code asyncBefore}
	 * @param historyTimeToLiveDays days its history is kept after the instance ended (0:
	 * removable by the next history clean-up)
	 * @return the model
	 */
	public static BpmnModelInstance chain(String key, boolean async, int historyTimeToLiveDays) {
		return Bpmn.createExecutableProcess(key)
			.name("Benchmark data-only program" + (async ? " (async)" : ""))
			.camundaHistoryTimeToLive(historyTimeToLiveDays)
			.startEvent("start_application_registered")
			.serviceTask("service_fetch_qualification")
			.camundaClass(StubDelegate.class)
			.camundaAsyncBefore(async)
			.serviceTask("service_check_eligibility")
			.camundaClass(StubDelegate.class)
			.camundaAsyncBefore(async)
			.serviceTask("service_record_intake")
			.camundaClass(StubDelegate.class)
			.camundaAsyncBefore(async)
			.userTask(REVIEW_TASK)
			.name("신청 검토 (review application)")
			.camundaCandidateGroups("caseworkers-${sigunguCode}")
			.camundaDueDate("${decisionDueDate}")
			.endEvent("end_decided")
			.done();
	}

	/**
	 * The start variables of one application: ids and small facts only, as the real
	 * programs keep them.
	 * @param sigungu the applicant's 시·군·구
	 * @return the variables
	 */
	public static Map<String, Object> startVariables(String sigungu) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("applicationId", UUID.randomUUID().toString());
		vars.put("sigunguCode", sigungu);
		long dueInDays = ThreadLocalRandom.current().nextLong(1, 61);
		vars.put("decisionDueDate", new Date(System.currentTimeMillis() + Duration.ofDays(dueInDays).toMillis()));
		return vars;
	}

	/** A random 시·군·구 of the 25. */
	public static String randomSigungu() {
		return SIGUNGU.get(ThreadLocalRandom.current().nextInt(SIGUNGU.size()));
	}

}
