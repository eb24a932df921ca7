package io.bokjiflow.bench.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Captures the SQL the engine sends to PostgreSQL — the statement text and every
 * parameter exactly as MyBatis binds it — so that the benchmark can run the same query
 * through plain JDBC as its baseline. Wraps the engine's data source; captures only on
 * the thread and for the duration of {@link #capture}.
 */
public final class SqlCapture {

	private static final ThreadLocal<List<Captured>> CAPTURING = new ThreadLocal<>();

	private SqlCapture() {
	}

	/**
	 * Wraps a data source so that statements can be captured.
	 * @param target the real data source
	 * @return the wrapping data source
	 */
	public static DataSource wrap(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(target, method, args);
					if (result instanceof Connection c && method.getName().equals("getConnection")) {
						return connection(c);
					}
					return result;
				});
	}

	/**
	 * Runs an action and returns the queries it executed on this thread.
	 * @param action the action, e.g. a Camunda query
	 * @return the captured statements, in order
	 */
	public static List<Captured> capture(Supplier<?> action) {
		List<Captured> captured = new ArrayList<>();
		CAPTURING.set(captured);
		try {
			action.get();
		}
		finally {
			CAPTURING.remove();
		}
		return captured;
	}

	private static Connection connection(Connection target) {
		return (Connection) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					Object result = invoke(target, method, args);
					List<Captured> sink = CAPTURING.get();
					if (sink != null && result instanceof PreparedStatement ps
							&& method.getName().equals("prepareStatement")) {
						return statement(ps, (String) args[0], sink);
					}
					return result;
				});
	}

	private static PreparedStatement statement(PreparedStatement target, String sql, List<Captured> sink) {
		List<Binding> bindings = new ArrayList<>();
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer
					&& method.getDeclaringClass() == PreparedStatement.class) {
				bindings.add(new Binding(method, args.clone()));
			}
			if (name.equals("executeQuery") || (name.equals("execute") && (args == null || args.length == 0))) {
				sink.add(new Captured(sql, List.copyOf(bindings)));
			}
			return invoke(target, method, args);
		};
		return (PreparedStatement) Proxy.newProxyInstance(SqlCapture.class.getClassLoader(),
				new Class<?>[] { PreparedStatement.class }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * One parameter binding as the engine made it.
	 *
	 * @param method the {@code PreparedStatement} setter
	 * @param args its arguments (the index first)
	 */
	public record Binding(Method method, Object[] args) {

		@Override
		public String toString() {
			return this.method.getName() + Arrays.toString(this.args);
		}

	}

	/**
	 * A captured statement.
	 *
	 * @param sql the SQL text
	 * @param bindings its parameters
	 */
	public record Captured(String sql, List<Binding> bindings) {

		/**
		 * Prepares the statement on a plain connection and binds the same parameters.
		 * @param connection a plain JDBC connection
		 * @return the statement, ready to execute
		 * @throws SQLException when PostgreSQL refuses
		 */
		public PreparedStatement prepare(Connection connection) throws SQLException {
			PreparedStatement ps = connection.prepareStatement(this.sql);
			try {
				for (Binding b : this.bindings) {
					b.method().invoke(ps, b.args());
				}
			}
			catch (ReflectiveOperationException ex) {
				ps.close();
				throw new SQLException("Could not bind " + this.bindings, ex);
			}
			return ps;
		}

		/** The SQL on one line with its parameters, for the report. */
		public String describe() {
			return this.sql.replaceAll("\\s+", " ").strip() + "  -- parameters: " + this.bindings.stream()
				.map(b -> b.args()[1] instanceof Object[] array ? Arrays.toString(array) : String.valueOf(b.args()[1]))
				.collect(Collectors.joining(", "));
		}

	}

}
