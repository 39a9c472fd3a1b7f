// When the app's kernel is gone (the server restarted, or the connection is lost for good), the widgets no
// longer answer: say so at the top of the page instead of leaving buttons that do nothing.

const NOTICE_ID = 'caire-connection-lost';
const MESSAGE =
  'This app lost its connection to the server: reload the page to start again (your answers here are lost). / ' +
  "Cette application a perdu sa connexion au serveur : rechargez la page pour recommencer (vos réponses ici sont perdues).";

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
  const update = () => {
    if (kernel.status === 'dead' || kernel.connectionStatus === 'disconnected') {
      show();
    } else if (kernel.connectionStatus === 'connected') {
      hide();
    }
  };
  kernel.connectionStatusChanged.connect(update);
  kernel.statusChanged.connect(update);
}
