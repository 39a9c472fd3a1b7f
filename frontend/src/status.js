// When the app's kernel is gone, the widgets no longer answer: say so at the top of the page instead of leaving
// buttons that do nothing. Gone means: it died, or the server restarted it (a new kernel holds none of this
// page's widgets), or the connection to the server is lost for good.

const NOTICE_ID = 'caire-connection-lost';
const MESSAGE =
  'This app lost its connection to the server: reload the page to start again (your answers here are lost). / ' +
  "Cette application a perdu sa connexion au serveur : rechargez la page pour recommencer (vos réponses ici sont perdues).";
const KERNEL_GONE = new Set(['dead', 'restarting', 'autorestarting']);

function show() {
  if (document.getElementById(NOTICE_ID)) {
    return;
  }
  const notice = document.createElement('div');
  notice.id = NOTICE_ID;
  notice.setAttribute('role', 'alert');
  notice.textContent = MESSAGE;
  document.body.prepend(notice);
}

function hide() {
  document.getElementById(NOTICE_ID)?.remove();
}

export function watchConnection(kernel) {
  let gone = false; // once the kernel is gone, this page's widgets are gone with it
  const update = () => {
    gone = gone || KERNEL_GONE.has(kernel.status);
    if (gone || kernel.connectionStatus === 'disconnected') {
      show();
    } else if (kernel.connectionStatus === 'connected') {
      hide(); // the connection came back to the same kernel
    }
  };
  kernel.connectionStatusChanged.connect(update);
  kernel.statusChanged.connect(update);
}
