// The CAIRE attestation check, in the browser, with no server code and no request outside this folder.
//
// An attestation is an Open Badges 3.0 credential in the native VC-JWT form (OB 3.0 §8.2): a compact JWS
// "header.payload.signature", RS256, whose payload is the credential itself. The page trusts one key only, the
// issuer's, published beside it in issuer.json; a key in the token's own header is never trusted (anybody can
// put theirs there). Revocation is a W3C Bitstring Status List, signed with the same key, in status/.
//
// Layout of the folder: index.html (this page), issuer.json, status/revocation.jwt, credentials/<uuid>.jwt.
// The address index.html#<uuid> (the attestation's QR code) checks credentials/<uuid>.jwt.
//
// Outcomes: valid, revoked, invalid (the signature or the contents do not hold), notfound, unchecked (the
// attestation, the key or the revocation list could not be read: nothing can be said).
'use strict';

const TEXTS = {
  en: {
    title: 'Check a CAIRE attestation',
    intro: 'This page checks that an attestation of the CAIRE course was issued by its issuer and has not been '
      + 'revoked. The check runs in your browser: nothing you paste here is sent anywhere.',
    result_heading: 'Result',
    nothing_yet: 'Open the link of an attestation (its QR code) or paste the attestation below.',
    noscript: 'This check needs JavaScript.',
    paste_heading: 'Check an attestation you have',
    paste_label: 'Paste the attestation’s text (it begins with eyJ):',
    file_label: 'Or choose the attestation’s file (.jwt or .txt):',
    check: 'Check',
    switch: 'Français',
    checking: 'Checking the attestation…',
    valid: 'Valid attestation',
    valid_text: 'It was issued by {issuer} and has not been revoked.',
    revoked: 'Revoked attestation',
    revoked_text: 'Its issuer has revoked it: it no longer certifies anything.',
    invalid: 'Invalid attestation',
    invalid_text: 'Its signature does not match: it was altered, or it was not issued by {issuer}.',
    notfound: 'Attestation not found',
    notfound_text: 'No attestation has this number. Check the address, or scan the QR code again.',
    empty_text: 'No attestation was found in this text.',
    unchecked: 'Cannot check',
    unchecked_text: 'The attestation or its revocation list could not be read. Try again later.',
    no_browser: 'This browser cannot check signatures: try a recent Firefox, Chrome, Edge or Safari.',
    why_format: 'This text is not an attestation in the expected form.',
    why_issuer: 'It was not issued by {issuer}.',
    why_link: 'It is not the attestation this address names.',
    why_early: 'It is not valid before {date}.',
    why_expired: 'It expired on {date}.',
    learner: 'Learner',
    achievement: 'Achievement',
    issuer: 'Issuer',
    issued: 'Date of issue',
    alignments: 'Competences',
    unnamed: 'not stated',
  },
  // French typography as in the rest of the course (caire/core/typography.py): a no-break space (U+00A0) before
  // ":" and inside « », a narrow one (U+202F) before ";", "?" and "!", the apostrophe ’.
  fr: {
    title: 'Vérifier une attestation CAIRE',
    intro: 'Cette page vérifie qu’une attestation du parcours CAIRE a bien été délivrée par son émetteur et n’a '
      + 'pas été révoquée. La vérification se fait dans votre navigateur\u00a0: rien de ce que vous collez ici '
      + 'n’est envoyé.',
    result_heading: 'Résultat',
    nothing_yet: 'Ouvrez le lien d’une attestation (son QR code) ou collez l’attestation ci-dessous.',
    noscript: 'Cette vérification a besoin de JavaScript.',
    paste_heading: 'Vérifier une attestation que vous avez',
    paste_label: 'Collez le texte de l’attestation (il commence par eyJ)\u00a0:',
    file_label: 'Ou choisissez le fichier de l’attestation (.jwt ou .txt)\u00a0:',
    check: 'Vérifier',
    switch: 'English',
    checking: 'Vérification de l’attestation…',
    valid: 'Attestation valide',
    valid_text: 'Elle a été délivrée par {issuer} et n’a pas été révoquée.',
    revoked: 'Attestation révoquée',
    revoked_text: 'Son émetteur l’a révoquée\u00a0: elle ne certifie plus rien.',
    invalid: 'Attestation non valide',
    invalid_text: 'Sa signature ne correspond pas\u00a0: elle a été modifiée, ou elle n’a pas été délivrée par '
      + '{issuer}.',
    notfound: 'Attestation introuvable',
    notfound_text: 'Aucune attestation ne porte ce numéro. Vérifiez l’adresse, ou scannez à nouveau le QR code.',
    empty_text: 'Aucune attestation n’a été trouvée dans ce texte.',
    unchecked: 'Vérification impossible',
    unchecked_text: 'L’attestation ou sa liste de révocation n’a pas pu être lue. Réessayez plus tard.',
    no_browser: 'Ce navigateur ne sait pas vérifier une signature\u00a0: essayez un Firefox, Chrome, Edge ou '
      + 'Safari récent.',
    why_format: 'Ce texte n’est pas une attestation de la forme attendue.',
    why_issuer: 'Elle n’a pas été délivrée par {issuer}.',
    why_link: 'Ce n’est pas l’attestation que désigne cette adresse.',
    why_early: 'Elle n’est pas valide avant le {date}.',
    why_expired: 'Elle a expiré le {date}.',
    learner: 'Titulaire',
    achievement: 'Accomplissement',
    issuer: 'Émetteur',
    issued: 'Date de délivrance',
    alignments: 'Compétences',
    unnamed: 'non indiqué',
  },
};

