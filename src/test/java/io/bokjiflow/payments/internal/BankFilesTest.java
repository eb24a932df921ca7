package io.bokjiflow.payments.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.bokjiflow.payments.ResultFileRejectedException;
import io.bokjiflow.payments.ResultFileRejectedException.LineError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The bank files of docs/bank-file-layout.md: what we write, and what we accept back.
 */
class BankFilesTest {

	@Test
	void shouldWriteTheTransferFileWithAHeaderAndQuotedText() {
		byte[] file = BankFiles.writeTransfers(List.of(
				new BankFiles.TransferLine("11680", "004", "123-456-789012", "NORMAL", "김민수", 100_000, "PAY-0000000001",
						"복지급여 TRAVEL_VOUCHER"),
				new BankFiles.TransferLine("11680", "011", "302-1234-5678-91", "SEIZURE_PROTECTED", "이, 영희", 5,
						"PAY-0000000002", "memo")));

		assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("""
				payer_agency_code,bank_code,account_number,account_kind,holder_name,amount_won,order_no,memo\r
				11680,004,123-456-789012,NORMAL,김민수,100000,PAY-0000000001,"복지급여 TRAVEL_VOUCHER"\r
				11680,011,302-1234-5678-91,SEIZURE_PROTECTED,"이, 영희",5,PAY-0000000002,memo\r
				""");
	}

	@Test
	void shouldReadAResultFileWithItsLineNumbers() {
		String file = "\uFEFForder_no,result_code,message\n" + "PAY-0000000001,0000,정상 처리\n"
				+ "PAY-0000000002,E101,\"계좌 없음, 해지\"\n" + "\n";

		List<BankFiles.ResultLine> lines = BankFiles.readResults(file.getBytes(StandardCharsets.UTF_8));

		assertThat(lines).containsExactly(new BankFiles.ResultLine(2, "PAY-0000000001", "0000", "정상 처리"),
				new BankFiles.ResultLine(3, "PAY-0000000002", "E101", "계좌 없음, 해지"));
		assertThat(lines.get(0).paid()).isTrue();
		assertThat(lines.get(1).paid()).isFalse();
	}

	@Test
	void shouldRefuseAMalformedFileWithEveryProblemAndItsLine() {
		String file = "order_no,result_code,message\n" + "PAY-0000000001,0000,ok\n" + "PAY-12,0000,ok\n"
				+ "PAY-0000000003,00,ok\n" + "PAY-0000000001,0000,again\n" + "PAY-0000000004,0000\n";

		ResultFileRejectedException ex = catchThrowableOfType(ResultFileRejectedException.class,
				() -> BankFiles.readResults(file.getBytes(StandardCharsets.UTF_8)));

		assertThat(ex.errors()).containsExactly(new LineError(3, "payments.import.error.orderNo", "PAY-12"),
				new LineError(4, "payments.import.error.resultCode", "00"),
				new LineError(5, "payments.import.error.duplicate", "PAY-0000000001"),
				new LineError(6, "payments.import.error.columns", "2"));
	}

	@Test
	void shouldRefuseAWrongHeaderAnEmptyFileAndAnotherEncoding() {
		assertThat(errorsOf("id,code,message\nPAY-0000000001,0000,ok\n".getBytes(StandardCharsets.UTF_8)))
			.extracting(LineError::line, LineError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "payments.import.error.header"));
		assertThat(errorsOf("order_no,result_code,message\n".getBytes(StandardCharsets.UTF_8)))
			.extracting(LineError::messageKey)
			.containsExactly("payments.import.error.empty");
		assertThat(errorsOf("order_no,result_code,message\nPAY-0000000001,0000,정상\n"
			.getBytes(java.nio.charset.Charset.forName("EUC-KR")))).extracting(LineError::messageKey)
			.containsExactly("payments.import.error.encoding");
		assertThat(errorsOf(
				"order_no,result_code,message\nPAY-0000000001,0000,\"open quote\n".getBytes(StandardCharsets.UTF_8)))
			.extracting(LineError::messageKey)
			.containsExactly("payments.import.error.syntax");
	}

	private static List<LineError> errorsOf(byte[] file) {
		return catchThrowableOfType(ResultFileRejectedException.class, () -> BankFiles.readResults(file)).errors();
	}

}
