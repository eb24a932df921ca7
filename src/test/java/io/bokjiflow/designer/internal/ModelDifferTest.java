package io.bokjiflow.designer.internal;

import io.bokjiflow.designer.ModelChange;
import io.bokjiflow.designer.ModelDiff;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designer's semantic diff by element id and its text diff.
 */
class ModelDifferTest {

	private static final String BEFORE = DesignerTestModels.testProcess("designer-diff-test");

	private final ModelDiffer differ = new ModelDiffer();

	@Test
	void shouldFindNothingInTheSameModel() {
		ModelDiff diff = this.differ.diff("t.bpmn", BEFORE, BEFORE);
		assertThat(diff.isEmpty()).isTrue();
	}

	@Test
	void shouldReportARenamedTaskAndAChangedAttribute() {
		String after = BEFORE.replace("name=\"검토\" camunda:candidateGroups=\"caseworkers\"",
				"name=\"서류 검토\" camunda:candidateGroups=\"supervisors\"");
		ModelDiff diff = this.differ.diff("t.bpmn", BEFORE, after);
		assertThat(diff.changes()).hasSize(1);
		ModelChange change = diff.changes().get(0);
		assertThat(change.kind()).isEqualTo(ModelChange.Kind.CHANGED);
		assertThat(change.elementId()).isEqualTo("review_task");
		assertThat(change.elementType()).isEqualTo("userTask");
		assertThat(change.name()).isEqualTo("서류 검토");
		assertThat(change.detail()).contains("name: 검토 → 서류 검토")
			.contains("camunda:candidateGroups: caseworkers → supervisors");
		assertThat(diff.unifiedDiff()).contains("-    <bpmn:userTask id=\"review_task\" name=\"검토\"")
			.contains("+    <bpmn:userTask id=\"review_task\" name=\"서류 검토\"");
	}

	@Test
	void shouldReportAddedAndRemovedElements() {
		String after = BEFORE
			.replace("<bpmn:endEvent id=\"end_test\" name=\"끝\">", "<bpmn:endEvent id=\"end_done\" name=\"완료\">")
			.replace("targetRef=\"end_test\"", "targetRef=\"end_done\"");
		ModelDiff diff = this.differ.diff("t.bpmn", BEFORE, after);
		assertThat(diff.changes()).extracting(ModelChange::kind, ModelChange::elementId)
			.contains(org.assertj.core.groups.Tuple.tuple(ModelChange.Kind.REMOVED, "end_test"),
					org.assertj.core.groups.Tuple.tuple(ModelChange.Kind.ADDED, "end_done"),
					org.assertj.core.groups.Tuple.tuple(ModelChange.Kind.CHANGED, "flow_to_end"));
	}

	@Test
	void shouldSummariseALayoutOnlyChange() {
		String after = BEFORE.replace("<dc:Bounds x=\"240\" y=\"80\"", "<dc:Bounds x=\"250\" y=\"90\"");
		ModelDiff diff = this.differ.diff("t.bpmn", BEFORE, after);
		assertThat(diff.changes()).extracting(ModelChange::elementId).containsExactly("diagram");
		assertThat(diff.unifiedDiff()).contains("x=\"250\"");
	}

	@Test
	void shouldCompareFormComponentsById() {
		String before = "{\"id\":\"f\",\"type\":\"default\",\"components\":[{\"id\":\"Field_a\",\"key\":\"a\",\"label\":\"가\",\"type\":\"textfield\"}]}";
		String after = "{\"id\":\"f\",\"type\":\"default\",\"components\":[{\"id\":\"Field_a\",\"key\":\"a\",\"label\":\"나\",\"type\":\"textfield\"},{\"id\":\"Field_b\",\"key\":\"b\",\"type\":\"checkbox\"}]}";
		ModelDiff diff = this.differ.diff("forms/f.form", before, after);
		assertThat(diff.changes()).extracting(ModelChange::kind, ModelChange::elementId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ModelChange.Kind.CHANGED, "Field_a"),
					org.assertj.core.groups.Tuple.tuple(ModelChange.Kind.ADDED, "Field_b"));
	}

}
