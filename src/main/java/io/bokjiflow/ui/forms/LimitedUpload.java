package io.bokjiflow.ui.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.shared.UserFacingException;

/**
 * An upload of case attachments: one file at a time, at most
 * {@link CaseDocuments#MAX_ATTACHMENT_BYTES} read into memory (a longer stream is refused
 * without reading it further), handed to a receiver in the upload's own request (where
 * the user's security context is), and the outcome shown in the UI afterwards.
 */
public final class LimitedUpload {

	/** What the browser offers in its file dialog; the server decides by content. */
	static final String[] ACCEPTED = { "application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg",
			".hwp", ".hwpx" };

	private LimitedUpload() {
	}

	/**
	 * Receives a file and returns what the UI shows afterwards.
	 *
	 * @param <T> the result
	 */
	@FunctionalInterface
	public interface Receiver<T> {

		/**
		 * Keeps the file.
		 * @param filename the user's file name
		 * @param content the bytes
		 * @return the result
		 * @throws UserFacingException when the file is refused
		 */
		T receive(String filename, byte[] content);

	}

	/**
	 * Creates the upload.
	 * @param <T> the receiver's result
	 * @param receiver keeps the file
	 * @param onStored runs in the UI with the receiver's result
	 * @param onRefused runs in the UI with the reason of a refusal
	 * @return the upload component
	 */
	public static <T> Upload create(Receiver<T> receiver, Consumer<T> onStored,
			Consumer<UserFacingException> onRefused) {
		Upload upload = new Upload((UploadHandler) event -> handle(event, receiver, onStored, onRefused));
		upload.setMaxFiles(1);
		upload.setMaxFileSize((int) CaseDocuments.MAX_ATTACHMENT_BYTES);
		upload.setAcceptedFileTypes(ACCEPTED);
		upload.setDropAllowed(true);
		return upload;
	}

	private static <T> void handle(UploadEvent event, Receiver<T> receiver, Consumer<T> onStored,
			Consumer<UserFacingException> onRefused) throws IOException {
		UI ui = event.getUI();
		T result;
		try (InputStream in = event.getInputStream()) {
			byte[] content = in.readNBytes((int) CaseDocuments.MAX_ATTACHMENT_BYTES + 1);
			if (content.length > CaseDocuments.MAX_ATTACHMENT_BYTES) {
				throw new UserFacingException("attachment.error.tooLarge",
						CaseDocuments.MAX_ATTACHMENT_BYTES / (1024 * 1024));
			}
			result = receiver.receive(event.getFileName(), content);
		}
		catch (UserFacingException ex) {
			ui.access(() -> onRefused.accept(ex));
			return;
		}
		T stored = result;
		ui.access(() -> onStored.accept(stored));
	}

}
