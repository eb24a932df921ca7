package io.bokjiflow.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Attachment;
import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.casework.TaskDrafts;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.tasklist.TaskListView;
import io.bokjiflow.ui.tasklist.TaskView;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The task view's drafts, comments and attachments as caseworkers use them: a partial
 * form saved and restored for its author only, gone once the task is completed; a
 * comment; a PNG kept with its checksum and served back; an executable named .pdf refused
 * with a message.
 */
class TaskFormsKaribuIT extends KaribuTest {

	@Autowired
	private Casework casework;

	@Autowired
	private TaskService taskService;

	@Autowired
	private org.camunda.bpm.engine.RuntimeService runtimeService;

	@Autowired
	private TaskDrafts drafts;

	@Autowired
	private CaseDocuments documents;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void shouldSaveADraftRestoreItForItsAuthorOnlyAndDropItOnCompletion() {
		Task task = claimedReviewTask("cw.gangnam");
		openUiAs("cw.gangnam");
		open(task);

		// Part of the form: a rejection with a reason too short to be valid.
		_setValue(_get(RadioButtonGroup.class), "REJECT");
		_setValue(_get(TextArea.class, spec -> spec.withId("form-field-reviewReason")), "소득");
		_click(_get(Button.class, spec -> spec.withId("save-draft")));
		assertThat(_get(Paragraph.class, spec -> spec.withId("draft-note")).getText()).startsWith("임시 저장했습니다");

		UI.getCurrent().navigate(TaskListView.class);
		_get(TaskListView.class);
		open(task);
		assertThat(_get(RadioButtonGroup.class).getValue()).isEqualTo("REJECT");
		assertThat(_get(TextArea.class, spec -> spec.withId("form-field-reviewReason")).getValue()).isEqualTo("소득");
		assertThat(_get(Checkbox.class, spec -> spec.withId("form-field-evidenceChecked")).getValue()).isFalse();
		assertThat(_get(Paragraph.class, spec -> spec.withId("draft-note")).getText())
			.startsWith("임시 저장본을 불러왔습니다 (저장: ");

		// Another caseworker of the same office sees the task, not the draft.
		MockVaadin.tearDown();
		openUiAs("cw.gangnam2");
		open(task);
		assertThat(_get(RadioButtonGroup.class).getValue()).isNull();
		assertThat(_find(Paragraph.class, spec -> spec.withId("draft-note"))).isEmpty();
		assertThat(as("cw.gangnam2", () -> this.drafts.find(task.getId()))).isEmpty();
		as("cw.gangnam2", () -> this.drafts.save(task.getId(), Map.of("reviewNote", "다른 담당자의 메모")));
		assertThat(as("cw.gangnam", () -> this.drafts.find(task.getId())).orElseThrow().values()).containsOnly(
				Map.entry("evidenceChecked", false), Map.entry("reviewOutcome", "REJECT"),
				Map.entry("reviewReason", "소득"));
		// Another office cannot even save one: the task does not exist for it.
		assertThatThrownBy(() -> as("cw.jongno", () -> this.drafts.save(task.getId(), Map.of())))
			.isInstanceOfSatisfying(UserFacingException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("task.error.notFound"));
		assertThat(drafts(task)).isEqualTo(2);

		// The author completes the task: every draft of it is gone.
		MockVaadin.tearDown();
		openUiAs("cw.gangnam");
		open(task);
		_setValue(_get(RadioButtonGroup.class), "APPROVE");
		_setValue(_get(Checkbox.class, spec -> spec.withId("form-field-evidenceChecked")), true);
		_click(_get(Button.class, spec -> spec.withId("complete-task")));
		_get(TaskListView.class);
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
		assertThat(drafts(task)).isZero();
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldAskBeforeLeavingUnsavedChanges() {
		Task task = claimedReviewTask("cw.gangnam");
		openUiAs("cw.gangnam");
		open(task);
		_setValue(_get(TextArea.class, spec -> spec.withId("form-field-reviewNote")), "메모");

		UI.getCurrent().navigate(TaskListView.class);
		assertThat(_find(TaskListView.class)).isEmpty();
		_get(TaskView.class);
		_click(_get(Button.class, spec -> spec.withId("unsaved-stay")));
		assertThat(_get(TextArea.class, spec -> spec.withId("form-field-reviewNote")).getValue()).isEqualTo("메모");

		UI.getCurrent().navigate(TaskListView.class);
		_click(_get(Button.class, spec -> spec.withId("unsaved-leave")));
		_get(TaskListView.class);
		assertThat(as("cw.gangnam", () -> this.drafts.find(task.getId()))).isEmpty();
	}

	@Test
	void shouldKeepCommentsAndCheckedAttachmentsOfTheCase() throws Exception {
		Task task = claimedReviewTask("cw.gangnam");
		String applicationNo = applicationNo(task);
		openUiAs("cw.gangnam");
		open(task);
		assertThat(_get(RouterLink.class, spec -> spec.withId("open-case")).getHref())
			.isEqualTo("cases/" + applicationNo);

		// Comments: written, shown with the author; empty and over-long ones refused.
		TextArea text = _get(TextArea.class, spec -> spec.withId("comment-text"));
		_setValue(text, "  주민센터 방문 상담 완료  ");
		_click(_get(Button.class, spec -> spec.withId("add-comment")));
		assertThat(text.getValue()).isEmpty();
		assertThat(as("cw.gangnam", () -> this.documents.comments(applicationNo)))
			.extracting(c -> c.text(), c -> c.authorName())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("주민센터 방문 상담 완료", "김민지"));
		_setValue(text, "가".repeat(CaseDocuments.MAX_COMMENT_LENGTH + 1));
		_click(_get(Button.class, spec -> spec.withId("add-comment")));
		assertThat(text.isInvalid()).isTrue();
		assertThat(text.getErrorMessage()).isEqualTo("의견은 2,000자까지 쓸 수 있습니다.");
		assertThat(as("cw.gangnam", () -> this.documents.comments(applicationNo))).hasSize(1);

		// A PNG is kept with its checksum.
		Upload upload = _get(Upload.class, spec -> spec.withId("attachment-upload"));
		byte[] png = png();
		UploadKt._upload(upload, "../증빙 사진.png", "image/png", png);
		MockVaadin.clientRoundtrip();
		List<Attachment> attachments = as("cw.gangnam", () -> this.documents.attachments(applicationNo));
		assertThat(attachments).singleElement().satisfies(a -> {
			assertThat(a.filename()).isEqualTo("증빙 사진.png");
			assertThat(a.contentType()).isEqualTo("image/png");
			assertThat(a.size()).isEqualTo(png.length);
			assertThat(a.sha256())
				.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
			assertThat(a.uploadedBy()).isEqualTo("cw.gangnam");
		});
		Attachment stored = attachments.get(0);
		String href = "/api/cases/" + applicationNo + "/attachments/" + stored.id();
		assertThat(_find(Anchor.class, spec -> spec.withText("증빙 사진.png"))).singleElement()
			.satisfies(link -> assertThat(link.getHref()).isEqualTo(href));

		// An executable named .pdf is refused by its content, with a message; nothing
		// kept.
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };
		UploadKt._upload(upload, "소득증명.pdf", "application/pdf", exe);
		MockVaadin.clientRoundtrip();
		Paragraph error = _get(Paragraph.class, spec -> spec.withId("attachment-error"));
		assertThat(error.getText()).startsWith("소득증명.pdf: 허용되지 않는 파일 형식입니다.");
		assertThat(as("cw.gangnam", () -> this.documents.attachments(applicationNo))).hasSize(1);

