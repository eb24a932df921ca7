package io.bokjiflow.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.publicdata.internal.SimulatorFaults;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Runs whole applications — including a public-data outage with its logged stack traces
 * and a refused bad number — while capturing every log line of the application, then
 * scans them for a resident registration number in clear.
 */
class PersonalDataLogIT extends IntegrationTest {

	/** 13 digits in the RRN shape, not part of a longer number. */
	private static final Pattern RRN = Pattern.compile("(?<!\\d)\\d{6}-?[0-9]\\d{6}(?!\\d)");

	private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private TaskService taskService;

	@Autowired
	private ManagementService management;

	@Autowired
	private SimulatorFaults faults;

	@BeforeEach
	void capture() {
		this.captured.start();
		root().addAppender(this.captured);
	}

	@AfterEach
	void release() {
		root().detachAppender(this.captured);
		this.faults.clear();
	}

	@Test
	void shouldNeverLogAResidentNumberInClear() {
		this.faults.inject(SimulatorFaults.Mode.MALFORMED, 1);
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "윤하은", null, "1168064000", true, false, UUID.randomUUID().toString())));
		// The malformed answer fails the first attempt (logged with its stack trace); run
		// the retry now.
		Job job = await().atMost(Duration.ofSeconds(30))
			.until(() -> investigationJob(app.applicationNo()), j -> j != null && j.getRetries() < 3);
		this.management.executeJob(job.getId());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> investigationJob(app.applicationNo()) == null
					&& this.taskService.createTaskQuery().processInstanceBusinessKey(app.applicationNo()).count() == 1);

		ApplicationSummary second = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "김영희", null, "1168064000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(second.applicationNo());
		as("cw.gangnam", () -> {
			this.tasks.claim(task.getId());
			this.tasks.complete(task.getId(),
					Map.of("reviewOutcome", "REJECT", "reviewReason", "해외 체류로 이용 불가", "evidenceChecked", true));
			return null;
		});
		assertThatThrownBy(() -> as("cw.gangnam", () -> this.casework.submit(
				new NewApplication("TRAVEL_VOUCHER", "991332-1234567", "홍길동", null, "1168064000", true, false, null))))
			.isInstanceOf(IllegalArgumentException.class);

		List<String> lines = new ArrayList<>();
		for (ILoggingEvent event : this.captured.list) {
			lines.add(event.getFormattedMessage());
			for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
				lines.add(t.getClassName() + ": " + t.getMessage());
				for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
					lines.add(frame.getSTEAsString());
				}
			}
		}
		assertThat(lines).as("captured log lines").hasSizeGreaterThan(3);
		assertThat(lines).anyMatch(l -> l != null && l.contains("QUALIFICATION MALFORMED"));
		assertThat(lines).filteredOn(l -> l != null && RRN.matcher(l).find()).isEmpty();
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
