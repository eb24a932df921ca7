package io.bokjiflow.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends {@link CopyRows} to PostgreSQL with {@code COPY ... FROM STDIN} over the
 * connection of the caller's transaction, the fastest way to load many rows.
 */
public final class PostgresCopy {

	private PostgresCopy() {
	}

	/**
	 * Copies the rows into their table, in the current transaction.
	 * @param dataSource the data source whose transaction-bound connection to use
	 * @param rows the encoded rows
	 * @return the number of rows PostgreSQL reports as copied
	 * @throws IllegalTransactionStateException when no transaction is active
	 * @throws org.springframework.dao.DataAccessException when PostgreSQL refuses the
	 * rows; the message carries the SQL state and the server's primary message only,
	 * never row data
	 */
	public static long copy(DataSource dataSource, CopyRows rows) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalTransactionStateException("COPY into " + rows.table() + " needs a transaction");
		}
		if (rows.rows() == 0) {
			return 0;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(rows.copySql());
			try {
				copy.writeToCopy(rows.buffer(), 0, rows.size());
				return copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		}
		catch (SQLException ex) {
			throw translate(rows.table(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Copies several tables' rows, in list order (parents before children), in the
	 * current transaction.
	 * @param dataSource the data source whose transaction-bound connection to use
	 * @param tables the encoded rows of each table
	 * @return the number of rows copied
	 */
	public static long copy(DataSource dataSource, List<CopyRows> tables) {
		long copied = 0;
		for (CopyRows rows : tables) {
			copied += copy(dataSource, rows);
		}
		return copied;
	}

	private static RuntimeException translate(String table, SQLException ex) {
		// The server's detail and context lines may quote row values (names, hashes):
		// keep
		// only the primary message and the SQL state.
		String primary = (ex instanceof PSQLException psql && psql.getServerErrorMessage() != null)
				? psql.getServerErrorMessage().getMessage() : ex.getClass().getSimpleName();
		String message = "COPY into " + table + " failed: SQLState " + ex.getSQLState() + ", " + primary;
		String state = ex.getSQLState();
		if (state != null && state.startsWith("23")) {
			return new DataIntegrityViolationException(message);
		}
		return new DataAccessResourceFailureException(message);
	}

}
