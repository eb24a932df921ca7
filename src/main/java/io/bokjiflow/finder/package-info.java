/**
 * The public service finder (issue 11): what citizens use without signing in — a search
 * of the central and local programs down to the 시·군·구, a self-check (모의 판정) that
 * evaluates the support programs' real eligibility tables and the local programs'
 * criteria on questionnaire answers given in bands, with the recognised-income rules of
 * casework, and a hand-off code that lets a caseworker start the application without
 * retyping. Keeps no personal data: the answers live only in the page, except the
 * questionnaire of a hand-off (no name, no resident number) for 30 days. Nothing typed is
 * logged. Anonymous calls are rate-limited per client IP and session.
 */
package io.bokjiflow.finder;
