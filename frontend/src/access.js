// What the widgets' own markup leaves out for people who use a screen reader or the keyboard, added as the
// widgets appear (and whenever they redraw):
// - a slider's handle is named by the slider's label and says its value the page's language's way ("0,50");
//   its readout shows that value too, and takes a value typed the page's language's way ("0,5": ipywidgets
//   alone would read 0 there);
// - a group of options (radio buttons) is a named radio group;
// - a region marked caire-live (an answer's feedback, Submit's result) is announced when it changes.
// axe-core found the unnamed slider handles on every app (WCAG 4.1.2); tests/test_app_browser.py checks them.

function pageLanguage() {
  return document.documentElement.lang || 'en';
}

function decimalsOf(text) {
  const match = /[.,](\d+)/.exec(text || '');
  return match ? match[1].length : 0;
}

function labelText(element) {
  const label = element.querySelector(':scope > .widget-label, :scope > label');
  return label ? label.textContent.trim() : '';
}

/** The slider's value. The readout ipywidgets writes holds it at the slider's precision ("0.01", "\u22123.0");
 *  noUiSlider's aria-valuenow rounds it to one decimal ("0.0"), so it serves only where there is no readout. */
function sliderValue(slider, handle, readout) {
  if (readout && !readout.dataset.caireEditing && readout.textContent !== slider.dataset.caireShown) {
    const text = readout.textContent.replace('\u2212', '-').replace(/[,\s\u00a0\u202f]/g, '');
    const written = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
    if (!Number.isNaN(written) && text !== '') {
      slider.dataset.caireValue = String(written);
    }
  }
  if (slider.dataset.caireValue !== undefined) {
    return Number(slider.dataset.caireValue);
  }
  const now = handle.getAttribute('aria-valuenow');
  return now === null ? null : Number(now);
}

function describeSlider(slider) {
  const handle = slider.querySelector('.noUi-handle');
  if (!handle) {
    return;
  }
  const name = labelText(slider);
  if (name && handle.getAttribute('aria-label') !== name) {
    handle.setAttribute('aria-label', name);
  }
  const readout = slider.querySelector('.widget-readout');
  const value = sliderValue(slider, handle, readout);
  if (value === null || Number.isNaN(value)) {
    return;
  }
  if (!slider.dataset.caireDecimals) {
    slider.dataset.caireDecimals = String(decimalsOf(readout ? readout.textContent : ''));
    // A readout such as "90%" (readout_format '.0%') is a share: said "90 %", not "1".
    slider.dataset.caireStyle = readout && readout.textContent.includes('%') ? 'percent' : 'decimal';
  }
  const decimals = Number(slider.dataset.caireDecimals);
  const text = new Intl.NumberFormat(pageLanguage(), {
    style: slider.dataset.caireStyle,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals
  }).format(value);
  if (handle.getAttribute('aria-valuetext') !== text) {
    handle.setAttribute('aria-valuetext', text);
  }
  if (readout) {
    acceptTypedValues(readout, name);
    if (!readout.dataset.caireEditing && readout.textContent !== text) {
      readout.textContent = text; // not while the learner types in it
    }
    slider.dataset.caireShown = readout.textContent;
  }
}

/** The readout can be typed into in the page's language ("58,5" in French): the text is put back the way
 *  ipywidgets reads it (58.5) just before it reads it, on Enter or when the readout loses the focus. */
function acceptTypedValues(readout, name) {
  if (readout.dataset.caireTyping) {
    return;
  }
  readout.dataset.caireTyping = '1';
  readout.setAttribute('role', 'textbox');
  if (name) {
    readout.setAttribute('aria-label', name);
  }
  const normalise = () => {
    const text = readout.textContent.replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-');
    // A decimal comma in French; a thousands separator in English ("1,500").
    readout.textContent = pageLanguage().startsWith('fr') ? text.replace(',', '.') : text.replace(/,/g, '');
  };
  const done = () => {
    normalise();
    delete readout.dataset.caireEditing; // the value ipywidgets reads back is shown the page's way again
  };
  readout.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') {
        done();
      } else {
        readout.dataset.caireEditing = '1';
      }
    },
    true,
  );
  readout.addEventListener('blur', done, true);
}

function describeOptions(box) {
  if (box.getAttribute('role') !== 'radiogroup') {
    box.setAttribute('role', 'radiogroup');
  }
  const name = labelText(box.parentElement || box) || labelText(box);
  if (name && box.getAttribute('aria-label') !== name) {
    box.setAttribute('aria-label', name);
  }
}

function describeLive(region) {
  if (region.getAttribute('aria-live') !== 'polite') {
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('role', 'status');
  }
}

/** An output wider or taller than its box (a wide table) scrolls: with nothing focusable inside, a keyboard user
 *  could not scroll it (axe-core: scrollable-region-focusable, WCAG 2.1.1). It joins the Tab order as a named
 *  region, named by its table's caption when it has one. */
function reachScrollingOutput(output) {
  const scrolls = output.scrollWidth > output.clientWidth + 1 || output.scrollHeight > output.clientHeight + 1;
  if (!scrolls || output.hasAttribute('tabindex')) {
    return;
  }
  const style = getComputedStyle(output);
  if (![style.overflowX, style.overflowY].some((overflow) => overflow === 'auto' || overflow === 'scroll')) {
    return;
  }
  if (output.querySelector('a[href], button, input, select, textarea, [tabindex]')) {
    return;
  }
  const caption = output.querySelector('caption');
  const french = pageLanguage().startsWith('fr');
  output.setAttribute('tabindex', '0');
  output.setAttribute('role', 'region');
  output.setAttribute(
    'aria-label',
    caption ? caption.textContent.trim() : french ? 'Contenu à faire défiler' : 'Scrollable content'
  );
}

export function describeWidgets(root = document.body) {
  root.querySelectorAll('.widget-slider, .jupyter-widget-slider').forEach(describeSlider);
  root.querySelectorAll('.widget-radio-box').forEach(describeOptions);
  root.querySelectorAll('.caire-live').forEach(describeLive);
  root.querySelectorAll('.jp-OutputArea-output, .widget-html-content').forEach(reachScrollingOutput);
}

/** Describe the widgets now and whenever the page changes (a widget drawn, a slider moved). */
export function keepWidgetsDescribed() {
  let pending = false;
  const observer = new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        describeWidgets();
      });
    }
  });
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-valuenow']
  });
  describeWidgets();
}