		// Served back as a download to the office, not found for another office.
		HttpResponse<byte[]> download = get(href, "cw.gangnam");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(png);
		assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("filename*=UTF-8''");
		assertThat(get(href, "cw.jongno").statusCode()).isEqualTo(404);
		assertThat(get("/api/cases/" + applicationNo + "/comments", "cw.jongno").statusCode()).isEqualTo(404);
		assertThatThrownBy(() -> as("cw.jongno", () -> this.documents.comment(applicationNo, "x")))
			.isInstanceOf(UserFacingException.class);

		// Bytes changed behind the application's back are never served.
		byte[] tampered = png.clone();
		tampered[tampered.length - 1] ^= 1;
		this.jdbc.update("update cw_attachment set content = ? where id = ?", tampered, stored.id());
		assertThat(get(href, "cw.gangnam").statusCode()).isEqualTo(500);
	}

	private Task claimedReviewTask(String username) {
		ApplicationSummary app = as(username, () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "박철수", "서울 강남구 역삼로 2", "1168064000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo(), Duration.ofSeconds(90));
		this.taskService.claim(task.getId(), username);
		return task;
	}

	/** The application number: the business key every process of the case shares. */
	private String applicationNo(Task task) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
	}

	private static void open(Task task) {
		UI.getCurrent().navigate("tasks/" + task.getId());
		_get(TaskView.class);
	}

	private int drafts(Task task) {
		return this.jdbc.queryForObject("select count(*) from cw_task_draft where task_id = ?", Integer.class,
				task.getId());
	}

	private HttpResponse<byte[]> get(String path, String user) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", basic(user)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A 1×1 PNG. */
	private static byte[] png() {
		return java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
	}

}
