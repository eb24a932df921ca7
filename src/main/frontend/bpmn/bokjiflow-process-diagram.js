// A read-only BPMN diagram (bpmn-js NavigatedViewer) with the activities where a case
// stands marked "active" and those it passed marked "completed". The server sets the
// properties xml, active and completed (comma-separated element ids); light DOM, so the
// bpmn-js style sheets imported here apply.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './bokjiflow-process-diagram.css';

class BokjiflowProcessDiagram extends HTMLElement {
  constructor() {
    super();
    this._xml = '';
    this._active = '';
    this._completed = '';
    this._viewer = null;
    this._rendering = Promise.resolve();
  }

  connectedCallback() {
    // Properties set before the element was upgraded sit on the instance and hide the
    // setters: take them over.
    ['xml', 'active', 'completed'].forEach((name) => {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    });
    if (!this._canvas) {
      this._canvas = document.createElement('div');
      this._canvas.className = 'process-diagram-canvas';
      this.appendChild(this._canvas);
    }
    if (!this._viewer) {
      this._viewer = new NavigatedViewer({ container: this._canvas });
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._viewer) {
      this._viewer.destroy();
      this._viewer = null;
    }
  }

  set xml(value) {
    this._xml = value || '';
    this._render();
  }

  get xml() {
    return this._xml;
  }

  set active(value) {
    this._active = value || '';
    this._mark();
  }

  get active() {
    return this._active;
  }

  set completed(value) {
    this._completed = value || '';
    this._mark();
  }

  get completed() {
    return this._completed;
  }

  _render() {
    if (!this._viewer || !this._xml) {
      return;
    }
    const xml = this._xml;
    this._rendering = this._rendering
      .then(() => this._viewer.importXML(xml))
      .then(() => {
        this._viewer.get('canvas').zoom('fit-viewport', 'auto');
        this._marked = { active: [], completed: [] };
        this._mark();
        this.setAttribute('rendered', '');
        this.dispatchEvent(new CustomEvent('diagram-rendered'));
      })
      .catch((err) => {
        this.setAttribute('error', String(err && err.message ? err.message : err));
      });
  }

  _mark() {
    if (!this._viewer || !this._marked) {
      return;
    }
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    const previous = this._marked || { active: [], completed: [] };
    previous.active.filter((id) => registry.get(id)).forEach((id) => canvas.removeMarker(id, 'bf-active'));
    previous.completed.filter((id) => registry.get(id)).forEach((id) => canvas.removeMarker(id, 'bf-completed'));
    const ids = (text) => text.split(',').map((s) => s.trim()).filter((id) => id && registry.get(id));
    const active = ids(this._active);
    const completed = ids(this._completed).filter((id) => !active.includes(id));
    completed.forEach((id) => canvas.addMarker(id, 'bf-completed'));
    active.forEach((id) => canvas.addMarker(id, 'bf-active'));
    this._marked = { active, completed };
    this.setAttribute('active-count', String(active.length));
  }
}

if (!customElements.get('bokjiflow-process-diagram')) {
  customElements.define('bokjiflow-process-diagram', BokjiflowProcessDiagram);
}
