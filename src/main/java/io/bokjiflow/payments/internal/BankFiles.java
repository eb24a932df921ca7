package io.bokjiflow.payments.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.bokjiflow.payments.ResultFileRejectedException;
import io.bokjiflow.payments.ResultFileRejectedException.LineError;

/**
 * The two files exchanged with the bank (docs/bank-file-layout.md, an assumption: no bank
 * publishes its format): the transfer file we send and the result file we get back, both
 * UTF-8 CSV with a header line, written and read with Jackson's CSV module.
 */
final class BankFiles {

	/** The result code of a completed transfer (assumption; every other code failed). */
	static final String PAID_CODE = "0000";

	static final List<String> RESULT_HEADER = List.of("order_no", "result_code", "message");

	private static final Pattern ORDER_NO = Pattern.compile("PAY-\\d{10}");

	private static final Pattern RESULT_CODE = Pattern.compile("[0-9A-Z]{4}");

	private static final int MAX_MESSAGE = 200;

	private static final int MAX_LINES = 100_000;

	private static final CsvMapper CSV = new CsvMapper();

	private BankFiles() {
	}

	/**
	 * One line of the transfer file.
	 *
	 * @param payerAgencyCode the paying agency's code (the 시·군·구 code; a
	 * seizure-protected account accepts only deposits carrying one)
	 * @param bankCode three-digit bank code
	 * @param accountNumber the clear account number
	 * @param accountKind NORMAL or SEIZURE_PROTECTED
	 * @param holderName the account holder's name
	 * @param amountWon the amount in won
	 * @param orderNo the order number, echoed in the result file
	 * @param memo what the recipient's statement shows
	 */
	@JsonPropertyOrder({ "payer_agency_code", "bank_code", "account_number", "account_kind", "holder_name",
			"amount_won", "order_no", "memo" })
	record TransferLine(@com.fasterxml.jackson.annotation.JsonProperty("payer_agency_code") String payerAgencyCode,
			@com.fasterxml.jackson.annotation.JsonProperty("bank_code") String bankCode,
			@com.fasterxml.jackson.annotation.JsonProperty("account_number") String accountNumber,
			@com.fasterxml.jackson.annotation.JsonProperty("account_kind") String accountKind,
			@com.fasterxml.jackson.annotation.JsonProperty("holder_name") String holderName,
			@com.fasterxml.jackson.annotation.JsonProperty("amount_won") long amountWon,
			@com.fasterxml.jackson.annotation.JsonProperty("order_no") String orderNo,
			@com.fasterxml.jackson.annotation.JsonProperty("memo") String memo) {

		@Override
		public String toString() {
			return "TransferLine[" + this.orderNo + "]";
		}

	}

	/**
	 * One line of the result file.
	 *
	 * @param line its line number (1 = header)
	 * @param orderNo the order
	 * @param resultCode {@value #PAID_CODE} for paid, anything else failed
	 * @param message the bank's message
	 */
	record ResultLine(int line, String orderNo, String resultCode, String message) {

		boolean paid() {
			return PAID_CODE.equals(this.resultCode);
		}

	}

	static byte[] writeTransfers(List<TransferLine> lines) {
		CsvSchema schema = CSV.schemaFor(TransferLine.class).withHeader().withLineSeparator("\r\n");
		try {
			return CSV.writer(schema).writeValueAsBytes(lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a result file, or refuses it with every problem found and its line.
	 * @param content the file
	 * @return its data lines
	 * @throws ResultFileRejectedException when anything is wrong
	 */
	static List<ResultLine> readResults(byte[] content) {
		Parsed parsed = parseResults(content);
		if (!parsed.errors().isEmpty()) {
			throw new ResultFileRejectedException(parsed.errors());
		}
		return parsed.lines();
	}

	/**
	 * A result file read as far as it goes: its lines whose order number looks right, and
	 * the problems found, by line.
	 */
	record Parsed(List<ResultLine> lines, List<LineError> errors) {
	}

	/**
	 * Reads a result file and collects every problem instead of stopping at the first.
	 * @param content the file
	 * @return the lines and the problems
	 */
	static Parsed parseResults(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new Parsed(List.of(), List.of(new LineError(1, "payments.import.error.encoding", null)));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<LineError> errors = new ArrayList<>();
		List<ResultLine> lines = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
			.with(CsvParser.Feature.WRAP_AS_ARRAY)
			.readValues(text)) {
			boolean header = true;
			while (true) {
				int line;
				List<String> row;
				try {
					if (!rows.hasNextValue()) {
						break;
					}
					row = rows.nextValue();
					// The row's closing token sits on the row's (last) line.
					line = rows.getParser().currentTokenLocation().getLineNr();
				}
				catch (RuntimeException | IOException ex) {
					int at = rows.getParser().currentLocation().getLineNr();
					errors.add(new LineError(at, "payments.import.error.syntax", null));
					break;
				}
				if (header) {
					header = false;
					if (!RESULT_HEADER.equals(row.stream().map(String::strip).toList())) {
						errors
							.add(new LineError(line, "payments.import.error.header", String.join(",", RESULT_HEADER)));
						break;
					}
					continue;
				}
				if (row.size() == 1 && row.get(0).isBlank()) {
					continue; // an empty line (e.g. at the end)
				}
				if (lines.size() + errors.size() >= MAX_LINES) {
					errors.add(new LineError(line, "payments.import.error.tooLong", String.valueOf(MAX_LINES)));
					break;
				}
				if (row.size() != RESULT_HEADER.size()) {
					errors.add(new LineError(line, "payments.import.error.columns", String.valueOf(row.size())));
					continue;
				}
				String orderNo = row.get(0).strip();
				String code = row.get(1).strip();
				String message = row.get(2).strip();
				boolean wellFormed = ORDER_NO.matcher(orderNo).matches();
				if (!wellFormed) {
					errors.add(new LineError(line, "payments.import.error.orderNo", abbreviate(orderNo)));
				}
				else if (!seen.add(orderNo)) {
					errors.add(new LineError(line, "payments.import.error.duplicate", orderNo));
					wellFormed = false;
				}
				if (!RESULT_CODE.matcher(code).matches()) {
					errors.add(new LineError(line, "payments.import.error.resultCode", abbreviate(code)));
				}
				if (message.length() > MAX_MESSAGE) {
					errors.add(new LineError(line, "payments.import.error.message", String.valueOf(MAX_MESSAGE)));
				}
				if (wellFormed) {
					lines.add(new ResultLine(line, orderNo, code, message));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (errors.isEmpty() && lines.isEmpty()) {
			errors.add(new LineError(1, "payments.import.error.empty", null));
		}
		return new Parsed(List.copyOf(lines), List.copyOf(errors));
	}

	private static String abbreviate(String value) {
		return value.length() <= 20 ? value : value.substring(0, 20) + "…";
	}

}
