// A chart drawn by Apache ECharts from an option object the server sets as JSON (property
// "option"). Light DOM; the element itself carries role="img" and an aria-label set by the
// server, and ECharts' own aria module adds a generated description. The data are also
// shown as a table next to the chart by the server (the accessible alternative).
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

class BokjiflowChart extends HTMLElement {
  constructor() {
    super();
    this._option = '';
    this._chart = null;
    this._observer = null;
  }

  connectedCallback() {
    // A property set before the element was upgraded hides the setter: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = this.option;
      delete this.option;
      this.option = value;
    }
    if (!this._canvas) {
      this._canvas = document.createElement('div');
      this._canvas.className = 'chart-canvas';
      this._canvas.style.width = '100%';
      this._canvas.style.height = '100%';
      this.appendChild(this._canvas);
    }
    if (!this._chart) {
      this._chart = echarts.init(this._canvas, null, { renderer: 'svg' });
      this._observer = new ResizeObserver(() => this._chart && this._chart.resize());
      this._observer.observe(this);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._observer) {
      this._observer.disconnect();
      this._observer = null;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set option(value) {
    this._option = value || '';
    this._render();
  }

  get option() {
    return this._option;
  }

  _render() {
    if (!this._chart || !this._option) {
      return;
    }
    let option;
    try {
      option = JSON.parse(this._option);
    } catch (e) {
      console.error('bokjiflow-chart: invalid option', e);
      return;
    }
    option.aria = Object.assign({ enabled: true }, option.aria || {});
    this._chart.setOption(option, true);
  }
}

if (!customElements.get('bokjiflow-chart')) {
  customElements.define('bokjiflow-chart', BokjiflowChart);
}
