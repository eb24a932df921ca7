package io.bokjiflow.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of BokjiFlow's JSON API ({@code /api/**}) as RFC 9457 problem details whose
 * {@code detail} is the localised message (Korean unless the client asks for English with
 * {@code Accept-Language}) and whose {@code messageKey} names it for programs; never the
 * input that caused it. Ordered first, so that a body Spring cannot read is answered here
 * (localised) rather than by Spring's generic problem-details handler.
 */
@RestControllerAdvice(basePackages = "io.bokjiflow")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

	private static final String BUNDLE = "vaadin-i18n/translations";

	@ExceptionHandler(UserFacingException.class)
	ProblemDetail userFacing(UserFacingException e, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, e.messageKey(), locale, e.args());
	}

	/**
	 * A body that is not JSON, or JSON of the wrong shape (a string where a boolean is
	 * due, an unknown enum value): refused without echoing the parser's message, which
	 * may quote the input.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "api.error.body", locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException e, Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "api.error.forbidden", locale);
	}

	/**
	 * A problem detail with the localised message of a key; modules use it for their own
	 * exceptions.
	 */
	public static ProblemDetail problem(HttpStatus status, String messageKey, Locale locale, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(messageKey, locale, args));
		problem.setTitle(message("api.error.title", locale));
		problem.setProperty("messageKey", messageKey);
		return problem;
	}

	/**
	 * The message of a key in the Korean or English bundle, formatted with its arguments.
	 */
	public static String message(String key, Locale locale, Object... args) {
		Locale lang = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.KOREAN;
		try {
			String pattern = ResourceBundle.getBundle(BUNDLE, lang).getString(key);
			return args.length == 0 ? pattern : new MessageFormat(pattern, lang).format(args);
		}
		catch (MissingResourceException ex) {
			return key;
		}
	}

}
