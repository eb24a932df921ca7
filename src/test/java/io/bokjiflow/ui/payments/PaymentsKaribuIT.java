package io.bokjiflow.ui.payments;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.bokjiflow.payments.PaymentDesk;
import io.bokjiflow.payments.PaymentOrderRequest;
import io.bokjiflow.payments.PaymentStatus;
import io.bokjiflow.payments.Payments;
import io.bokjiflow.registry.BankAccountKind;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payments desk as a caseworker of 강남구 uses it: orders by status, a cash pick-up, a
 * transfer file, a refused and an accepted result file, and a recovery order.
 */
class PaymentsKaribuIT extends KaribuTest {

	@Autowired
	private Payments payments;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void shouldWorkOrdersBatchesResultsAndRecoveries() {
		UUID cashOrder = this.payments.order(request(person(), 30_000));
		UUID bankOrder = this.payments.order(request(person(BankAccountKind.NORMAL), 40_000));
		String cashNo = orderNo(cashOrder);
		String bankNo = orderNo(bankOrder);

		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(PaymentsView.class);
		Grid<PaymentDesk.OrderView> orders = _get(Grid.class, spec -> spec.withId("payments-orders"));
		assertThat(orderNos(orders)).contains(cashNo, bankNo);

		// The cash pick-up, recorded from the row.
		int row = orderNos(orders).indexOf(cashNo);
		_click((Button) GridKt._getCellComponent(orders, row, "actions"));
		NotificationsKt.expectNotifications(cashNo + " 현금 수령을 기록했습니다.");
		assertThat(status(cashOrder)).isEqualTo("PAID");
		assertThat(orderNos(orders)).doesNotContain(cashNo);

		// The transfer file.
		_click(_get(Button.class, spec -> spec.withId("payments-create-batch")));
		assertThat(status(bankOrder)).isEqualTo("IN_BATCH");
		Grid<PaymentDesk.BatchView> batches = _get(Grid.class, spec -> spec.withId("payments-batches"));
		assertThat(GridKt._get(batches, 0).orderCount()).isPositive();
		NotificationsKt.clearNotifications();
		_click(_get(Button.class, spec -> spec.withId("payments-create-batch")));
		NotificationsKt.expectNotifications("이체 파일에 넣을 계좌 이체 지급이 없습니다.");

		// A refused result file lists its errors by line; an accepted one its summary.
		PaymentsView view = _get(PaymentsView.class);
		view.importFile(("order_no,result_code,message\n" + bankNo + ",0000,ok\nPAY-1,00,x\n")
			.getBytes(StandardCharsets.UTF_8));
		assertThat(_get(UnorderedList.class, spec -> spec.withId("payments-import-errors")).getElement()
			.getTextRecursively()).contains("3번째 줄: 지급 번호 형식이 아닙니다: PAY-1", "3번째 줄: 결과 코드는 4자리여야 합니다: 00");
		assertThat(status(bankOrder)).isEqualTo("IN_BATCH");
		view.importFile(("order_no,result_code,message\n" + bankNo + ",0000,ok\n").getBytes(StandardCharsets.UTF_8));
		assertThat(_get(Paragraph.class, spec -> spec.withId("payments-import-summary")).getText())
			.isEqualTo("1줄 처리: 지급 완료 1건, 실패 0건, 변경 없음 0건");
		assertThat(status(bankOrder)).isEqualTo("PAID");
		_setValue(_get(Select.class, spec -> spec.withId("payments-status")), PaymentStatus.PAID);
		assertThat(orderNos(orders)).contains(cashNo, bankNo);

		// A failed payment resolved from its row: retried to cash.
		UUID failing = this.payments.order(request(person(BankAccountKind.NORMAL), 20_000));
		String failingNo = orderNo(failing);
		_click(_get(Button.class, spec -> spec.withId("payments-create-batch")));
		view.importFile(
				("order_no,result_code,message\n" + failingNo + ",E101,계좌 해지\n").getBytes(StandardCharsets.UTF_8));
		_setValue(_get(Select.class, spec -> spec.withId("payments-status")), PaymentStatus.FAILED);
		int failedRow = orderNos(orders).indexOf(failingNo);
		com.vaadin.flow.component.orderedlayout.HorizontalLayout actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt
			._getCellComponent(orders, failedRow, "actions");
		_click(actions.getChildren()
			.map(Button.class::cast)
			.filter(b -> b.hasClassName("payments-retry-cash"))
			.findFirst()
			.orElseThrow());
		assertThat(this.jdbc.queryForMap("select status, route from pay_order where id = ?", failing))
			.containsEntry("status", "ORDERED")
			.containsEntry("route", "CASH_AT_CENTRE");
		assertThat(orderNos(orders)).doesNotContain(failingNo);
		_setValue(_get(Select.class, spec -> spec.withId("payments-status")), PaymentStatus.PAID);

		// A recovery order: refused above the paid amount, then ordered.
		_setValue(_get(TextField.class, spec -> spec.withId("recovery-order")), bankNo);
		_setValue(_get(IntegerField.class, spec -> spec.withId("recovery-amount")), 50_000);
		_setValue(_get(TextField.class, spec -> spec.withId("recovery-reason")), "소득 변동 미신고");
		NotificationsKt.clearNotifications();
		_click(_get(Button.class, spec -> spec.withId("recovery-create")));
		NotificationsKt.expectNotifications("환수 금액이 지급액을 넘습니다. 남은 한도: 40,000원");
		_setValue(_get(IntegerField.class, spec -> spec.withId("recovery-amount")), 15_000);
		_click(_get(Button.class, spec -> spec.withId("recovery-create")));
		NotificationsKt.expectNotifications(bankNo + "의 환수를 결정했습니다.");
		Grid<PaymentDesk.RecoveryView> recoveries = _get(Grid.class, spec -> spec.withId("payments-recoveries"));
		assertThat(GridKt._get(recoveries, 0).orderNo()).isEqualTo(bankNo);
		assertThat(GridKt._get(recoveries, 0).amountWon()).isEqualTo(15_000L);
	}

