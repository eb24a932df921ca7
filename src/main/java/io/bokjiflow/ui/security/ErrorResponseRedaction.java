package io.bokjiflow.ui.security;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Masks anything shaped like a resident registration number in the error responses of
 * {@code /api}, {@code /engine-rest} and Spring Boot's {@code /error}: Camunda's REST
 * errors and Spring's problem details echo the ids, paths and values a client sent
 * ("Process instance with id … does not exist"), and a client may have sent a number
 * where it did not belong. Successful responses pass untouched.
 */
@Configuration(proxyBeanMethods = false)
class ErrorResponseRedaction {

	/** 13 digits in the RRN shape, not part of a longer number, dash optional. */
	static final Pattern RRN = Pattern.compile("(?<!\\d)(\\d{6})-?([0-9])\\d{6}(?!\\d)");

	/** The masked form the UI shows: birth date and the gender digit. */
	static String redact(String text) {
		return RRN.matcher(text).replaceAll("$1-$2******");
	}

	@Bean
	FilterRegistrationBean<RedactingFilter> errorResponseRedactionFilter() {
		var registration = new FilterRegistrationBean<>(new RedactingFilter());
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/error");
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		registration.setName("error-response-redaction");
		// Outside Spring Security (-100), so that its error responses are covered too.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** Buffers the response; rewrites the body of a 4xx or 5xx answer. */
	static class RedactingFilter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			try {
				chain.doFilter(request, wrapper);
			}
			finally {
				if (wrapper.getStatus() >= 400 && wrapper.getContentSize() > 0 && !response.isCommitted()) {
					Charset charset = charset(wrapper);
					String body = new String(wrapper.getContentAsByteArray(), charset);
					String redacted = redact(body);
					if (!redacted.equals(body)) {
						wrapper.resetBuffer();
						byte[] bytes = redacted.getBytes(charset);
						wrapper.getOutputStream().write(bytes);
					}
				}
				wrapper.copyBodyToResponse();
			}
		}

		private static Charset charset(HttpServletResponse response) {
			try {
				return response.getCharacterEncoding() == null ? StandardCharsets.UTF_8
						: Charset.forName(response.getCharacterEncoding());
			}
			catch (IllegalArgumentException unknown) {
				return StandardCharsets.UTF_8;
			}
		}

	}

}
