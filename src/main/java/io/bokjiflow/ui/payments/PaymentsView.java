package io.bokjiflow.ui.payments;

import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.payments.PaymentDesk;
import io.bokjiflow.payments.PaymentDesk.BatchView;
import io.bokjiflow.payments.PaymentDesk.ImportSummary;
import io.bokjiflow.payments.PaymentDesk.OrderView;
import io.bokjiflow.payments.PaymentDesk.RecoveryView;
import io.bokjiflow.payments.PaymentRoute;
import io.bokjiflow.payments.PaymentStatus;
import io.bokjiflow.payments.Payments;
import io.bokjiflow.payments.ResultFileRejectedException;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The payments desk of a 시·군·구 (지급 관리): orders by status, a bank transfer batch and its
 * file, the import of the bank's result file, cash pick-ups and recovery (환수) orders.
 */
@Route(value = "payments", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR" })
public class PaymentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	/** The largest result file read (a bank file of 100,000 lines is far below it). */
	static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

	private final PaymentDesk desk;

	private final Payments payments;

	private final CurrentUser user;

	final Select<PaymentStatus> status = new Select<>();

	final Grid<OrderView> orders = new Grid<>();

	final Grid<BatchView> batches = new Grid<>();

	final Div importResult = new Div();

	final Grid<RecoveryView> recoveries = new Grid<>();

	final TextField recoveryOrder = new TextField();

	final IntegerField recoveryAmount = new IntegerField();

	final TextField recoveryReason = new TextField();

	public PaymentsView(PaymentDesk desk, Payments payments, Identity identity) {
		this.desk = desk;
		this.payments = payments;
		this.user = identity.currentUser();
		addClassName("payments-view");

		this.status.setId("payments-status");
		this.status.setLabel(getTranslation("payments.status"));
		this.status.setItems(PaymentStatus.values());
		this.status.setItemLabelGenerator(s -> getTranslation("payments.status." + s.name()));
		this.status.setValue(PaymentStatus.ORDERED);
		this.status.addValueChangeListener(e -> refreshOrders());

		this.orders.setId("payments-orders");
		this.orders.addColumn(OrderView::orderNo).setHeader(getTranslation("payments.col.order")).setAutoWidth(true);
		this.orders.addColumn(OrderView::programCode)
			.setHeader(getTranslation("payments.col.program"))
			.setAutoWidth(true);
		this.orders.addColumn(o -> won(o.amountWon())).setHeader(getTranslation("payments.col.amount"));
		this.orders.addColumn(o -> o.route() == null ? "" : getTranslation("payments.route." + o.route().name()))
			.setHeader(getTranslation("payments.col.route"))
			.setAutoWidth(true);
		this.orders.addColumn(o -> o.reference() == null ? "" : o.reference())
			.setHeader(getTranslation("payments.col.reference"))
			.setAutoWidth(true);
		this.orders
			.addColumn(o -> o.resultCode() == null ? ""
					: o.resultCode() + (o.resultMessage() == null ? "" : " " + o.resultMessage()))
			.setHeader(getTranslation("payments.col.result"));
		this.orders.addComponentColumn(this::orderAction)
			.setHeader(getTranslation("tasks.col.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		this.orders.setEmptyStateText(getTranslation("payments.none"));
		this.orders.setAllRowsVisible(true);

		Button createBatch = new Button(getTranslation("payments.createBatch"), e -> createBatch());
		createBatch.setId("payments-create-batch");
		createBatch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.batches.setId("payments-batches");
		this.batches.addColumn(BatchView::batchNo).setHeader(getTranslation("payments.col.batch")).setAutoWidth(true);
		this.batches.addColumn(BatchView::orderCount).setHeader(getTranslation("payments.col.count"));
		this.batches.addColumn(b -> won(b.totalWon())).setHeader(getTranslation("payments.col.total"));
		this.batches.addColumn(BatchView::createdBy).setHeader(getTranslation("payments.col.createdBy"));
		this.batches.addComponentColumn(b -> {
			Anchor file = new Anchor("api/payments/batches/" + b.id() + "/file", getTranslation("payments.download"));
			file.getElement().setAttribute("router-ignore", true);
			file.getElement().setAttribute("download", b.batchNo() + ".csv");
			file.addClassName("payments-download");
			return file;
		}).setHeader(getTranslation("payments.col.file")).setKey("file");
		this.batches.setEmptyStateText(getTranslation("payments.noBatches"));
		this.batches.setAllRowsVisible(true);

		Upload upload = new Upload((UploadHandler) this::receive);
		upload.setId("payments-upload");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(MAX_FILE_BYTES);
		upload.setAcceptedFileTypes("text/csv", ".csv");
		this.importResult.setId("payments-import-result");

		this.recoveryOrder.setId("recovery-order");
		this.recoveryOrder.setLabel(getTranslation("payments.recovery.order"));
		this.recoveryOrder.setPlaceholder("PAY-0000000001");
		this.recoveryAmount.setId("recovery-amount");
		this.recoveryAmount.setLabel(getTranslation("payments.recovery.amount"));
		this.recoveryAmount.setMin(1);
		this.recoveryReason.setId("recovery-reason");
		this.recoveryReason.setLabel(getTranslation("payments.recovery.reason"));
		this.recoveryReason.setMaxLength(500);
		Button recover = new Button(getTranslation("payments.recovery.create"), e -> createRecovery());
		recover.setId("recovery-create");
		HorizontalLayout recoveryForm = new HorizontalLayout(this.recoveryOrder, this.recoveryAmount,
				this.recoveryReason, recover);
		recoveryForm.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		this.recoveries.setId("payments-recoveries");
		this.recoveries.addColumn(RecoveryView::orderNo).setHeader(getTranslation("payments.col.order"));
		this.recoveries.addColumn(r -> won(r.amountWon())).setHeader(getTranslation("payments.col.amount"));
		this.recoveries.addColumn(RecoveryView::reason).setHeader(getTranslation("payments.recovery.reason"));
		this.recoveries.addColumn(r -> getTranslation("payments.recovery.status." + r.status().name()))
			.setHeader(getTranslation("payments.col.status"));
		this.recoveries.setEmptyStateText(getTranslation("payments.recovery.none"));
		this.recoveries.setAllRowsVisible(true);

		add(new H2(getTranslation("payments.title")), new Paragraph(getTranslation("payments.intro")), this.status,
				this.orders, new H3(getTranslation("payments.batches")),
				new Paragraph(getTranslation("payments.batchesIntro")), createBatch, this.batches,
				new H3(getTranslation("payments.import")), new Paragraph(getTranslation("payments.importIntro")),
				upload, this.importResult, new H3(getTranslation("payments.recoveries")), recoveryForm,
				this.recoveries);
		// Payments belong to a 시·군·구: a user without one (the ministry's administrator)
		// is
		// sent to the access-denied page by beforeEnter instead of failing here.
		if (this.user.sigunguCode() != null) {
			refreshOrders();
			this.batches.setItems(desk.batches());
			this.recoveries.setItems(desk.recoveries());
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (this.user.sigunguCode() == null) {
			event.rerouteToError(AccessDeniedException.class);
		}
	}

	private com.vaadin.flow.component.Component orderAction(OrderView order) {
		if (order.status() == PaymentStatus.ORDERED && order.route() == PaymentRoute.CASH_AT_CENTRE) {
			Button cash = new Button(getTranslation("payments.cashPickedUp"), e -> recordCash(order));
			cash.addThemeVariants(ButtonVariant.LUMO_SMALL);
			cash.addClassName("payments-cash");
			return cash;
		}
		if (order.status() == PaymentStatus.FAILED) {
			Button retry = new Button(getTranslation("payments.resolve.retry"),
					e -> resolve(order, "RETRY_ACCOUNT", null));
			retry.addClassName("payments-retry");
			Button cash = new Button(getTranslation("payments.resolve.cash"), e -> resolve(order, "CASH", null));
			cash.addClassName("payments-retry-cash");
			Button cancel = new Button(getTranslation("payments.resolve.cancel"), e -> askCancel(order));
			cancel.addClassName("payments-cancel");
			cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
			HorizontalLayout actions = new HorizontalLayout(retry, cash, cancel);
			actions.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
			return actions;
		}
		return new Div();
	}

	private void askCancel(OrderView order) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("payments.resolve.cancel") + " · " + order.orderNo());
		TextArea reason = new TextArea(getTranslation("payments.resolve.cancelReason"));
		reason.setId("payments-cancel-reason");
		reason.setMaxLength(500);
		reason.setWidthFull();
		Button confirm = new Button(getTranslation("payments.resolve.cancel"), e -> {
			if (resolve(order, "CANCEL", reason.getValue())) {
				dialog.close();
			}
		});
		confirm.setId("payments-cancel-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		dialog.add(reason);
		dialog.getFooter().add(confirm);
		dialog.open();
	}

	/** Resolves a failed payment as its task's form would; false when it was refused. */
	boolean resolve(OrderView order, String resolution, String cancelReason) {
		try {
			this.desk.resolveFailure(order.id(), resolution, cancelReason);
			success(getTranslation("payments.resolve.done", order.orderNo()));
			refreshOrders();
			return true;
		}
		catch (UserFacingException ex) {
			error(ex);
			return false;
		}
	}

	void recordCash(OrderView order) {
		try {
			this.desk.recordCashPickup(order.id());
			success(getTranslation("payments.cashRecorded", order.orderNo()));
			refreshOrders();
		}
		catch (UserFacingException ex) {
			error(ex);
		}
	}

	void createBatch() {
		try {
			BatchView batch = this.desk.createBatch(this.user.sigunguCode());
			success(getTranslation("payments.batchCreated", batch.batchNo(), batch.orderCount(),
					won(batch.totalWon())));
			this.batches.setItems(this.desk.batches());
			refreshOrders();
		}
		catch (UserFacingException ex) {
			error(ex);
		}
	}

	private void receive(UploadEvent event) throws IOException {
		UI ui = event.getUI();
		byte[] content;
		try (InputStream in = event.getInputStream()) {
			content = in.readNBytes(MAX_FILE_BYTES);
		}
		ui.access(() -> importFile(content));
	}

	/**
	 * Imports a result file and shows its summary or, when refused, every error by line.
	 */
	void importFile(byte[] content) {
		this.importResult.removeAll();
		try {
			ImportSummary summary = this.desk.importResults(content);
			Paragraph text = new Paragraph(getTranslation("payments.imported", summary.lines(), summary.paid(),
					summary.failed(), summary.unchanged()));
			text.setId("payments-import-summary");
			this.importResult.add(text);
			refreshOrders();
		}
		catch (ResultFileRejectedException ex) {
			UnorderedList errors = new UnorderedList();
			errors.setId("payments-import-errors");
			ex.errors()
				.forEach(e -> errors.add(new ListItem(getTranslation("payments.import.line", e.line(),
						getTranslation(e.messageKey(), e.detail() == null ? "" : e.detail())))));
			this.importResult.add(new Paragraph(getTranslation(ex.messageKey(), ex.args())), errors);
		}
		catch (UserFacingException ex) {
			error(ex);
		}
	}

	void createRecovery() {
		try {
			OrderView order = this.desk.order(this.recoveryOrder.getValue())
				.orElseThrow(() -> new UserFacingException("payments.error.noOrder"));
			Integer amount = this.recoveryAmount.getValue();
			this.payments.recover(order.id(), amount == null ? 0 : amount, this.recoveryReason.getValue());
			success(getTranslation("payments.recovery.created", order.orderNo()));
			this.recoveryOrder.clear();
			this.recoveryAmount.clear();
			this.recoveryReason.clear();
			this.recoveries.setItems(this.desk.recoveries());
		}
		catch (UserFacingException ex) {
			error(ex);
		}
	}

	private void refreshOrders() {
		this.orders.setItems(this.desk.orders(this.status.getValue(), 200));
	}

	private String won(long amount) {
		return NumberFormat.getIntegerInstance(Locale.KOREA).format(amount) + getTranslation("payments.won");
	}

	private void success(String message) {
		Notification.show(message, 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	private void error(UserFacingException ex) {
		Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("payments.title") + " · BokjiFlow";
	}

}
