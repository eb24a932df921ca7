package io.bokjiflow.finder;

import java.util.Optional;

/**
 * Hand-off codes from the self-check to a caseworker's new application: the citizen's
 * side makes one anonymously; caseworkers look one up.
 */
public interface HandOffs {

	/** How many days a code is accepted. */
	int VALID_DAYS = 30;

	/**
	 * Stores the answers and the chosen program under a new code.
	 * @param answers the questionnaire's answers
	 * @param programCode a catalogued program
	 * @return the hand-off with its code and expiry
	 * @throws io.bokjiflow.shared.UserFacingException {@code finder.error.program} for an
	 * unknown program
	 */
	HandOff create(SelfCheckAnswers answers, String programCode);

	/**
	 * A hand-off by its code, for a caseworker (role CASEWORKER); the code is read
	 * leniently (case, spaces and dashes ignored, easily confused characters mapped).
	 * @param code the code as typed
	 * @return the hand-off, empty when unknown or expired
	 * @throws org.springframework.security.access.AccessDeniedException for anybody else
	 */
	Optional<HandOff> find(String code);

}
