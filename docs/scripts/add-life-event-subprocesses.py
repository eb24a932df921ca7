#!/usr/bin/env python3
"""Adds the resident-register event subprocesses (issue 6, item 4a) to every program process
with a per-person case: the 27 support programs (processes/support) and the open-market task
types with an application (processes/openmarket, all but the two selection processes
om-holiday-consolation and om-seasonal-heating, which have no per-person case).

- event_subprocess_resident_left: INTERRUPTING message start `resident-left` -> record the case
  closed (recordCaseClosedDelegate) -> end. The applicant died, was deregistered or emigrated.
- event_subprocess_resident_moved: NON-interrupting message start `resident-moved` -> re-route
  the case to the new 시·군·구 (rerouteCaseDelegate) -> end.

Both sit at process level: casework correlates them only to cases that are not decided yet
(LifeEventCorrelation), so they act while the case is open. The DI shapes go below everything
drawn so far, so Camunda Modeler opens the files. Idempotent: a file that has them is kept.

Run from the repository root: python3 docs/scripts/add-life-event-subprocesses.py
"""
import glob
import re

SELECTION = {"om-holiday-consolation", "om-seasonal-heating"}

MESSAGES = """  <bpmn:message id="message_resident_left" name="resident-left" />
  <bpmn:message id="message_resident_moved" name="resident-moved" />
"""

SUBPROCESSES = """    <bpmn:subProcess id="event_subprocess_resident_left" name="주민등록 말소 (applicant left the register)" triggeredByEvent="true">
      <bpmn:documentation>The resident-register change feed says the applicant died, was deregistered or emigrated before the case was decided: the case ends (every open task with it) and is recorded as closed with the reason (DECEASED, DEREGISTERED, EMIGRATED).</bpmn:documentation>
      <bpmn:startEvent id="start_resident_left" name="사망·말소·출국&#10;(died, deregistered, emigrated)" isInterrupting="true">
        <bpmn:outgoing>flow_to_record_case_closed</bpmn:outgoing>
        <bpmn:messageEventDefinition id="message_definition_resident_left" messageRef="message_resident_left" />
      </bpmn:startEvent>
      <bpmn:serviceTask id="service_record_case_closed" name="종결 기록&#10;(record case closed)" camunda:delegateExpression="${recordCaseClosedDelegate}">
        <bpmn:incoming>flow_to_record_case_closed</bpmn:incoming>
        <bpmn:outgoing>flow_to_end_case_closed</bpmn:outgoing>
      </bpmn:serviceTask>
      <bpmn:endEvent id="end_case_closed" name="종결됨&#10;(case closed)">
        <bpmn:incoming>flow_to_end_case_closed</bpmn:incoming>
      </bpmn:endEvent>
      <bpmn:sequenceFlow id="flow_to_record_case_closed" sourceRef="start_resident_left" targetRef="service_record_case_closed" />
      <bpmn:sequenceFlow id="flow_to_end_case_closed" sourceRef="service_record_case_closed" targetRef="end_case_closed" />
    </bpmn:subProcess>
    <bpmn:subProcess id="event_subprocess_resident_moved" name="전출입 (applicant moved)" triggeredByEvent="true">
      <bpmn:documentation>The resident-register change feed says the applicant moved: the case goes on, re-routed to the caseworkers of the new 시·군·구 (the case's 시·군·구, the variable sigunguCode of the case and its call activities, and the candidate groups of the open tasks; an assignee of the old 시·군·구 lets go).</bpmn:documentation>
      <bpmn:startEvent id="start_resident_moved" name="전입&#10;(moved)" isInterrupting="false">
        <bpmn:outgoing>flow_to_reroute_case</bpmn:outgoing>
        <bpmn:messageEventDefinition id="message_definition_resident_moved" messageRef="message_resident_moved" />
      </bpmn:startEvent>
      <bpmn:serviceTask id="service_reroute_case" name="관할 이관&#10;(re-route the case)" camunda:delegateExpression="${rerouteCaseDelegate}">
        <bpmn:incoming>flow_to_reroute_case</bpmn:incoming>
        <bpmn:outgoing>flow_to_end_case_rerouted</bpmn:outgoing>
      </bpmn:serviceTask>
      <bpmn:endEvent id="end_case_rerouted" name="이관됨&#10;(re-routed)">
        <bpmn:incoming>flow_to_end_case_rerouted</bpmn:incoming>
      </bpmn:endEvent>
      <bpmn:sequenceFlow id="flow_to_reroute_case" sourceRef="start_resident_moved" targetRef="service_reroute_case" />
      <bpmn:sequenceFlow id="flow_to_end_case_rerouted" sourceRef="service_reroute_case" targetRef="end_case_rerouted" />
    </bpmn:subProcess>
"""


