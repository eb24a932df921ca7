package io.bokjiflow.ui.designer;

import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import io.bokjiflow.designer.DesignerAuditEntry;
import io.bokjiflow.designer.DesignerResource;
import io.bokjiflow.designer.ModelChange;
import io.bokjiflow.designer.ProcessDesigner;
import io.bokjiflow.designer.internal.DesignerTestModels;
import io.bokjiflow.ui.KaribuTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The designer view against the real services: a process designer opens a process, sees
 * the server's validation errors in Korean, compares and deploys a new version with a
 * comment; caseworkers have neither the menu entry nor the view.
 */
class DesignerKaribuIT extends KaribuTest {

	@Autowired
	private RepositoryService repository;

	@Autowired
	private ProcessDesigner designer;

	private static Button button(String id) {
		return _get(Button.class, spec -> spec.withId(id));
	}

	private static String findings() {
		return _get(Div.class, spec -> spec.withId("designer-findings")).getElement().getTextRecursively();
	}

	@Test
	void shouldValidateCompareAndDeployFromTheView() {
		String key = "designer-ui-" + UUID.randomUUID().toString().substring(0, 8);
		String resourceName = "processes/test/" + key + ".bpmn";
		String original = DesignerTestModels.testProcess(key);
		this.repository.createDeployment().name("designer-ui-it").addString(resourceName, original).deploy();

		openUiAs("designer");
		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).contains("designer");
		UI.getCurrent().navigate(DesignerView.class);
		DesignerView view = _get(DesignerView.class);
		List<DesignerResource> rows = GridKt._findAll(view.resources);
		assertThat(rows).extracting(DesignerResource::resourceName)
			.contains(resourceName, "processes/support/toll-discount.bpmn", "forms/outreach.form",
					"processes/rules/toll-discount-eligibility.dmn");
		_setValue(_get(TextField.class, spec -> spec.withId("designer-filter")), key);
		assertThat(GridKt._findAll(view.resources)).extracting(DesignerResource::resourceName)
			.containsExactly(resourceName);
		view.resources.select(GridKt._get(view.resources, 0));
		assertThat(view.editor()).isInstanceOf(BpmnModeler.class);
		assertThat(view.editor().getContent()).isEqualTo(original);

		// The browser reports an edit with a generated id: the server refuses it in
		// Korean.
		view.editor().clientChanged(original.replace("review_task", "Activity_0x1y2z3"), "[]");
		_click(button("designer-validate"));
		assertThat(findings()).contains("[오류]").contains("Activity_0x1y2z3").contains("모델러가 자동으로 만든 ID");
		_setValue(_get(TextField.class, spec -> spec.withId("designer-comment")), "시험 변경");
		_click(button("designer-deploy"));
		assertThat(this.designer.resource(resourceName).version()).isEqualTo(1);

		// A proper edit: compare, then deploy.
		String renamed = original.replace("name=\"검토\"", "name=\"서류 검토\"");
		view.editor().clientChanged(renamed, "[]");
		_click(button("designer-diff"));
		List<ModelChange> changes = GridKt._findAll(view.changes);
		assertThat(changes).extracting(ModelChange::elementId).containsExactly("review_task");
		assertThat(view.textDiff.getText()).contains("+").contains("서류 검토");
		_click(button("designer-validate"));
		assertThat(findings()).contains("검증 통과");
		_click(button("designer-deploy"));
		assertThat(this.designer.resource(resourceName).version()).isEqualTo(2);
		List<DesignerAuditEntry> audit = GridKt._findAll(view.audit);
		assertThat(audit).first().satisfies(a -> {
			assertThat(a.resourceName()).isEqualTo(resourceName);
			assertThat(a.deployedBy()).isEqualTo("designer");
			assertThat(a.comment()).isEqualTo("시험 변경");
		});
	}

	@Test
	void shouldNotOpenForCaseworkers() {
		openUiAs("cw.gangnam");
		assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getPath).doesNotContain("designer");
		// The view's @RolesAllowed denies the navigation (Karibu reports Vaadin's access
		// check as an exception instead of the error view).
		assertThatThrownBy(() -> UI.getCurrent().navigate(DesignerView.class)).hasMessageContaining("Access is denied");
		assertThat(_find(DesignerView.class)).isEmpty();
	}

}
