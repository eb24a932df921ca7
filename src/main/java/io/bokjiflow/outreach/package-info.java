/**
 * Outreach (누락 서비스 발굴, issue 6 item 5): the programs a person is likely eligible for and
 * does not receive, found from the integrated eligibility DB (support programs by their
 * real eligibility tables, local programs by their criteria), without programs the person
 * receives, is blocked from by a duplicate-benefit rule or has applied for; a worklist
 * per 행정동 and an outreach process that follows a finding until an application arrives. A
 * module of its own because it reads casework (open applications), openmarket (local
 * criteria) and integrity (duplicate-benefit rules), and openmarket already depends on
 * integrity and casework.
 */
package io.bokjiflow.outreach;
