package io.bokjiflow.catalog.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.Program;

/**
 * Writes the first version of {@code processes/support/<key>.bpmn} for every linked
 * program of the catalogue, from one shape: intake → investigation → eligibility →
 * decision → (approved: the program's own steps) → notice, with the decision-deadline
 * escalation as a non-interrupting timer event subprocess. A developer tool, not part of
 * the build: the files are the source of truth once written (process designers edit
 * them), so it never overwrites a file unless asked with {@code --force}. After a forced
 * run, {@code python3 docs/scripts/add-life-event-subprocesses.py} adds the
 * resident-register event subprocesses again (LinkedProgramProcessesTest fails without
 * them).
 *
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.bokjiflow.catalog.internal.SupportProcessGenerator -Dexec.args=--force}
 */
public final class SupportProcessGenerator {

	private static final int Y = 80;

	private final StringBuilder flowNodes = new StringBuilder();

	private final StringBuilder flows = new StringBuilder();

	private final StringBuilder shapes = new StringBuilder();

	private final StringBuilder edges = new StringBuilder();

	private String key;

	private SupportProcessGenerator() {
	}

	public static void main(String[] args) throws IOException {
		boolean force = List.of(args).contains("--force");
		Path dir = Path.of("processes", "support");
		for (Program program : new YamlProgramCatalog().programs().stream().filter(Program::linked).toList()) {
			Path file = dir.resolve(key(program) + ".bpmn");
			if (Files.exists(file) && !force) {
				System.out.println("kept " + file);
				continue;
			}
			Files.writeString(file, new SupportProcessGenerator().write(program), StandardCharsets.UTF_8);
			System.out.println("wrote " + file);
		}
	}