def shapes(x, y):
    """DI of both subprocesses, the left one at (x, y), the moved one to its right."""
    out = []
    for i, (sub, start, task, end, f1, f2, label_start, label_end) in enumerate([
        ("event_subprocess_resident_left", "start_resident_left", "service_record_case_closed", "end_case_closed",
         "flow_to_record_case_closed", "flow_to_end_case_closed", 110, 70),
        ("event_subprocess_resident_moved", "start_resident_moved", "service_reroute_case", "end_case_rerouted",
         "flow_to_reroute_case", "flow_to_end_case_rerouted", 60, 60)]):
        sx = x + i * 400
        cy = y + 80
        out.append(f"""      <bpmndi:BPMNShape id="{sub}_di" bpmnElement="{sub}" isExpanded="true">
        <dc:Bounds x="{sx}" y="{y}" width="360" height="160" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="{start}_di" bpmnElement="{start}">
        <dc:Bounds x="{sx + 32}" y="{cy - 18}" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="{sx + 50 - label_start // 2}" y="{cy + 25}" width="{label_start}" height="40" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="{task}_di" bpmnElement="{task}">
        <dc:Bounds x="{sx + 130}" y="{cy - 40}" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="{end}_di" bpmnElement="{end}">
        <dc:Bounds x="{sx + 292}" y="{cy - 18}" width="36" height="36" />
        <bpmndi:BPMNLabel><dc:Bounds x="{sx + 310 - label_end // 2}" y="{cy + 25}" width="{label_end}" height="40" /></bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="{f1}_di" bpmnElement="{f1}">
        <di:waypoint x="{sx + 68}" y="{cy}" /><di:waypoint x="{sx + 130}" y="{cy}" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="{f2}_di" bpmnElement="{f2}">
        <di:waypoint x="{sx + 230}" y="{cy}" /><di:waypoint x="{sx + 292}" y="{cy}" />
      </bpmndi:BPMNEdge>
""")
    return "".join(out)


def edit(path):
    text = open(path, encoding="utf-8").read()
    if "event_subprocess_resident_left" in text:
        return False
    # messages are root elements of the definitions, before the process
    text = text.replace("  <bpmn:process ", MESSAGES + "  <bpmn:process ", 1)
    text = text.replace("  </bpmn:process>", SUBPROCESSES + "  </bpmn:process>", 1)
    plane = text[text.index("<bpmndi:BPMNPlane"):]
    bottoms = [int(float(y)) + int(float(h)) for y, h in
               re.findall(r'<dc:Bounds x="[-\d.]+" y="([-\d.]+)" width="[\d.]+" height="([\d.]+)"', plane)]
    lefts = [int(float(x)) for x in re.findall(r'<dc:Bounds x="([-\d.]+)"', plane)]
    y = max(bottoms) + 50
    x = max(160, min(lefts) + 80)
    text = text.replace("    </bpmndi:BPMNPlane>", shapes(x, y) + "    </bpmndi:BPMNPlane>", 1)
    open(path, "w", encoding="utf-8").write(text)
    return True


files = sorted(glob.glob("processes/support/*.bpmn"))
files += [f for f in sorted(glob.glob("processes/openmarket/*.bpmn"))
          if f.split("/")[-1][:-len(".bpmn")] not in SELECTION]
for f in files:
    print(("edited " if edit(f) else "kept   ") + f)
