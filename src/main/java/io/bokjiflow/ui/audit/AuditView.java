package io.bokjiflow.ui.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.designer.DesignerAuditEntry;
import io.bokjiflow.designer.ProcessDesigner;
import io.bokjiflow.identity.LoginAudit;
import io.bokjiflow.operations.ProcessOperations;
import io.bokjiflow.operations.ProcessOperations.BatchOperation;
import io.bokjiflow.registry.PersonDataAccessLog;
import io.bokjiflow.registry.PersonDataAccessLog.AccessRecord;
import io.bokjiflow.shared.AuditQuery;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The audit log (감사 기록) for auditors and administrators: reads of persons' full records
 * (person masked), sign-ins and failed or refused sign-ins, process deployments made in
 * the designer, and batch operations — each read from its module's audit API, filtered by
 * user, period and kind, loaded page by page.
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({ "AUDITOR", "ADMINISTRATOR" })
public class AuditView extends VerticalLayout implements HasDynamicTitle {

	static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

	/** Which log is listed. */
	enum Kind {

		PERSON_ACCESS, SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT, DEPLOYMENT, BATCH_OPERATION

	}

	/**
	 * One line of any log.
	 *
	 * @param at when
	 * @param who the acting user (or the username given at sign-in)
	 * @param subject what was touched: a masked person, a resource, an operation
	 * @param detail why or how
	 */
	record Row(Instant at, String who, String subject, String detail) {
	}

	private final PersonDataAccessLog accesses;

	private final LoginAudit logins;

	private final ProcessDesigner designer;

	private final ProcessOperations operations;

	final Select<Kind> kind = new Select<>();

	final TextField user = new TextField();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Grid<Row> grid = new Grid<>();

	final Span total = new Span();

	public AuditView(PersonDataAccessLog accesses, LoginAudit logins, ProcessDesigner designer,
			ProcessOperations operations) {
		this.accesses = accesses;
		this.logins = logins;
		this.designer = designer;
		this.operations = operations;
		addClassName("audit-view");
		setSizeFull();
		add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.hint")));

		this.kind.setId("audit-kind");
		this.kind.setLabel(getTranslation("audit.filter.kind"));
		this.kind.setItems(Kind.values());
		this.kind.setItemLabelGenerator(k -> getTranslation("audit.kind." + k.name()));
		this.kind.setValue(Kind.PERSON_ACCESS);
		this.user.setId("audit-user");
		this.user.setLabel(getTranslation("audit.filter.user"));
		this.user.setClearButtonVisible(true);
		this.user.setValueChangeMode(ValueChangeMode.LAZY);
		this.from.setId("audit-from");
		this.from.setLabel(getTranslation("audit.filter.from"));
		this.to.setId("audit-to");
		this.to.setLabel(getTranslation("audit.filter.to"));
		this.kind.addValueChangeListener(e -> refresh());
		this.user.addValueChangeListener(e -> refresh());
		this.from.addValueChangeListener(e -> refresh());
		this.to.addValueChangeListener(e -> refresh());
		this.total.setId("audit-total");
		HorizontalLayout filters = new HorizontalLayout(this.kind, this.user, this.from, this.to, this.total);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		add(filters);

		this.grid.setId("audit-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setPageSize(50);
		this.grid.addColumn(r -> TIME.format(r.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true);
		this.grid.addColumn(Row::who).setHeader(getTranslation("audit.col.who")).setAutoWidth(true);
		this.grid.addColumn(Row::subject).setHeader(getTranslation("audit.col.subject")).setAutoWidth(true);
		this.grid.addColumn(Row::detail).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
		this.grid.setSizeFull();
		add(this.grid);
		refresh();
	}

	/** Lists the chosen log again from its first page. */
	void refresh() {
		Kind chosen = this.kind.getValue() == null ? Kind.PERSON_ACCESS : this.kind.getValue();
		AuditQuery query = query();
		long count = count(chosen, query);
		this.total.setText(getTranslation("audit.total", count));
		this.grid.setItems(q -> fetch(chosen, query, q.getOffset(), q.getLimit()).stream(),
				q -> (int) Math.min(Integer.MAX_VALUE, count(chosen, query)));
	}

	AuditQuery query() {
		String who = this.user.getValue() == null || this.user.getValue().isBlank() ? null : this.user.getValue();
		return new AuditQuery(who, start(this.from.getValue()),
				this.to.getValue() == null ? null : start(this.to.getValue().plusDays(1)));
	}

	private static Instant start(LocalDate day) {
		return day == null ? null : day.atStartOfDay(ZONE).toInstant();
	}

	private long count(Kind chosen, AuditQuery query) {
		return switch (chosen) {
			case PERSON_ACCESS -> this.accesses.count(query);
			case SIGN_IN -> this.logins.count(query, LoginAudit.Kind.SIGNED_IN);
			case SIGN_IN_FAILED -> this.logins.count(query, LoginAudit.Kind.FAILED);
			case LOCKED_OUT -> this.logins.count(query, LoginAudit.Kind.LOCKED_OUT);
			case DEPLOYMENT -> this.designer.auditCount(query);
			case BATCH_OPERATION -> this.operations.operationsLogCount(query);
		};
	}

	List<Row> fetch(Kind chosen, AuditQuery query, int offset, int limit) {
		return switch (chosen) {
			case PERSON_ACCESS -> this.accesses.log(query, offset, limit).stream().map(this::row).toList();
			case SIGN_IN -> logins(query, LoginAudit.Kind.SIGNED_IN, offset, limit);
			case SIGN_IN_FAILED -> logins(query, LoginAudit.Kind.FAILED, offset, limit);
			case LOCKED_OUT -> logins(query, LoginAudit.Kind.LOCKED_OUT, offset, limit);
			case DEPLOYMENT -> this.designer.auditLog(query, offset, limit).stream().map(this::row).toList();
			case BATCH_OPERATION ->
				this.operations.operationsLog(query, offset, limit).stream().map(this::row).toList();
		};
	}

	private List<Row> logins(AuditQuery query, LoginAudit.Kind kind, int offset, int limit) {
		return this.logins.events(query, kind, offset, limit)
			.stream()
			.map(e -> new Row(e.occurredAt(), e.username(), getTranslation("audit.channel." + e.channel().name()),
					e.remoteAddress() == null ? "" : e.remoteAddress()))
			.toList();
	}

	private Row row(AccessRecord a) {
		return new Row(a.accessedAt(), a.accessedBy(), a.maskedName() + " (" + a.maskedRrn() + ")", a.purpose());
	}

	private Row row(DesignerAuditEntry d) {
		String versions = Stream
			.of(d.previousVersion() == null ? "-" : "v" + d.previousVersion(),
					d.newVersion() == null ? "-" : "v" + d.newVersion())
			.reduce((a, b) -> a + " → " + b)
			.orElse("");
		return new Row(d.deployedAt(), d.deployedBy(), d.resourceName() + " (" + versions + ")", d.comment());
	}

	private Row row(BatchOperation op) {
		return new Row(
				op.createdAt(), op.performedBy(), getTranslation("audit.operation",
						getTranslation("processes.kind." + op.kind().name()), op.instances(), op.definitionId()),
				op.reason());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title") + " · BokjiFlow";
	}

}
