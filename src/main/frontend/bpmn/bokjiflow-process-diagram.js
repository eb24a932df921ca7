// A read-only BPMN diagram (bpmn-js NavigatedViewer) with the activities where a case
// stands marked "active" and those it passed marked "completed". The server sets the
// properties xml, active and completed (comma-separated element ids); light DOM, so the
// bpmn-js style sheets imported here apply.
//
// The process view (supervisors) also sets `counts`: JSON {activityId: {running, incidents,
// taken}}. Each activity then carries overlays (running instances in blue at the bottom
// left, incidents in red at the bottom right) and, while the attribute `heatmap` is present,
// a fill from pale yellow to red by how often it was taken relative to the most taken one.
// A sequence flow is coloured and thickened by min(taken(source), taken(target)): the exact
// number of times it was taken when its source has one outgoing and its target one incoming
// flow, an upper bound otherwise (Camunda's history records activities, not flows).
// Clicking an element fires `element-click` with detail.id.
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
    this._counts = '';
    this._viewer = null;
    this._rendering = Promise.resolve();
  }

  connectedCallback() {
    // Properties set before the element was upgraded sit on the instance and hide the
    // setters: take them over.
    ['xml', 'active', 'completed', 'counts'].forEach((name) => {
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
      this._viewer.on('element.click', (event) => {
        this.dispatchEvent(new CustomEvent('element-click', { detail: { id: event.element.id } }));
      });
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

  set counts(value) {
    this._counts = value || '';
    this._paintCounts();
  }

  get counts() {
    return this._counts;
  }

  static get observedAttributes() {
    return ['heatmap'];
  }

  attributeChangedCallback() {
    this._paintCounts();
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
        this._heated = [];
        this._paintCounts();
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

  _paintCounts() {
    if (!this._viewer || !this._heated) {
      return;
    }
    const overlays = this._viewer.get('overlays');
    const registry = this._viewer.get('elementRegistry');
    overlays.remove({ type: 'bf-count' });
    this._heated.forEach((gfx) => gfx.style.removeProperty('fill'));
    this._heated.forEach((gfx) => gfx.style.removeProperty('stroke'));
    this._heated.forEach((gfx) => gfx.style.removeProperty('stroke-width'));
    this._heated = [];
    let counts = {};
    try {
      counts = this._counts ? JSON.parse(this._counts) : {};
    } catch (e) {
      counts = {};
    }
    const taken = (id) => (counts[id] && counts[id].taken) || 0;
    const max = Math.max(1, ...Object.keys(counts).map(taken));
    const heat = this.hasAttribute('heatmap');
    let badges = 0;
    const colour = (ratio) => `hsl(${Math.round(55 - 55 * ratio)}, 90%, ${Math.round(88 - 26 * ratio)}%)`;
    registry.getAll().forEach((element) => {
      const c = counts[element.id];
      const visual = registry.getGraphics(element);
      if (!visual) {
        return;
      }
      if (element.waypoints) {
        if (!heat || !element.source || !element.target) {
          return;
        }
        const weight = Math.min(taken(element.source.id), taken(element.target.id));
        if (weight > 0) {
          const path = visual.querySelector('.djs-visual > path');
          if (path) {
            const ratio = weight / max;
            path.style.setProperty('stroke', colour(Math.max(0.35, ratio)), 'important');
            // Arrow markers scale with the stroke width: keep it modest.
            path.style.setProperty('stroke-width', `${(2 + 2 * ratio).toFixed(1)}px`, 'important');
            this._heated.push(path);
          }
        }
        return;
      }
      if (!c) {
        return;
      }
      if (heat && c.taken > 0 && element.type !== 'bpmn:Process') {
        const shape = visual.querySelector('.djs-visual > rect, .djs-visual > circle, .djs-visual > polygon');
        if (shape) {
          shape.style.setProperty('fill', colour(c.taken / max), 'important');
          this._heated.push(shape);
        }
        if (element.width) {
          overlays.add(element.id, 'bf-count', {
            position: { top: -12, right: 12 },
            html: `<span class="bf-badge bf-badge-taken" title="taken">${c.taken}</span>`,
          });
          badges++;
        }
      }
      if (c.running > 0 && element.width) {
        overlays.add(element.id, 'bf-count', {
          position: { bottom: 10, left: -8 },
          html: `<span class="bf-badge bf-badge-running" title="running">${c.running}</span>`,
        });
        badges++;
      }
      if (c.incidents > 0 && element.width) {
        overlays.add(element.id, 'bf-count', {
          position: { bottom: 10, right: 12 },
          html: `<span class="bf-badge bf-badge-incidents" title="incidents">${c.incidents}</span>`,
        });
        badges++;
      }
    });
    this.setAttribute('badge-count', String(badges));
  }
}

if (!customElements.get('bokjiflow-process-diagram')) {
  customElements.define('bokjiflow-process-diagram', BokjiflowProcessDiagram);
}
