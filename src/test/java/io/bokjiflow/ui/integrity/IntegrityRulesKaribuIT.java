package io.bokjiflow.ui.integrity;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;
import io.bokjiflow.integrity.DuplicateBenefitRules.Rule;
import io.bokjiflow.integrity.DuplicateBenefitRules.RuleSetVersion;
import io.bokjiflow.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate-benefit rules screen against the real rule service: an administrator
 * edits an effect and publishes a new version, which becomes current and is shown; a
 * caseworker reads only; an invalid edit and a publication without a reason show their
 * localised errors and keep what was typed.
 */
class IntegrityRulesKaribuIT extends KaribuTest {

	@Autowired
	private DuplicateBenefitRules rules;

	private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
		return _get(type, spec -> spec.withId(id));
	}

	/** A button of a row's actions cell (component cells are rendered on demand). */
	private static Button rowButton(IntegrityRulesView view, int row, String id) {
		var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(view.grid,
				row, "actions");
		return actions.getChildren()
			.filter(c -> id.equals(c.getId().orElse(null)))
			.map(Button.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private IntegrityRulesView open(String username) {
		openUiAs(username);
		UI.getCurrent().navigate(IntegrityRulesView.class);
		return _get(IntegrityRulesView.class);
	}

	@Test
	void shouldLetAnAdministratorEditAnEffectAndPublishAVersion() {
		List<Rule> original = this.rules.rules();
		int before = this.rules.currentVersion().version();
		IntegrityRulesView view = open("admin");
		assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("중복 수급 규칙");
		assertThat(GridKt._size(view.grid)).isEqualTo(original.size());
		assertThat(GridKt._getFormatted(view.grid, 0, "effect")).isEqualTo("중복 불가");
		try {
			_click(rowButton(view, 0, "rule-edit-1"));
			@SuppressWarnings("unchecked")
			ComboBox<Effect> effect = byId(ComboBox.class, "rule-effect");
			_setValue(effect, Effect.WARN);
			_click(byId(Button.class, "rule-ok"));
			assertThat(view.working().get(0).effect()).isEqualTo(Effect.WARN);
			assertThat(GridKt._getFormatted(view.grid, 0, "effect")).isEqualTo("경고");
			assertThat(view.changed.isVisible()).isTrue();
			assertThat(this.rules.currentVersion().version()).as("nothing is published yet").isEqualTo(before);

			_setValue(byId(TextField.class, "rules-publish-reason"), "test: pair 1 only warns");
			_click(byId(Button.class, "rules-publish"));

			RuleSetVersion current = this.rules.currentVersion();
			assertThat(current.version()).isEqualTo(before + 1);
			assertThat(current.publishedBy()).isEqualTo("admin");
			assertThat(this.rules.rules().get(0).effect()).isEqualTo(Effect.WARN);
			assertThat(this.rules.rules().subList(1, original.size())).isEqualTo(original.subList(1, original.size()));
			assertThat(byId(Span.class, "rules-current").getText()).startsWith("현재 버전 " + (before + 1) + " ")
				.endsWith("test: pair 1 only warns");
			assertThat(GridKt._get(view.versions, 0).version()).isEqualTo(before + 1);
			assertThat(GridKt._getFormatted(view.versions, 0, "publishedBy")).isEqualTo("admin");
			assertThat(GridKt._getFormatted(view.grid, 0, "effect")).isEqualTo("경고");
			assertThat(view.changed.isVisible()).isFalse();
		}
		finally {
			// other tests of this shared database expect the file's rules to be current
			this.rules.publish(original, "test: restore the file's rules");
		}
	}

	@Test
	void shouldShowTheRulesReadOnlyToACaseworker() {
		IntegrityRulesView view = open("cw.gangnam");
		assertThat(byId(Paragraph.class, "rules-read-only").getText()).contains("조회만");
		assertThat(GridKt._size(view.grid)).isEqualTo(this.rules.rules().size());
		assertThat(_find(Button.class, spec -> spec.withId("rules-publish"))).isEmpty();
		assertThat(_find(Button.class, spec -> spec.withId("rule-edit-1"))).isEmpty();
		assertThat(_find(Button.class, spec -> spec.withId("sweep-run-now"))).isEmpty();
		assertThat(view.grid.getColumnByKey("actions")).isNull();
		assertThat(GridKt._size(view.versions)).isEqualTo(this.rules.versions().size());
	}

	@Test
	void shouldShowTheErrorsOfAnInvalidEditAndKeepWhatWasTyped() {
		int before = this.rules.currentVersion().version();
		IntegrityRulesView view = open("admin");
		// pair 19 offsets by 300,000 won: the amount is removed
		_click(rowButton(view, 18, "rule-edit-19"));
		IntegerField amount = byId(IntegerField.class, "rule-amount");
		assertThat(amount.getValue()).isEqualTo(300_000);
		_setValue(amount, null);
		_setValue(byId(TextField.class, "rule-reference"), "");
		_click(byId(Button.class, "rule-ok"));
		assertThat(amount.isInvalid()).isTrue();
		assertThat(amount.getErrorMessage()).isEqualTo("정액 감액에는 0보다 큰 월 금액이 필요합니다.");
		assertThat(byId(TextField.class, "rule-reference").getErrorMessage()).isEqualTo("법적 근거 또는 출처를 적으세요.");
		assertThat(view.dialog.isOpened()).as("the dialog stays open with what was typed").isTrue();
		assertThat(amount.getValue()).isNull();
		assertThat(view.working().get(18).amountWon()).as("the working copy is unchanged").isEqualTo(300_000L);

		// a valid amount is applied; publishing without a reason is refused and keeps it
		_setValue(amount, 250_000);
		_setValue(byId(TextField.class, "rule-reference"), "북한이탈주민법 (test)");
		_click(byId(Button.class, "rule-ok"));
		assertThat(view.dialog.isOpened()).isFalse();
		assertThat(view.working().get(18).amountWon()).isEqualTo(250_000L);
		_click(byId(Button.class, "rules-publish"));
		TextField reason = byId(TextField.class, "rules-publish-reason");
		assertThat(reason.isInvalid()).isTrue();
		assertThat(reason.getErrorMessage()).isEqualTo("규칙 집합이 비어 있거나 번호가 중복되었거나 게시 사유가 없습니다.");
		assertThat(view.working().get(18).amountWon()).isEqualTo(250_000L);
		assertThat(this.rules.currentVersion().version()).isEqualTo(before);
	}

}