	private static List<String> orderNos(Grid<PaymentDesk.OrderView> grid) {
		return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(PaymentDesk.OrderView::orderNo).toList();
	}

	private PaymentOrderRequest request(UUID person, long amount) {
		return new PaymentOrderRequest("karibu:" + UUID.randomUUID(), "TEST_PROGRAM", person, amount, false, "11680",
				"PaymentsKaribuIT");
	}

	private UUID person(BankAccountKind... kinds) {
		Rrn rrn = Rrn.parse(newApplicantRrn());
		UUID id = UUID.randomUUID();
		List<RegistryBulkLoad.BankAccountRecord> accounts = java.util.Arrays.stream(kinds)
			.map(kind -> new RegistryBulkLoad.BankAccountRecord(UUID.randomUUID(), "088", "신한은행",
					"110-" + Math.abs(id.hashCode() % 1_000_000), kind, LocalDate.of(2021, 5, 1), null))
			.toList();
		RegistryBulkLoad.PersonRecord person = new RegistryBulkLoad.PersonRecord(id, rrn, "박지급", rrn.birthDate(), "F",
				"서울 강남구", "1168064000", LocalDate.of(2015, 1, 1), PersonStatus.ALIVE, List.of(), List.of(), accounts,
				List.of());
		this.transactions.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(person);
			this.bulkLoad.write(batch);
		});
		return id;
	}

	private String orderNo(UUID orderId) {
		return this.jdbc.queryForObject("select order_no from pay_order where id = ?", String.class, orderId);
	}

	private String status(UUID orderId) {
		return this.jdbc.queryForObject("select status from pay_order where id = ?", String.class, orderId);
	}

}
