/**
 * Payments (지급): payment orders from any program (support programs, local programs,
 * selection runs), routed to a seizure-protected account only where the program's legal
 * basis allows it, sent to the bank as a transfer batch file, reconciled from the bank's
 * result file; failures become tasks, overpayments recovery (환수) orders, and every
 * payment is written to the benefit history. Publishes {@link Payments} and the events
 * {@code PaymentIssued} and {@code PaymentFailed}.
 */
package io.bokjiflow.payments;
