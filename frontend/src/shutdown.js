// A page view's kernel ends with the page (the server's shutdown endpoint, voila/api/shutdown/<id>).

import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services/lib/serverconnection';

// The server accepts a POST whose XSRF header repeats its XSRF cookie (a page of another site can neither read
// nor write this site's cookies). JupyterLab and a hub set that cookie; standalone Voila never does, so its
// own page's shutdown request was refused (voila-dashboards/voila#1458). Where there is none, the page makes
// one, as tornado's own pages would.
function ensureXsrfCookie(baseUrl) {
  if (/(^|;\s*)_xsrf=/.test(document.cookie)) {
    return;
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const token = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  document.cookie = `_xsrf=${token}; path=${new URL(baseUrl, location.href).pathname}; SameSite=Strict`;
}

// Each page view has a kernel of its own (130-400 MB): when the learner leaves the page, it goes too, instead of
// holding memory and a place under the server's kernel cap until the idle culler finds it a minute or more
// later. A page kept in the browser's back-forward cache keeps its kernel (the culler handles it).
export function shutDownWithThePage(kernelId, serverSettings) {
  ensureXsrfCookie(serverSettings.baseUrl); // now: a cookie written while the page goes may not be sent
  window.addEventListener('pagehide', (event) => {
    if (event.persisted) {
      return;
    }
    const url = URLExt.join(serverSettings.baseUrl, 'voila/api/shutdown', kernelId);
    // keepalive: the request outlives the page; makeRequest sends the XSRF cookie back as a header (and the
    // server's token, where there is one)
    ServerConnection.makeRequest(url, { method: 'POST', keepalive: true }, serverSettings).catch(() => undefined);
  });
}
