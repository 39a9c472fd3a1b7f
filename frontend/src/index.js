// The page script of CAIRE's Voila apps (jupyter-data/voila/templates/caire).
//
// Voila has already run the app in a kernel and sent the page its outputs; this script draws them and
// connects the widgets to that kernel. It replaces Voila's own page script, which starts a whole JupyterLab
// front end (about 6 MB of script and 130 requests) before the first widget shows: on this course's
// 2-core machine that was about a second of a learner's wait (benchmarks/voila.py). Everything a learner
// sees comes from ipywidgets' and JupyterLab's own packages (frontend/package.json).

import '@fortawesome/fontawesome-free/css/all.min.css';
import '@fortawesome/fontawesome-free/css/v4-shims.min.css';
import '@jupyter-widgets/controls/css/widgets-base.css';
import './page.css';
import { KernelConnection } from '@jupyterlab/services/lib/kernel/default';
import { ServerConnection } from '@jupyterlab/services/lib/serverconnection';

import { keepWidgetsDescribed } from './access';
import { KernelWidgetManager } from './manager';
import { drawOutputs } from './outputs';
import { shutDownWithThePage } from './shutdown';
import { watchConnection } from './status';

function pageConfig() {
  const element = document.getElementById('jupyter-config-data');
  return element ? JSON.parse(element.textContent) : {};
}

async function main() {
  const config = pageConfig();
  if (!config.kernelId) {
    return; // a page without a kernel (an error page): nothing to connect
  }
  // Base URL, websocket URL and token come from the page config Voila wrote (PageConfig reads it).
  const serverSettings = ServerConnection.makeSettings();
  const kernel = new KernelConnection({ model: { id: config.kernelId, name: '' }, serverSettings });
  watchConnection(kernel);
  shutDownWithThePage(config.kernelId, serverSettings);
  const manager = new KernelWidgetManager(kernel);
  window.caireApp = { kernel, manager };
  keepWidgetsDescribed();
  await drawOutputs(manager.renderMime, manager.loadFromKernel());
}

main().catch((error) => console.error('CAIRE app:', error));
