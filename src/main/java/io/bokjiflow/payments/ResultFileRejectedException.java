package io.bokjiflow.payments;

import java.util.List;

import io.bokjiflow.shared.UserFacingException;

/**
 * A bank result file that was refused as a whole: nothing of it was applied.
 */
public class ResultFileRejectedException extends UserFacingException {

	private final transient List<LineError> errors;

	public ResultFileRejectedException(List<LineError> errors) {
		super("payments.import.rejected", errors.size());
		this.errors = List.copyOf(errors);
	}

	/** What is wrong, by line. */
	public List<LineError> errors() {
		return this.errors;
	}

	/**
	 * One problem of the file.
	 *
	 * @param line the line number (1 = the header)
	 * @param messageKey the translation key of the problem
	 * @param detail the offending value, if it helps (never personal data)
	 */
	public record LineError(int line, String messageKey, String detail) {
	}

}
