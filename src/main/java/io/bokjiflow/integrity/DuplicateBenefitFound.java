package io.bokjiflow.integrity;

import java.util.UUID;

import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;
import io.bokjiflow.integrity.DuplicateBenefitSweep.ProposedAction;

/**
 * Published once per new finding of the duplicate-benefit sweep, after its review task
 * was started.
 *
 * @param findingId the finding
 * @param findingNo its number ({@code INT-…})
 * @param ruleNumber the rule
 * @param effect the rule's effect
 * @param recordA one benefit record (the smaller id)
 * @param recordB the other
 * @param personA who receives record a
 * @param personB who receives record b
 * @param proposedAction what the sweep proposes
 */
public record DuplicateBenefitFound(UUID findingId, String findingNo, int ruleNumber, Effect effect, UUID recordA,
		UUID recordB, UUID personA, UUID personB, ProposedAction proposedAction) {
}
