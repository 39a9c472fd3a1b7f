// The outputs Voila's template left in the page as JSON (one <script> per rich output: a plot, an HTML table,
// a widget), drawn in place with ipywidgets' renderers, as Voila's own page script draws them.

import { MimeModel } from '@jupyterlab/rendermime';
import { Widget } from '@lumino/widgets';

const OUTPUT_SCRIPT = 'script[type="application/vnd.voila.cell-output+json"]';
const WIDGET_VIEW = 'application/vnd.jupyter.widget-view+json';

/** Draw one output where its script stands. Returns a promise that settles once it is drawn. */
function draw(rendermime, script, output) {
  const mimeType = rendermime.preferredMimeType(output.data, 'any');
  if (!mimeType) {
    return Promise.resolve();
  }
  const renderer = rendermime.createRenderer(mimeType);
  renderer.addClass('jp-OutputArea-output');
  const container = script.parentElement;
  container.removeChild(script);
  Widget.attach(renderer, container); // a widget view needs its node in the page before it renders
  // Not trusted, as Voila draws them: an HTML output is sanitized and a script in it does not run.
  const model = new MimeModel({ data: output.data, metadata: output.metadata || {}, trusted: false });
  return renderer.renderModel(model).catch((error) => {
    const shown = document.createElement('pre');
    shown.className = 'lm-Widget jp-RenderedText';
    shown.setAttribute('data-mime-type', 'application/vnd.jupyter.stderr');
    shown.textContent = `This output could not be shown / Cette sortie ne peut pas être affichée: ${error.message || error}`;
    renderer.node.appendChild(shown);
  });
}

/**
 * Draw every output of the page: plots and HTML at once, widgets once ``widgetsReady`` has settled (their
 * models come from the kernel).
 */
export async function drawOutputs(rendermime, widgetsReady) {
  const waiting = [];
  for (const script of document.querySelectorAll(OUTPUT_SCRIPT)) {
    let output;
    try {
      output = JSON.parse(script.textContent);
    } catch (error) {
      console.error('CAIRE app: an output is not valid JSON', error);
      continue;
    }
    if (!output.data) {
      continue; // streams and errors are already HTML in the page
    }
    if (WIDGET_VIEW in output.data) {
      waiting.push(widgetsReady.then(() => draw(rendermime, script, output)));
    } else {
      draw(rendermime, script, output);
    }
  }
  await Promise.all(waiting);
}
