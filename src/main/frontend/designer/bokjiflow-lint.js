// bpmnlint in the browser without a bundler plugin: the rules are imported statically and
// handed to bpmnlint's Linter through a small resolver. The recommended rules that help a
// modeller are warnings; BokjiFlow's two rules (historyTimeToLive on every executable
// process, readable ids) are errors, as on the server, which stays authoritative.
import { Linter } from 'bpmnlint';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import fakeJoin from 'bpmnlint/rules/fake-join';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import noComplexGateway from 'bpmnlint/rules/no-complex-gateway';
import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import noBpmndi from 'bpmnlint/rules/no-bpmndi';

const DEFINITION_ID = /^[a-z][a-z0-9]*([-_][a-z0-9]+)*$/;
const ELEMENT_ID = /^[a-z][a-z0-9_]*$/;

function historyTimeToLive() {
  function check(node, reporter) {
    if (node.$type === 'bpmn:Process' && node.isExecutable) {
      const value = node.get ? node.get('camunda:historyTimeToLive') : undefined;
      const attr = node.$attrs ? node.$attrs['camunda:historyTimeToLive'] : undefined;
      if ((value === undefined || value === null || value === '') && !attr) {
        reporter.report(node.id, 'designer.lint.httl');
      }
    }
  }
  return { check };
}

function readableIds() {
  function check(node, reporter) {
    if (!node.id || !node.$instanceOf || !node.$instanceOf('bpmn:BaseElement')) {
      return;
    }
    const definition = node.$type === 'bpmn:Process' || node.$type === 'bpmn:Collaboration';
    const pattern = definition ? DEFINITION_ID : ELEMENT_ID;
    if (!pattern.test(node.id)) {
      reporter.report(node.id, 'designer.lint.readableId');
    }
  }
  return { check };
}

const RULES = {
  'bpmnlint/start-event-required': startEventRequired,
  'bpmnlint/end-event-required': endEventRequired,
  'bpmnlint/no-disconnected': noDisconnected,
  'bpmnlint/no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'bpmnlint/no-implicit-split': noImplicitSplit,
  'bpmnlint/fake-join': fakeJoin,
  'bpmnlint/superfluous-gateway': superfluousGateway,
  'bpmnlint/no-complex-gateway': noComplexGateway,
  'bpmnlint/conditional-flows': conditionalFlows,
  'bpmnlint/single-blank-start-event': singleBlankStartEvent,
  'bpmnlint/no-bpmndi': noBpmndi,
  'bpmnlint-plugin-bokjiflow/history-time-to-live': historyTimeToLive,
  'bpmnlint-plugin-bokjiflow/readable-ids': readableIds,
};

const CONFIG = {
  rules: {
    'start-event-required': 'warn',
    'end-event-required': 'warn',
    'no-disconnected': 'warn',
    'no-duplicate-sequence-flows': 'warn',
    'no-implicit-split': 'warn',
    'fake-join': 'warn',
    'superfluous-gateway': 'warn',
    'no-complex-gateway': 'warn',
    'conditional-flows': 'warn',
    'single-blank-start-event': 'warn',
    'no-bpmndi': 'warn',
    'bokjiflow/history-time-to-live': 'error',
    'bokjiflow/readable-ids': 'error',
  },
};

const resolver = {
  resolveRule(pkg, ruleName) {
    const rule = RULES[`${pkg}/${ruleName}`];
    if (!rule) {
      throw new Error(`unknown rule <${pkg}/${ruleName}>`);
    }
    return rule;
  },
  resolveConfig(pkg, configName) {
    throw new Error(`unknown config <${pkg}/${configName}>`);
  },
};

/**
 * Lints BPMN moddle definitions.
 * @returns a Promise of a flat list of { rule, id, message, category }
 */
export function lintDefinitions(definitions) {
  const linter = new Linter({ config: CONFIG, resolver });
  return linter.lint(definitions).then((results) => {
    const flat = [];
    Object.keys(results).forEach((rule) => {
      results[rule].forEach((report) => {
        flat.push({ rule, id: report.id || '', message: report.message, category: report.category });
      });
    });
    return flat;
  });
}
