// What the widgets' own markup leaves out for people who use a screen reader or the keyboard, added as the
// widgets appear (and whenever they redraw):
// - a slider's handle is named by the slider's label and says its value the page's language's way ("0,50");
//   its readout shows that value too, and is not editable (typing "0,5" there would give 0: use the arrows);
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

function sliderValue(handle) {
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
  const value = sliderValue(handle);
  if (value === null || Number.isNaN(value)) {
    return;
  }
  if (!slider.dataset.caireDecimals) {
    slider.dataset.caireDecimals = String(decimalsOf(readout ? readout.textContent : ''));
  }
  const decimals = Number(slider.dataset.caireDecimals);
  const text = new Intl.NumberFormat(pageLanguage(), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals
  }).format(value);
  if (handle.getAttribute('aria-valuetext') !== text) {
    handle.setAttribute('aria-valuetext', text);
  }
  if (readout) {
    readout.setAttribute('contenteditable', 'false');
    readout.setAttribute('aria-hidden', 'true'); // the handle says the value
    if (readout.textContent !== text) {
      readout.textContent = text;
    }
  }
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

export function describeWidgets(root = document.body) {
  root.querySelectorAll('.widget-slider, .jupyter-widget-slider').forEach(describeSlider);
  root.querySelectorAll('.widget-radio-box').forEach(describeOptions);
  root.querySelectorAll('.caire-live').forEach(describeLive);
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
