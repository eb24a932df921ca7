/**
 * The integrated eligibility & benefit-history database (자격·수급이력 통합 DB): persons and
 * their households, qualifications and, in later steps, benefit records and life events.
 * Resident registration numbers are encrypted at rest, found by a keyed hash, and every
 * clear read is audited. Publishes {@link Registry}, {@link PersonDataAccessLog} (the
 * access audit, read-only) and the {@link Rrn} value type.
 */
package io.bokjiflow.registry;
