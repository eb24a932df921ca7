// The DMN editor of the process designer: dmn-js's Modeler (DRD, decision tables, literal
// expressions). Unknown attributes such as camunda:historyTimeToLive and
// camunda:inputVariable are kept by dmn-moddle on import and written back on export. The
// server sets `xml`; each change is exported (debounced) and sent in an `xml-changed` event.
import DmnModeler from 'dmn-js/lib/Modeler';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import './bokjiflow-designer.css';

class BokjiflowDmnModeler extends HTMLElement {
  constructor() {
    super();
    this._xml = '';
    this._imported = null;
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
      this._canvas.className = 'designer-canvas designer-dmn';
      this.appendChild(this._canvas);
      this._modeler = new DmnModeler({ container: this._canvas });
      this._modeler.on('views.changed', () => this._attach());
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

  get modeler() {
    return this._modeler;
  }

  exportXml() {
    return this._modeler.saveXML({ format: true }).then((result) => result.xml);
  }

  _attach() {
    const viewer = this._modeler.getActiveViewer();
    if (viewer && viewer !== this._attached) {
      this._attached = viewer;
      viewer.on('commandStack.changed', () => {
        clearTimeout(this._timer);
        this._timer = setTimeout(() => this._emit(), 300);
      });
    }
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
        this._attach();
        this.removeAttribute('error');
        this.setAttribute('rendered', '');
      })
      .catch((err) => this.setAttribute('error', String(err && err.message ? err.message : err)));
  }

  _emit() {
    this._queue = this._queue
      .then(() => this.exportXml())
      .then((xml) => {
        this._xml = xml;
        this._imported = xml;
        this.dispatchEvent(new CustomEvent('xml-changed', { detail: { xml, lint: '[]' } }));
      })
      .catch((err) => this.setAttribute('error', String(err && err.message ? err.message : err)));
  }
}

if (!customElements.get('bokjiflow-dmn-modeler')) {
  customElements.define('bokjiflow-dmn-modeler', BokjiflowDmnModeler);
}
