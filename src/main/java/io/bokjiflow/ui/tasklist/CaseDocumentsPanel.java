package io.bokjiflow.ui.tasklist;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import io.bokjiflow.casework.Attachment;
import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.casework.Comment;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.forms.LimitedUpload;

/**
 * The comments and attachments of one case, with a box to add a comment and an upload;
 * each attachment links to its download ({@code /api/cases/{no}/attachments/{id}}). Made
 * for the task view and reusable by a case view.
 */
public class CaseDocumentsPanel extends VerticalLayout {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.ZONE);

	private final CaseDocuments documents;

	private final String applicationNo;

	private final Div commentList = new Div();

	private final Div attachmentList = new Div();

	final TextArea commentText;

	final Button addComment;

	final Upload upload;

	final Paragraph uploadError = new Paragraph();

	public CaseDocumentsPanel(CaseDocuments documents, String applicationNo) {
		this.documents = documents;
		this.applicationNo = applicationNo;
		addClassName("case-documents");
		setPadding(false);
		setId("case-documents");

		this.commentList.setId("comment-list");
		this.commentText = new TextArea(getTranslation("comment.new"));
		this.commentText.setId("comment-text");
		this.commentText.setMaxLength(CaseDocuments.MAX_COMMENT_LENGTH);
		this.commentText.setHelperText(getTranslation("comment.limit", CaseDocuments.MAX_COMMENT_LENGTH));
		this.commentText.setWidthFull();
		this.addComment = new Button(getTranslation("comment.add"), e -> addComment());
		this.addComment.setId("add-comment");

		this.attachmentList.setId("attachment-list");
		this.upload = LimitedUpload.create(
				(filename, content) -> this.documents.attach(this.applicationNo, filename, content), this::stored,
				this::refused);
		this.upload.setId("attachment-upload");
		this.upload.getElement().setAttribute("aria-label", getTranslation("attachment.upload"));
		this.uploadError.setId("attachment-error");
		this.uploadError.addClassName("error");
		this.uploadError.getElement().setAttribute("role", "alert");
		this.uploadError.setVisible(false);

		add(new H3(getTranslation("comment.title")), this.commentList, this.commentText, this.addComment,
				new H3(getTranslation("attachment.title")), this.attachmentList, this.upload,
				new Paragraph(getTranslation("attachment.limits")), this.uploadError);
		refresh();
	}

	/** Reads the comments and attachments again. */
	public void refresh() {
		this.commentList.removeAll();
		var comments = this.documents.comments(this.applicationNo);
		if (comments.isEmpty()) {
			this.commentList.add(new Paragraph(getTranslation("comment.none")));
		}
		for (Comment c : comments) {
			Div item = new Div();
			item.addClassName("comment");
			Span meta = new Span(c.authorName() + " · " + DATE_TIME.format(c.createdAt()));
			meta.addClassName("comment-meta");
			Paragraph text = new Paragraph(c.text());
			text.getStyle().set("white-space", "pre-wrap");
			item.add(meta, text);
			this.commentList.add(item);
		}
		this.attachmentList.removeAll();
		var attachments = this.documents.attachments(this.applicationNo);
		if (attachments.isEmpty()) {
			this.attachmentList.add(new Paragraph(getTranslation("attachment.none")));
		}
		for (Attachment a : attachments) {
			Anchor link = new Anchor("/api/cases/" + this.applicationNo + "/attachments/" + a.id(), a.filename());
			// A download, not a route of the UI.
			link.getElement().setAttribute("router-ignore", true);
			link.getElement().setAttribute("download", true);
			Span meta = new Span(" (" + kilobytes(a.size()) + " KB · " + a.uploadedByName() + " · "
					+ DATE_TIME.format(a.uploadedAt()) + ")");
			Div item = new Div(link, meta);
			item.addClassName("attachment");
			this.attachmentList.add(item);
		}
	}

	private static String kilobytes(long bytes) {
		return String.valueOf(Math.max(1, (bytes + 1023) / 1024));
	}

	void addComment() {
		try {
			this.documents.comment(this.applicationNo, this.commentText.getValue());
			this.commentText.clear();
			this.commentText.setInvalid(false);
			refresh();
		}
		catch (UserFacingException ex) {
			this.commentText.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
			this.commentText.setInvalid(true);
		}
	}

	private void stored(Attachment attachment) {
		this.uploadError.setVisible(false);
		refresh();
		Notification
			.show(getTranslation("attachment.stored", attachment.filename()), 4000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	private void refused(UserFacingException ex) {
		String message = getTranslation(ex.messageKey(), ex.args());
		this.uploadError.setText(message);
		this.uploadError.setVisible(true);
		this.upload.clearFileList();
		Notification.show(message, 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