// The sign shown before each outcome's word (the colour is never the only signal).
const ICONS = {valid: '✓', revoked: '✗', invalid: '✗', notfound: '?', unchecked: '!', checking: '…'};

const LANGUAGE = (() => {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked !== null && Object.hasOwn(TEXTS, asked)) {
    return asked;
  }
  return (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
})();

/** The text `key` in the page's language, with {name} replaced by `values.name`. */
function t(key, values = {}) {
  return TEXTS[LANGUAGE][key].replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

/** Why an attestation fails, with the outcome to show and an optional reason (a key of TEXTS). */
class Outcome extends Error {
  constructor(outcome, reason = null, values = {}) {
    super(outcome);
    this.outcome = outcome;
    this.reason = reason;
    this.values = values;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const MAX_TOKEN = 1 << 20; // characters: an attestation is a few kilobytes, a status list a few more
const MAX_LIST = 5 << 20; // bytes of a decompressed status list (openbadgeslib's reader has the same cap)
const CLOCK_SKEW = 5 * 60 * 1000; // milliseconds of tolerance on the dates, for a computer's clock that is off

// --- reading a token -----------------------------------------------------------------------------------------

function base64urlBytes(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return Uint8Array.from(atob(base64), c => c.charCodeAt(0));
}

function base64urlJson(text) {
  return JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(base64urlBytes(text)));
}

/** The header and payload of a compact JWS signed by the issuer's key (RS256 only), or an Outcome thrown. */
async function verifiedPayload(token, issuerKey, failure) {
  if (token.length > MAX_TOKEN || !COMPACT_JWS.test(token)) {
    throw new Outcome(failure, 'why_format');
  }
  const [encodedHeader, encodedPayload, encodedSignature] = token.split('.');
  let header;
  try {
    header = base64urlJson(encodedHeader);
  } catch {
    throw new Outcome(failure, 'why_format');
  }
  // Only the algorithm the issuer uses: never "none", nor HS256 (which would take the public key as a secret).
  // A header "crit" asks for extensions this page does not know: refuse it, as RFC 7515 §4.1.11 says.
  if (header === null || typeof header !== 'object' || header.alg !== 'RS256' || 'crit' in header) {
    throw new Outcome(failure);
  }
  // A key in the header is only a hint: it must be the issuer's own (the signature is checked with issuer.json's).
  if ('jwk' in header) {
    const jwk = header.jwk;
    if (!jwk || jwk.kty !== 'RSA' || jwk.n !== issuerKey.jwk.n || jwk.e !== issuerKey.jwk.e) {
      throw new Outcome(failure);
    }
  }
  let signature;
  try {
    signature = base64urlBytes(encodedSignature);
  } catch {
    throw new Outcome(failure, 'why_format');
  }
  const signed = new TextEncoder().encode(`${encodedHeader}.${encodedPayload}`);
  const holds = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', issuerKey.key, signature, signed);
  if (!holds) {
    throw new Outcome(failure);
  }
  try {
    const payload = base64urlJson(encodedPayload);
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
      throw new TypeError('not an object');
    }
    return payload;
  } catch {
    throw new Outcome(failure, 'why_format');
  }
}

// --- the issuer, the dates, the revocation list --------------------------------------------------------------

/** Fetch a file of this folder as text: an Outcome `missing` on 404/410, `unchecked` on any other failure. */
async function fetchText(url, missing = 'unchecked') {
  let response;
  try {
    response = await fetch(url, {cache: 'no-store', credentials: 'omit'});
  } catch {
    throw new Outcome('unchecked');
  }
  if (response.status === 404 || response.status === 410) {
    throw new Outcome(missing);
  }
  if (!response.ok) {
    throw new Outcome('unchecked');
  }
  return (await response.text()).trim();
}

let issuerPromise = null;

/** issuer.json, with its public key imported for WebCrypto (fetched once). */
function issuer() {
  issuerPromise ??= (async () => {
    let profile;
    try {
      profile = JSON.parse(await fetchText('issuer.json'));
    } catch (error) {
      throw error instanceof Outcome ? error : new Outcome('unchecked');
    }
    const jwk = profile && profile.publicKeyJwk;
    if (!jwk || jwk.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') {
      throw new Outcome('unchecked');
    }
    const key = await crypto.subtle.importKey(
      'jwk', {kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RS256', ext: true},
      {name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256'}, false, ['verify'],
    );
    return {id: String(profile.id), name: String(profile.name || profile.id), key, jwk};
  })();
  issuerPromise.catch(() => { issuerPromise = null; }); // a failure is tried again at the next check
  return issuerPromise;
}

/** The issuer's id in a credential: a string, or a Profile object with an id. */
function issuerId(value) {
  return typeof value === 'string' ? value : (value && typeof value === 'object' ? value.id : undefined);
}

function formatDate(date) {
  return new Intl.DateTimeFormat(LANGUAGE, {dateStyle: 'long'}).format(date);
}

/** Throws an Outcome `failure` unless now lies between nbf/validFrom and exp/validUntil. */
function checkDates(payload, failure) {
  const now = Date.now();
  const starts = [payload.nbf * 1000, Date.parse(payload.validFrom)].filter(Number.isFinite);
  const ends = [payload.exp * 1000, Date.parse(payload.validUntil)].filter(Number.isFinite);
  if ((payload.validFrom !== undefined && Number.isNaN(Date.parse(payload.validFrom)))
      || (payload.validUntil !== undefined && Number.isNaN(Date.parse(payload.validUntil)))) {
    throw new Outcome(failure, 'why_format');
  }
  for (const start of starts) {
    if (start > now + CLOCK_SKEW) {
      throw new Outcome(failure, 'why_early', {date: formatDate(new Date(start))});
    }
  }
  for (const end of ends) {
    if (end < now - CLOCK_SKEW) {
      throw new Outcome(failure, 'why_expired', {date: formatDate(new Date(end))});
    }
  }
}

/** The bytes of a gzip stream, decompressed by the browser (at most MAX_LIST of them). */
async function gunzip(bytes) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) {
      break;
    }
    size += value.length;
    if (size > MAX_LIST) {
      await reader.cancel();
      throw new Error('status list too large');
    }
    chunks.push(value);
  }
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

/** Whether the credential is revoked, from its BitstringStatusListEntry; an Outcome `unchecked` when the list
 * cannot be read or trusted. A credential without a status entry cannot be revoked. */
async function isRevoked(credential, trusted) {
  const entries = [credential.credentialStatus ?? []].flat();
  let revoked = false;
  for (const entry of entries) {
    if (!entry || entry.type !== 'BitstringStatusListEntry' || !/^\d+$/.test(String(entry.statusListIndex))) {
      throw new Outcome('unchecked');
    }
    if (entry.statusPurpose !== 'revocation' && entry.statusPurpose !== 'suspension') {
      continue; // another purpose (a message, a refresh) says nothing about validity; a suspension counts as one
    }
    // Only a list of this site: another origin would be another request (and another party to trust).
    let url;
    try {
      url = new URL(entry.statusListCredential, location.href);
    } catch {
      throw new Outcome('unchecked');
    }
    if (url.origin !== location.origin) {
      throw new Outcome('unchecked');
    }
    let list;
    try {
      list = await verifiedPayload(await fetchText(url.href), trusted, 'unchecked');
      checkDates(list, 'unchecked'); // a list past its validUntil may be an old copy, replayed
    } catch (error) {
      throw error instanceof Outcome ? new Outcome('unchecked') : error;
    }
    const subject = list.credentialSubject || {};
    if (![list.type].flat().includes('BitstringStatusListCredential') || issuerId(list.issuer) !== trusted.id
        || list.id !== entry.statusListCredential || subject.statusPurpose !== entry.statusPurpose
        || (subject.statusSize ?? 1) !== 1 || typeof subject.encodedList !== 'string'
        || !subject.encodedList.startsWith('u')) {
      throw new Outcome('unchecked');
    }
    let bits;
    try {
      bits = await gunzip(base64urlBytes(subject.encodedList.slice(1))); // "u": multibase base64url
    } catch {
      throw new Outcome('unchecked');
    }
    const index = Number(entry.statusListIndex);
    if (index >= bits.length * 8) {
      throw new Outcome('unchecked');
    }
    // Bit 0 is the most significant bit of the first byte (Bitstring Status List §3.2).
    revoked ||= (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
  }
  return revoked;
}

// --- the whole check -----------------------------------------------------------------------------------------

/** Check a compact JWT: {outcome, credential, issuer}. `expectedId` is the id the address names, if any. */
async function check(token, expectedId = null) {
  if (!globalThis.crypto?.subtle || typeof DecompressionStream === 'undefined') {
    return {outcome: 'unchecked', reason: 'no_browser'};
  }
  let trusted = null;
  let credential = null;
  try {
    trusted = await issuer();
    credential = await verifiedPayload(token, trusted, 'invalid');
    const subject = [credential.credentialSubject].flat()[0];
    if (![credential.type].flat().includes('OpenBadgeCredential') || !subject || typeof subject !== 'object'
        || !subject.achievement || typeof subject.achievement !== 'object') {
      throw new Outcome('invalid', 'why_format');
    }
    if (issuerId(credential.issuer) !== trusted.id || (credential.iss !== undefined && credential.iss !== trusted.id)) {
      throw new Outcome('invalid', 'why_issuer');
    }
    if (expectedId !== null && credential.id !== expectedId) {
      throw new Outcome('invalid', 'why_link');
    }
    checkDates(credential, 'invalid');
    const revoked = await isRevoked(credential, trusted);
    return {outcome: revoked ? 'revoked' : 'valid', credential, issuer: trusted};
  } catch (error) {
    if (!(error instanceof Outcome)) {
      console.error(error);
      return {outcome: 'unchecked', issuer: trusted};
    }
    // An authentic attestation whose revocation list cannot be read: say what it is, and that it was not checked.
    return {outcome: error.outcome, reason: error.reason, values: error.values, issuer: trusted,
      credential: error.outcome === 'unchecked' ? credential : null};
  }
}

// --- showing the result --------------------------------------------------------------------------------------

/** An element with its text: credential data only ever goes in through textContent. */
function element(tag, text = null, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== null) {
    node.textContent = text;
  }
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  return node;
}

/** The learner's name: the credential's identifier of type "name", in clear. */
function learnerName(subject) {
  const named = [subject.identifier ?? []].flat()
    .find(identity => identity && identity.identityType === 'name' && identity.hashed === false);
  return named ? String(named.identityHash) : (typeof subject.name === 'string' ? subject.name : t('unnamed'));
}

/** What the attestation certifies, as a description list. */
function details(credential, trusted) {
  const subject = [credential.credentialSubject].flat()[0];
  const achievement = subject.achievement;
  const list = element('dl', null, {class: 'details'});
  const row = (label, value) => {
    list.append(element('dt', label));
    const cell = element('dd');
    cell.append(value instanceof Node ? value : document.createTextNode(value));
    list.append(cell);
  };
  row(t('learner'), learnerName(subject));
  row(t('achievement'), String(achievement.name ?? t('unnamed')));
  const issuerName = credential.issuer && typeof credential.issuer === 'object' ? credential.issuer.name : null;
  row(t('issuer'), String(issuerName || trusted.name));
  const issued = new Date(Date.parse(credential.validFrom) || credential.nbf * 1000);
  row(t('issued'), Number.isNaN(issued.getTime()) ? t('unnamed') : formatDate(issued));
  const alignments = [achievement.alignment ?? []].flat().filter(a => a && typeof a === 'object');
  if (alignments.length) {
    const items = element('ul', null, {class: 'alignments'});
    for (const alignment of alignments) {
      const code = alignment.targetCode ? `${alignment.targetCode} — ` : '';
      const framework = alignment.targetFramework ? ` (${alignment.targetFramework})` : '';
      items.append(element('li', `${code}${alignment.targetName ?? ''}${framework}`));
    }
    row(t('alignments'), items);
  }
  return list;
}

/** Replace the live region's content with an outcome (and the attestation's details when it is authentic). */
function show(result) {
  const region = document.getElementById('result');
  const {outcome} = result;
  region.dataset.outcome = outcome;
  const issuerName = result.issuer ? result.issuer.name : '';
  const box = element('div', null, {class: `outcome outcome-${outcome}`});
  const title = element('p', null, {class: 'outcome-title'});
  title.append(element('span', ICONS[outcome], {class: 'icon', 'aria-hidden': 'true'}), element('span', t(outcome)));
  box.append(title);
  if (outcome !== 'checking') {
    // The reason, when there is one, says more than the outcome's general sentence (and may contradict it).
    const sentence = result.reason ? t(result.reason, {issuer: issuerName, ...result.values}) : t(`${outcome}_text`,
      {issuer: issuerName});
    box.append(element('p', sentence));
  }
  if (result.credential && (outcome === 'valid' || outcome === 'revoked' || outcome === 'unchecked')) {
    box.append(details(result.credential, result.issuer));
  }
  region.replaceChildren(box);
}

/** A compact JWT in some text (a file, a paste): the first one, tolerating line breaks inside it. */
function findToken(text) {
  const pattern = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/;
  const found = text.match(pattern) || text.replace(/\s+/g, '').match(pattern);
  return found ? found[0] : null;
}

let current = 0; // the latest check: an older one that ends later must not overwrite its result

async function run(load) {
  const mine = ++current;
  show({outcome: 'checking'});
  let result;
  try {
    result = await load();
  } catch (error) {
    if (!(error instanceof Outcome)) {
      console.error(error);
    }
    result = {outcome: error instanceof Outcome ? error.outcome : 'unchecked', reason: error.reason};
  }
  if (mine === current) {
    show(result);
  }
}

/** Check the attestation the address's fragment names: index.html#<uuid> (a leading "urn:uuid:" is allowed). */
function checkFragment() {
  updateSwitch();
  let fragment;
  try {
    fragment = decodeURIComponent(location.hash.slice(1)).trim().replace(/^urn:uuid:/i, '').toLowerCase();
  } catch {
    fragment = location.hash.slice(1); // a malformed %-escape: not an attestation's number
  }
  if (!fragment) {
    return;
  }
  run(async () => {
    if (!UUID.test(fragment)) {
      return {outcome: 'notfound'};
    }
    const token = await fetchText(`credentials/${fragment}.jwt`, 'notfound');
    return check(token, `urn:uuid:${fragment}`);
  });
}

function checkText(text) {
  run(async () => {
    const token = findToken(text);
    return token ? check(token) : {outcome: 'notfound', reason: 'empty_text'};
  });
}

// --- the page ------------------------------------------------------------------------------------------------

/** The link to the other language keeps the attestation's fragment. */
function updateSwitch() {
  const other = LANGUAGE === 'fr' ? 'en' : 'fr';
  const link = document.getElementById('language-switch');
  link.href = `?lang=${other}${location.hash}`;
  link.lang = other;
  link.hreflang = other;
  link.textContent = t('switch');
}

function start() {
  document.documentElement.lang = LANGUAGE;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  document.getElementById('paste').addEventListener('submit', event => {
    event.preventDefault();
    checkText(document.getElementById('token').value);
  });
  document.getElementById('file').addEventListener('change', async event => {
    const file = event.target.files[0];
    if (file) {
      const text = file.size > MAX_TOKEN ? '' : await file.text();
      document.getElementById('token').value = text;
      checkText(text);
    }
  });
  window.addEventListener('hashchange', checkFragment);
  checkFragment();
}

start();
