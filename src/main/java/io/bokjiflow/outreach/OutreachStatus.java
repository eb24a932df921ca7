package io.bokjiflow.outreach;

/** Where an outreach candidate stands. */
public enum OutreachStatus {

	/** Found by a run or the person view; nobody has contacted the person yet. */
	NEW,
	/** A caseworker started the outreach process. */
	OUTREACH_STARTED,
	/** The person applied for the program. */
	APPLIED,
	/** The person was reached and does not want to apply. */
	DECLINED,
	/** The person could not be reached. */
	NOT_REACHED,
	/** The person was reached but no application came within the waiting time. */
	NOT_APPLIED

}
