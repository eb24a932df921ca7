import { UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

const customConfig: UserConfigFn = (env) => ({
  // One copy of preact for all bpmn.io editors: @bpmn-io/form-js-editor pins preact <= 10.15.1
  // (npm nests that copy under it) while form-js-viewer and @bpmn-io/properties-panel use the
  // top-level one; with two copies the form editor's hooks never re-render and it stays empty.
  resolve: {
    dedupe: ['preact'],
  },
});

export default overrideVaadinConfig(customConfig);
