/**
 * Integrity of benefits (중복 수급 방지): the 31 duplicate-benefit pair types as versioned
 * data. The rule set is read from {@code integrity/duplicate-benefit-rules.yml} as
 * version 1 when the tables are empty; an administrator publishes later versions, older
 * ones are kept. {@link DuplicateBenefitRules#conflicts} finds the ACTIVE benefit records
 * of a person (and, where a rule says household, of the person's household members) that
 * conflict with a program, each with its rule and effect, by reading the registry's
 * benefit history. {@link DuplicateBenefitSweep} runs nightly over every ACTIVE benefit
 * record in one set-based statement, stores each conflicting pair once as a finding with
 * a proposed action and starts one review task
 * ({@code processes/integrity/conflict-review.bpmn}) for the caseworkers of both
 * programs' 시·군·구.
 */
package io.bokjiflow.integrity;
