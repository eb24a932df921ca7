package io.bokjiflow.finder;

import java.time.Instant;

/**
 * A self-check handed to the community centre: a short code the citizen brings, the
 * program chosen and the questionnaire's answers (no name, no resident number).
 *
 * @param code the code, e.g. {@code K7QM-4XPA}
 * @param programCode the program the citizen wants to apply for
 * @param answers the questionnaire's answers
 * @param createdAt when it was made
 * @param expiresAt when it stops being accepted
 */
public record HandOff(String code, String programCode, SelfCheckAnswers answers, Instant createdAt, Instant expiresAt) {
}
