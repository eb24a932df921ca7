/**
 * The open market (오픈마켓): local governments' own welfare programs run on ten standard
 * task types. A local program is versioned data (legal basis, application items, support
 * criteria, amounts, budget, payment options) that a local official edits and a
 * supervisor approves; running cases keep the version they started with. Support criteria
 * are one model ({@link Criteria}) with two evaluators ({@link CriteriaEvaluator}): per
 * applicant inside a process and compiled to one SQL query over the registry for
 * selection runs without an application.
 */
package io.bokjiflow.openmarket;
