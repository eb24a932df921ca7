package io.bokjiflow.outreach.internal;

import io.bokjiflow.outreach.OutreachWorklist;

/**
 * The outreach process ({@code processes/integrity/outreach.bpmn}): its key, element ids,
 * message and variable names. Business key = {@link #businessKey(java.util.UUID)}.
 */
final class OutreachProcess {

	static final String KEY = "outreach";

	/** Correlated when the person applied for the program. */
	static final String APPLICATION_SUBMITTED = "OutreachApplicationSubmitted";

	static final String USER_CONTACT_PERSON = "user_contact_person";

	static final String RECEIVE_APPLICATION = "receive_application";

	/** The candidate's id. */
	static final String CANDIDATE_ID = "candidateId";

	/** The candidate group of the contact task: caseworkers of the 시·군·구. */
	static final String CASEWORKER_GROUP = "caseworkerGroup";

	/** Shown in the task: the person (masked) and the program. */
	static final String PERSON_MASKED = "personMasked";

	static final String PROGRAM_NAME = "programName";

	static final String FINDING = "finding";

	/** The form's answers. */
	static final String REACHED = "reached";

	static final String OUTCOME = "outcome";

	static final String NOTE = "note";

	/** The status a closing service task sets (its input parameter). */
	static final String CLOSE_AS = "closeAs";

	private OutreachProcess() {
	}

	/**
	 * The business key of a candidate's outreach: {@code OR-} and 24 hex digits of the
	 * candidate id (96 bits), short enough for the task list's 30-character application
	 * number column, which every user task's business key lands in.
	 */
	static String businessKey(java.util.UUID candidateId) {
		return OutreachWorklist.OUTREACH_NO_PREFIX + candidateId.toString().replace("-", "").substring(0, 24);
	}

}
