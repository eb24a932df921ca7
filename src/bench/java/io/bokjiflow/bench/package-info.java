/**
 * The benchmark harness of issue 9 ({@code ./mvnw -Pbench verify}): baselines, scenarios
 * and the statistics that compare them, measured in one run and written to
 * {@code target/bench}. Not part of the application; see {@code docs/performance.md}.
 */
package io.bokjiflow.bench;
