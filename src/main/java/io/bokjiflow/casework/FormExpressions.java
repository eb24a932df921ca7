package io.bokjiflow.casework;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * FEEL expressions of Camunda Forms ({@code conditional.hide}, {@code readonly},
 * {@code expression} fields), evaluated with the FEEL engine that ships with Camunda 7
 * (feel-scala), so a form behaves here as the designer saw it in Camunda Modeler.
 */
final class FormExpressions {

	private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

	private static final Map<String, ParsedExpression> PARSED = new ConcurrentHashMap<>();

	private FormExpressions() {
	}

	/**
	 * Parses an expression written as form-js writes them, with a leading {@code =}.
	 * @param expression e.g. {@code =reviewOutcome != "REJECT"}
	 * @return the parsed expression
	 * @throws IllegalArgumentException when it is not a FEEL expression
	 */
	static ParsedExpression parse(String expression) {
		String body = expression == null ? null : expression.strip();
		if (body == null || !body.startsWith("=") || body.length() == 1) {
			throw new IllegalArgumentException(
					"Unsupported condition: " + expression + " (a FEEL expression starts with '=')");
		}
		return PARSED.computeIfAbsent(body, b -> {
			ParseResult parsed = FEEL.parseExpression(b.substring(1));
			if (parsed.isFailure()) {
				throw new IllegalArgumentException("Unsupported condition: " + expression + " (not FEEL)");
			}
			return parsed.parsedExpression();
		});
	}

	/**
	 * Evaluates an expression; a failure (e.g. comparing text with a number) gives
	 * {@code null}, as form-js treats it.
	 * @param expression the expression with its leading {@code =}
	 * @param context the variables
	 * @return the result, or {@code null}
	 */
	static Object evaluate(String expression, Map<String, Object> context) {
		EvaluationResult result = FEEL.evaluate(parse(expression), context);
		return result.isSuccess() ? result.result() : null;
	}

	/** Whether an expression evaluates to {@code true} (anything else is false). */
	static boolean isTrue(String expression, Map<String, Object> context) {
		return Boolean.TRUE.equals(evaluate(expression, context));
	}

}