	/** The process key of a program: its code in kebab case. */
	public static String key(Program program) {
		return program.code().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The steps a program runs after an approval, before the notice. */
	public static List<String[]> approvedSteps(Program program) {
		List<String[]> steps = new ArrayList<>();
		if (program.benefitKind() == BenefitKind.HOUSING) {
			steps.add(new String[] { "service_register_waiting_list", "대기자 순위 등록&#10;(register on waiting list)",
					"serviceTask", "registerWaitingListDelegate" });
		}
		if ("CHILD_CARE_SERVICE".equals(program.code())) {
			steps.add(new String[] { "service_record_government_share", "정부지원 비율 기록&#10;(record government share)",
					"serviceTask", "recordGovernmentShareDelegate" });
		}
		if (program.benefitKind() == BenefitKind.CASH || program.benefitKind() == BenefitKind.VOUCHER) {
			steps
				.add(new String[] { "call_payment", "지급 요청&#10;(payment hand-off)", "callActivity", "common-payment" });
		}
		return steps;
	}

	private String write(Program program) {
		String key = key(program);
		this.key = key;
		int x = 240;
		node("call_intake", "접수&#10;(intake)", "callActivity", "common-intake", x, "flow_to_intake",
				"flow_to_investigation");
		x += 160;
		node("call_investigation", "조사&#10;(investigation)", "callActivity", "common-investigation", x,
				"flow_to_investigation", "flow_to_eligibility");
		x += 160;
		node("call_eligibility", "자격 판정&#10;(eligibility)", "callActivity", "common-eligibility", x,
				"flow_to_eligibility", "flow_to_decision");
		x += 160;
		node("call_decision", "결정&#10;(decision)", "callActivity", "common-decision", x, "flow_to_decision",
				"flow_after_decision");
		flowPlain("flow_to_intake", "start_application_registered", "call_intake", 188, 240);
		flowPlain("flow_to_investigation", "call_intake", "call_investigation", 340, 400);
		flowPlain("flow_to_eligibility", "call_investigation", "call_eligibility", 500, 560);
		flowPlain("flow_to_decision", "call_eligibility", "call_decision", 660, 720);
		List<String[]> steps = approvedSteps(program);
		x += 160;
		String noticeIncoming;
		if (steps.isEmpty()) {
			noticeIncoming = "flow_after_decision";
			flowPlain("flow_after_decision", "call_decision", "call_notice", x - 60, x);
		}
		else {
			int gx = x - 15;
			this.flowNodes
				.append("""
						    <bpmn:exclusiveGateway id="gateway_approved" name="승인?&#10;(approved?)" default="flow_not_approved">
						      <bpmn:incoming>flow_after_decision</bpmn:incoming>
						      <bpmn:outgoing>flow_approved</bpmn:outgoing>
						      <bpmn:outgoing>flow_not_approved</bpmn:outgoing>
						    </bpmn:exclusiveGateway>
						""");
			this.shapes.append(gatewayShape("gateway_approved", gx, "승인? (approved?)"));
			flowPlain("flow_after_decision", "call_decision", "gateway_approved", x - 60, gx);
			x = gx + 50 + 55;
			String incoming = "flow_approved";
			String previous = "gateway_approved";
			for (int i = 0; i < steps.size(); i++) {
				String[] step = steps.get(i);
				String outgoing = "flow_after_" + step[0];
				stepNode(step, x, incoming, outgoing);
				if (i == 0) {
					this.flows.append(
							"    <bpmn:sequenceFlow id=\"flow_approved\" name=\"예 (yes)\" sourceRef=\"gateway_approved\" targetRef=\"%s\">\n      <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${decision == 'APPROVED'}</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n"
								.formatted(step[0]));
					this.edges.append(edge("flow_approved", gx + 50, 120, x, 120, "예 (yes)", gx + 55, 100));
				}
				else {
					flowPlain(incoming, previous, step[0], x - 60, x);
				}
				incoming = outgoing;
				previous = step[0];
				x += 160;
			}
			flowPlain(incoming, previous, "call_notice", x - 60, x);
			noticeIncoming = incoming;
			this.flows.append(
					"    <bpmn:sequenceFlow id=\"flow_not_approved\" name=\"아니오 (no)\" sourceRef=\"gateway_approved\" targetRef=\"call_notice\" />\n");
			this.edges
				.append("""
						      <bpmndi:BPMNEdge id="flow_not_approved_di" bpmnElement="flow_not_approved">
						        <di:waypoint x="%d" y="145" /><di:waypoint x="%d" y="210" /><di:waypoint x="%d" y="210" /><di:waypoint x="%d" y="160" />
						        <bpmndi:BPMNLabel><dc:Bounds x="%d" y="215" width="60" height="14" /></bpmndi:BPMNLabel>
						      </bpmndi:BPMNEdge>
						"""
					.formatted(gx + 25, gx + 25, x + 50, x + 50, gx + 40));
			noticeIncoming = noticeIncoming + "</bpmn:incoming>\n      <bpmn:incoming>flow_not_approved";
		}
		node("call_notice", "결정 통지&#10;(notice)", "callActivity", "common-notice", x, noticeIncoming, "flow_to_end");
		int endX = x + 160 - 8;
		flowPlain("flow_to_end", "call_notice", "end_decided", x + 100, endX);
		String investigated = program.investigation() == Investigation.INCOME_ASSET ? "소득·재산 조사" : "자료 확인만";
		return template(program, key, investigated, endX);
	}

	private void stepNode(String[] step, int x, String incoming, String outgoing) {
		if ("callActivity".equals(step[2])) {
			node(step[0], step[1], step[2], step[3], x, incoming, outgoing);
		}
		else {
			this.flowNodes.append("""
					    <bpmn:serviceTask id="%s" name="%s" camunda:delegateExpression="${%s}">
					      <bpmn:incoming>%s</bpmn:incoming>
					      <bpmn:outgoing>%s</bpmn:outgoing>
					    </bpmn:serviceTask>
					""".formatted(step[0], step[1], step[3], incoming, outgoing));
			this.shapes.append(taskShape(step[0], x));
		}
	}

	/**
	 * What each call activity takes in and gives back: only what it reads and what the
	 * program needs afterwards, since every copied variable is a row in the runtime and
	 * the history (scenario 10 of the benchmark counted two thirds of a case's rows as
	 * copies under {@code variables="all"}). {@code null} means all variables.
	 */
	private static final Map<String, List<List<String>>> MAPPINGS = Map.of("call_intake",
			List.of(List.of("applicationId", "sigunguCode", "decisionDueDate"), List.of()), "call_investigation",
			Arrays.asList(List.of("applicationId", "programCode"), null), "call_eligibility",
			Arrays.asList(null,
					List.of("eligible", "eligibilityRule", "review", "rank", "sharePercent", "eligibilityDecision")),
			"call_decision",
			List.of(List.of("applicationId", "sigunguCode", "decisionDueDate", "eligible", "eligibilityRule", "review",
					"flagged", "incomeInvestigated"), List.of("decision")),
			"call_notice", List.of(List.of("applicationId"), List.of()), "call_payment",
			List.of(List.of("applicationId"), List.of()));

	private void node(String id, String name, String type, String called, int x, String incoming, String outgoing) {
		List<List<String>> mapping = MAPPINGS.get(id);
		StringBuilder io = new StringBuilder();
		io.append(mapping.get(0) == null ? "        <camunda:in variables=\"all\" />\n"
				: mapping.get(0)
					.stream()
					.map(v -> "        <camunda:in source=\"%s\" target=\"%s\" />\n".formatted(v, v))
					.collect(Collectors.joining()));
		if ("call_eligibility".equals(id)) {
			io.append("        <camunda:in sourceExpression=\"" + this.key
					+ "-eligibility\" target=\"eligibilityDecision\" />\n");
		}
		io.append(mapping.get(1) == null ? "        <camunda:out variables=\"all\" />\n"
				: mapping.get(1)
					.stream()
					.map(v -> "        <camunda:out source=\"%s\" target=\"%s\" />\n".formatted(v, v))
					.collect(Collectors.joining()));
		this.flowNodes.append("""
				    <bpmn:callActivity id="%s" name="%s" calledElement="%s" camunda:calledElementBinding="deployment">
				      <bpmn:extensionElements>
				        <camunda:in businessKey="#{execution.processBusinessKey}" />
				%s      </bpmn:extensionElements>
				      <bpmn:incoming>%s</bpmn:incoming>
				      <bpmn:outgoing>%s</bpmn:outgoing>
				    </bpmn:callActivity>
				""".formatted(id, name, called, io, incoming, outgoing));
		this.shapes.append(taskShape(id, x));
	}

	private void flowPlain(String id, String source, String target, int x1, int x2) {
		this.flows.append("    <bpmn:sequenceFlow id=\"%s\" sourceRef=\"%s\" targetRef=\"%s\" />\n".formatted(id,
				source, target));
		this.edges.append(edge(id, x1, 120, x2, 120, null, 0, 0));
	}

	private static String edge(String id, int x1, int y1, int x2, int y2, String label, int lx, int ly) {
		String labelXml = label == null ? ""
				: "\n        <bpmndi:BPMNLabel><dc:Bounds x=\"%d\" y=\"%d\" width=\"40\" height=\"14\" /></bpmndi:BPMNLabel>"
					.formatted(lx, ly);
		return """
				      <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">
				        <di:waypoint x="%d" y="%d" /><di:waypoint x="%d" y="%d" />%s
				      </bpmndi:BPMNEdge>
				""".formatted(id, id, x1, y1, x2, y2, labelXml);
	}

	private static String taskShape(String id, int x) {
		return """
				      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s">
				        <dc:Bounds x="%d" y="%d" width="100" height="80" />
				      </bpmndi:BPMNShape>
				""".formatted(id, id, x, Y);
	}

	private static String gatewayShape(String id, int x, String label) {
		return """
				      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s" isMarkerVisible="true">
				        <dc:Bounds x="%d" y="95" width="50" height="50" />
				        <bpmndi:BPMNLabel><dc:Bounds x="%d" y="55" width="80" height="30" /></bpmndi:BPMNLabel>
				      </bpmndi:BPMNShape>
				""".formatted(id, id, x, x - 15);
	}

	private String template(Program program, String key, String investigated, int endX) {
		String u = key.replace('-', '_');
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
				                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
				                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
				                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
				                  xmlns:modeler="http://camunda.org/schema/modeler/1.0"
				                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				                  id="definitions_%1$s"
				                  targetNamespace="https://bokjiflow.io/processes/support"
				                  exporter="BokjiFlow" exporterVersion="0.2.0"
				                  modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
				  <bpmn:process id="%2$s" name="%3$s (%4$s)" isExecutable="true"
				                camunda:historyTimeToLive="P1825D" camunda:versionTag="2.0">
				    <bpmn:documentation>%3$s (%5$s, %6$s): %7$s. The application runs the shared call activities of processes/common (bound to this deployment, so a running case keeps the versions it started with); the eligibility table is processes/rules/%2$s-eligibility.dmn. The supervisors of the 시·군·구 are asked to act before the legal decision deadline passes, and again before an extended one passes.</bpmn:documentation>
				    <bpmn:startEvent id="start_application_registered" name="신청 접수됨&#10;(application registered)">
				      <bpmn:outgoing>flow_to_intake</bpmn:outgoing>
				    </bpmn:startEvent>
				%8$s    <bpmn:endEvent id="end_decided" name="결정 완료&#10;(decided)">
				      <bpmn:incoming>flow_to_end</bpmn:incoming>
				    </bpmn:endEvent>
				%9$s    <bpmn:subProcess id="event_subprocess_deadline" name="결정 기한 관리 (decision deadline)" triggeredByEvent="true">
				      <bpmn:startEvent id="start_deadline_near" name="기한 임박&#10;(deadline near)" isInterrupting="false">
				        <bpmn:outgoing>flow_to_escalate</bpmn:outgoing>
				        <bpmn:timerEventDefinition id="timer_deadline_near">
				          <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${escalationDate}</bpmn:timeDate>
				        </bpmn:timerEventDefinition>
				      </bpmn:startEvent>
				      <bpmn:userTask id="user_handle_deadline" name="기한 임박 조치&#10;(act on the deadline)"
				                     camunda:candidateGroups="supervisors-${sigunguCode}" camunda:dueDate="${decisionDueDate}"
				                     camunda:formRef="deadline-escalation" camunda:formRefBinding="deployment">
				        <bpmn:documentation>The decision is not made and its legal deadline is near: the supervisor extends it with a reason (the applicant is told) or confirms the case will be decided in time.</bpmn:documentation>
				        <bpmn:incoming>flow_to_escalate</bpmn:incoming>
				        <bpmn:incoming>flow_escalate_again</bpmn:incoming>
				        <bpmn:outgoing>flow_to_apply_deadline</bpmn:outgoing>
				      </bpmn:userTask>
				      <bpmn:serviceTask id="service_apply_deadline_action" name="기한 조치 반영&#10;(apply deadline action)"
				                        camunda:delegateExpression="${applyDeadlineActionDelegate}">
				        <bpmn:incoming>flow_to_apply_deadline</bpmn:incoming>
				        <bpmn:outgoing>flow_to_gateway_extended</bpmn:outgoing>
				      </bpmn:serviceTask>
				      <bpmn:exclusiveGateway id="gateway_deadline_extended" name="연장?&#10;(extended?)" default="flow_to_deadline_handled">
				        <bpmn:incoming>flow_to_gateway_extended</bpmn:incoming>
				        <bpmn:outgoing>flow_to_deadline_handled</bpmn:outgoing>
				        <bpmn:outgoing>flow_extended</bpmn:outgoing>
				      </bpmn:exclusiveGateway>
				      <bpmn:intermediateCatchEvent id="timer_new_deadline_near" name="새 기한 임박&#10;(new deadline near)">
				        <bpmn:incoming>flow_extended</bpmn:incoming>
				        <bpmn:outgoing>flow_escalate_again</bpmn:outgoing>
				        <bpmn:timerEventDefinition id="timer_definition_new_deadline_near">
				          <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${escalationDate}</bpmn:timeDate>
				        </bpmn:timerEventDefinition>
				      </bpmn:intermediateCatchEvent>
				      <bpmn:endEvent id="end_deadline_handled" name="조치 완료&#10;(handled)">
				        <bpmn:incoming>flow_to_deadline_handled</bpmn:incoming>
				      </bpmn:endEvent>
				      <bpmn:sequenceFlow id="flow_to_escalate" sourceRef="start_deadline_near" targetRef="user_handle_deadline" />
				      <bpmn:sequenceFlow id="flow_to_apply_deadline" sourceRef="user_handle_deadline" targetRef="service_apply_deadline_action" />
				      <bpmn:sequenceFlow id="flow_to_gateway_extended" sourceRef="service_apply_deadline_action" targetRef="gateway_deadline_extended" />
				      <bpmn:sequenceFlow id="flow_to_deadline_handled" name="유지 (kept)" sourceRef="gateway_deadline_extended" targetRef="end_deadline_handled" />
				      <bpmn:sequenceFlow id="flow_extended" name="연장됨 (extended)" sourceRef="gateway_deadline_extended" targetRef="timer_new_deadline_near">
				        <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${deadlineAction == 'EXTEND'}</bpmn:conditionExpression>
				      </bpmn:sequenceFlow>
				      <bpmn:sequenceFlow id="flow_escalate_again" sourceRef="timer_new_deadline_near" targetRef="user_handle_deadline" />
				    </bpmn:subProcess>
				  </bpmn:process>
				  <bpmndi:BPMNDiagram id="diagram_%1$s">
				    <bpmndi:BPMNPlane id="plane_%1$s" bpmnElement="%2$s">
				      <bpmndi:BPMNShape id="start_application_registered_di" bpmnElement="start_application_registered">
				        <dc:Bounds x="152" y="102" width="36" height="36" />
				        <bpmndi:BPMNLabel><dc:Bounds x="120" y="145" width="100" height="40" /></bpmndi:BPMNLabel>
				      </bpmndi:BPMNShape>
				%10$s      <bpmndi:BPMNShape id="end_decided_di" bpmnElement="end_decided">
				        <dc:Bounds x="%11$d" y="102" width="36" height="36" />
				        <bpmndi:BPMNLabel><dc:Bounds x="%12$d" y="145" width="80" height="40" /></bpmndi:BPMNLabel>
				      </bpmndi:BPMNShape>
				      <bpmndi:BPMNShape id="event_subprocess_deadline_di" bpmnElement="event_subprocess_deadline" isExpanded="true">
				        <dc:Bounds x="240" y="270" width="620" height="220" />
				      </bpmndi:BPMNShape>
				      <bpmndi:BPMNShape id="start_deadline_near_di" bpmnElement="start_deadline_near">
				        <dc:Bounds x="272" y="332" width="36" height="36" />
				        <bpmndi:BPMNLabel><dc:Bounds x="250" y="375" width="80" height="40" /></bpmndi:BPMNLabel>
				      </bpmndi:BPMNShape>
				      <bpmndi:BPMNShape id="user_handle_deadline_di" bpmnElement="user_handle_deadline">
				        <dc:Bounds x="360" y="310" width="100" height="80" />
				      </bpmndi:BPMNShape>
				      <bpmndi:BPMNShape id="service_apply_deadline_action_di" bpmnElement="service_apply_deadline_action">
				        <dc:Bounds x="520" y="310" width="100" height="80" />
				      </bpmndi:BPMNShape>
				      <bpmndi:BPMNShape id="gateway_deadline_extended_di" bpmnElement="gateway_deadline_extended" isMarkerVisible="true">
				        <dc:Bounds x="675" y="325" width="50" height="50" />
				        <bpmndi:BPMNLabel><dc:Bounds x="660" y="290" width="80" height="30" /></bpmndi:BPMNLabel>
				      </bpmndi:BPMNShape>
				      <bpmndi:BPMNShape id="timer_new_deadline_near_di" bpmnElement="timer_new_deadline_near">
				        <dc:Bounds x="552" y="422" width="36" height="36" />
				        <bpmndi:BPMNLabel><dc:Bounds x="530" y="460" width="90" height="28" /></bpmndi:BPMNLabel>
				      </bpmndi:BPMNShape>
				      <bpmndi:BPMNShape id="end_deadline_handled_di" bpmnElement="end_deadline_handled">
				        <dc:Bounds x="792" y="332" width="36" height="36" />
				        <bpmndi:BPMNLabel><dc:Bounds x="775" y="375" width="70" height="40" /></bpmndi:BPMNLabel>
				      </bpmndi:BPMNShape>
				%13$s      <bpmndi:BPMNEdge id="flow_to_escalate_di" bpmnElement="flow_to_escalate">
				        <di:waypoint x="308" y="350" /><di:waypoint x="360" y="350" />
				      </bpmndi:BPMNEdge>
				      <bpmndi:BPMNEdge id="flow_to_apply_deadline_di" bpmnElement="flow_to_apply_deadline">
				        <di:waypoint x="460" y="350" /><di:waypoint x="520" y="350" />
				      </bpmndi:BPMNEdge>
				      <bpmndi:BPMNEdge id="flow_to_gateway_extended_di" bpmnElement="flow_to_gateway_extended">
				        <di:waypoint x="620" y="350" /><di:waypoint x="675" y="350" />
				      </bpmndi:BPMNEdge>
				      <bpmndi:BPMNEdge id="flow_to_deadline_handled_di" bpmnElement="flow_to_deadline_handled">
				        <di:waypoint x="725" y="350" /><di:waypoint x="792" y="350" />
				        <bpmndi:BPMNLabel><dc:Bounds x="735" y="330" width="50" height="14" /></bpmndi:BPMNLabel>
				      </bpmndi:BPMNEdge>
				      <bpmndi:BPMNEdge id="flow_extended_di" bpmnElement="flow_extended">
				        <di:waypoint x="700" y="375" /><di:waypoint x="700" y="440" /><di:waypoint x="588" y="440" />
				        <bpmndi:BPMNLabel><dc:Bounds x="705" y="400" width="90" height="14" /></bpmndi:BPMNLabel>
				      </bpmndi:BPMNEdge>
				      <bpmndi:BPMNEdge id="flow_escalate_again_di" bpmnElement="flow_escalate_again">
				        <di:waypoint x="552" y="440" /><di:waypoint x="410" y="440" /><di:waypoint x="410" y="390" />
				      </bpmndi:BPMNEdge>
				    </bpmndi:BPMNPlane>
				  </bpmndi:BPMNDiagram>
				</bpmn:definitions>
				"""
			.formatted(u, key, program.nameKo(), program.nameEn(), program.ministry(), investigated,
					program.legalBasis().replace("&", "&amp;").replace("<", "&lt;"), this.flowNodes, this.flows,
					this.shapes, endX, endX - 22, this.edges);
	}

}
