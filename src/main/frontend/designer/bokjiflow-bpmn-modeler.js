// The BPMN editor of the process designer: bpmn-js's Modeler with Camunda 7's moddle
// extension (camunda: attributes survive an import/export round trip), the properties panel
// with the Camunda Platform provider and Camunda's modelling behaviours, and bpmnlint in the
// browser. The server sets `xml`; each change is exported (debounced) and sent back in an
// `xml-changed` event (detail: { xml, lint }). Light DOM, so the imported style sheets apply.
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './bokjiflow-designer.css';
import { lintDefinitions } from './bokjiflow-lint.js';

class BokjiflowBpmnModeler extends HTMLElement {
  constructor() {
    super();
    this._xml = '';
    this._imported = null;
    this._modeler = null;
    this._timer = null;
    this._queue = Promise.resolve();
  }

  connectedCallback() {
    if (Object.prototype.hasOwnProperty.call(this, 'xml')) {
      const value = this.xml;
      delete this.xml;
      this.xml = value;
    }
    if (!this._modeler) {
      this.innerHTML = '';
      this._canvas = document.createElement('div');
      this._canvas.className = 'designer-canvas';
      this._panel = document.createElement('div');
      this._panel.className = 'designer-properties';
      this._lint = document.createElement('ul');
      this._lint.className = 'designer-lint';
      const row = document.createElement('div');
      row.className = 'designer-row';
      row.appendChild(this._canvas);
      row.appendChild(this._panel);
      this.appendChild(row);
      this.appendChild(this._lint);
      this._modeler = new Modeler({
        container: this._canvas,
        propertiesPanel: { parent: this._panel },
        additionalModules: [
          BpmnPropertiesPanelModule,
          BpmnPropertiesProviderModule,
          CamundaPlatformPropertiesProviderModule,
          CamundaBehaviorsModule,
        ],
        moddleExtensions: { camunda: camundaModdle },
      });
      this._modeler.on('commandStack.changed', () => this._changed());
    }
    this._import();
  }

  disconnectedCallback() {
    if (this._modeler) {
      this._modeler.destroy();
      this._modeler = null;
      this._imported = null;
    }
  }

  set xml(value) {
    this._xml = value || '';
    this._import();
  }

  get xml() {
    return this._xml;
  }

  /** The modeler, for scripts and browser tests (e.g. modeling.updateLabel). */
  get modeler() {
    return this._modeler;
  }

  /** Exports the current diagram as XML (a Promise). */
  exportXml() {
    return this._modeler.saveXML({ format: true }).then((result) => result.xml);
  }

  _import() {
    if (!this._modeler || !this._xml || this._imported === this._xml) {
      return;
    }
    const xml = this._xml;
    this._imported = xml;
    this.removeAttribute('rendered');
    this._queue = this._queue
      .then(() => this._modeler.importXML(xml))
      .then(() => {
        this._modeler.get('canvas').zoom('fit-viewport', 'auto');
        this.removeAttribute('error');
        this.setAttribute('rendered', '');
        return this._runLint();
      })
      .catch((err) => this.setAttribute('error', String(err && err.message ? err.message : err)));
  }

  _changed() {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._emit(), 300);
  }

  _emit() {
    this._queue = this._queue
      .then(() => this.exportXml())
      .then((xml) => {
        this._xml = xml;
        this._imported = xml;
        return this._runLint().then((lint) => {
          this.dispatchEvent(new CustomEvent('xml-changed', { detail: { xml, lint: JSON.stringify(lint) } }));
        });
      })
      .catch((err) => this.setAttribute('error', String(err && err.message ? err.message : err)));
  }

  _runLint() {
    const definitions = this._modeler.getDefinitions();
    return lintDefinitions(definitions).then((issues) => {
      this._showLint(issues);
      return issues;
    });
  }

  _showLint(issues) {
    const canvas = this._modeler.get('canvas');
    const registry = this._modeler.get('elementRegistry');
    (this._marked || []).filter((id) => registry.get(id)).forEach((id) => {
      canvas.removeMarker(id, 'bf-lint-error');
      canvas.removeMarker(id, 'bf-lint-warn');
    });
    this._marked = [];
    this._lint.innerHTML = '';
    const errors = issues.filter((i) => i.category === 'error').length;
    this.setAttribute('lint-errors', String(errors));
    this.setAttribute('lint-warnings', String(issues.length - errors));
    issues.forEach((issue) => {
      const item = document.createElement('li');
      item.className = `lint-${issue.category}`;
      const text = this._translate(issue.message);
      item.textContent = `${issue.category === 'error' ? '✖' : '⚠'} ${issue.id ? issue.id + ': ' : ''}${text} (${issue.rule})`;
      item.addEventListener('click', () => {
        const element = registry.get(issue.id);
        if (element) {
          this._modeler.get('selection').select(element);
          canvas.scrollToElement(element);
        }
      });
      this._lint.appendChild(item);
      if (issue.id && registry.get(issue.id)) {
        canvas.addMarker(issue.id, issue.category === 'error' ? 'bf-lint-error' : 'bf-lint-warn');
        this._marked.push(issue.id);
      }
    });
  }

  /** Our own rules report message keys; the server puts their texts in `messages` (JSON). */
  _translate(message) {
    try {
      const messages = JSON.parse(this.getAttribute('messages') || '{}');
      return messages[message] || message;
    } catch (e) {
      return message;
    }
  }
}

if (!customElements.get('bokjiflow-bpmn-modeler')) {
  customElements.define('bokjiflow-bpmn-modeler', BokjiflowBpmnModeler);
}
