// The form editor of the process designer: form-js's editor for Camunda Forms (the same
// schema Camunda Modeler writes). The server sets `schema` (the .form JSON); each change is
// sent back (debounced) in an `xml-changed` event whose detail.xml is the JSON text.
import { FormEditor } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js/dist/assets/properties-panel.css';
import './bokjiflow-designer.css';

class BokjiflowFormEditor extends HTMLElement {
  constructor() {
    super();
    this._schema = '';
    this._imported = null;
    this._timer = null;
    this._queue = Promise.resolve();
  }

  connectedCallback() {
    if (Object.prototype.hasOwnProperty.call(this, 'schema')) {
      const value = this.schema;
      delete this.schema;
      this.schema = value;
    }
    if (!this._editor) {
      this.innerHTML = '';
      this._canvas = document.createElement('div');
      this._canvas.className = 'designer-canvas designer-form';
      this.appendChild(this._canvas);
      this._editor = new FormEditor({ container: this._canvas });
      this._editor.on('changed', () => {
        clearTimeout(this._timer);
        this._timer = setTimeout(() => this._emit(), 300);
      });
    }
    this._import();
  }

  disconnectedCallback() {
    if (this._editor) {
      this._editor.destroy();
      this._editor = null;
      this._imported = null;
    }
  }

  set schema(value) {
    this._schema = value || '';
    this._import();
  }

  get schema() {
    return this._schema;
  }

  get editor() {
    return this._editor;
  }

  _import() {
    if (!this._editor || !this._schema || this._imported === this._schema) {
      return;
    }
    const text = this._schema;
    this._imported = text;
    this.removeAttribute('rendered');
    this._queue = this._queue
      .then(() => this._editor.importSchema(JSON.parse(text)))
      .then(() => {
        this.removeAttribute('error');
        this.setAttribute('rendered', '');
      })
      .catch((err) => this.setAttribute('error', String(err && err.message ? err.message : err)));
  }

  _emit() {
    const text = JSON.stringify(this._editor.saveSchema(), null, 2);
    this._schema = text;
    this._imported = text;
    this.dispatchEvent(new CustomEvent('xml-changed', { detail: { xml: text, lint: '[]' } }));
  }
}

if (!customElements.get('bokjiflow-form-editor')) {
  customElements.define('bokjiflow-form-editor', BokjiflowFormEditor);
}
