package io.bokjiflow.casework;

import java.util.Map;

/**
 * Why the eligibility rules decided as they did: the table, the rule that decided, its
 * description and every fact the table read.
 *
 * @param decisionKey the table
 * @param version its deployed version
 * @param tableName its name
 * @param rule the code of the rule that decided
 * @param description the rule's description (Korean, from the table)
 * @param review whether the table asked for a caseworker's review
 * @param rank the priority rank, if the table gives one
 * @param sharePercent the government's share of the cost, if the table gives one
 * @param facts every fact the table read (variable name → value)
 * @param labels each fact's label in the table (variable name → label)
 */
public record EligibilityExplanation(String decisionKey, int version, String tableName, String rule, String description,
		boolean review, Integer rank, Integer sharePercent, Map<String, Object> facts, Map<String, String> labels) {
}
