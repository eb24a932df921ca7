package io.bokjiflow.openmarket;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A local program version was approved and published.
 *
 * @param programCode the program
 * @param versionId the version
 * @param version its number
 * @param effectiveFrom first day it applies
 */
public record ProgramConfigurationPublished(String programCode, UUID versionId, int version, LocalDate effectiveFrom) {
}
