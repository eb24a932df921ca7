package io.bokjiflow.casework.internal;

/**
 * 저소득 시청각장애인 방송수신기 보급 (Accessible TV receivers for low-income people with visual or
 * hearing disabilities): processes/support/broadcast-receiver-for-disabled.bpmn.
 */
class BroadcastReceiverForDisabledProcessTest extends SupportProcessTestBase {

	BroadcastReceiverForDisabledProcessTest() {
		super("BROADCAST_RECEIVER_FOR_DISABLED");
		approvedBy("OTHER_DISABILITY", facts().with("disability", true));
		rejectedBy("NO_QUALIFICATION", facts().with("basicLivelihood", true));
	}

}
