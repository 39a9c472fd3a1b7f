"""What the browser tests check on every page the course serves (lesson pages, apps, the gallery): axe-core's
WCAG 2.1 A/AA rules, and that the keyboard alone reaches every control with a visible focus.

Used by tests/test_app_browser.py and tests/test_gallery.py, on a Playwright page already rendered."""

from __future__ import annotations

#: axe-core's rule tags for WCAG 2.1 levels A and AA (RGAA 4.1 is built on them).
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

#: Marks every visible control of the page (``data-caire-control``) and describes it. A control is what a keyboard
#: user must reach: a field, a button, a list, a link, a slider's handle, an editable readout.
_MARK_CONTROLS = """() => {
  const selector = 'input:not([type=hidden]), button, select, textarea, a[href], summary,'
    + ' [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
  // In a closed <details> only the summary shows (and Tab skips the rest, until the learner opens it).
  const folded = element => element.closest('details:not([open])') && !element.closest('summary');
  const shown = element => !element.disabled && !folded(element) && element.getClientRects().length > 0
    && element.checkVisibility({visibilityProperty: true});
  const controls = Array.from(document.querySelectorAll(selector)).filter(shown);
  controls.forEach((element, index) => element.setAttribute('data-caire-control', String(index)));
  return controls.map(element => ({
    tag: element.tagName.toLowerCase(),
    type: element.type || '',
    group: element.type === 'radio' ? (element.name || '') : '',
    text: (element.getAttribute('aria-label') || element.textContent || element.value || '').trim().slice(0, 50),
    where: (element.closest('[class]') || element).className.toString().slice(0, 80)
      + (element.closest('details') ? ` (in a details, ${element.closest('details').open ? 'open' : 'closed'})` : '')
      + ` tabIndex=${element.tabIndex}`,
  }));
}"""

#: The control that has the focus, and whether the focus shows (an outline or a ring).
_FOCUSED = """() => {
  const element = document.activeElement;
  if (!element || !element.hasAttribute('data-caire-control')) {
    return null;
  }
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return {index: Number(element.getAttribute('data-caire-control')), shows: outline || style.boxShadow !== 'none'};
}"""


def axe_report(page) -> str:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, as a readable report; "" when there are none."""
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    return "" if result.violations_count == 0 else result.generate_report()


def tab_through(page) -> dict[str, list]:
    """Press Tab from the top of the page until the focus has gone round: which controls it never reached, and which
    it reached without a visible focus. A radio button counts as reached when another of its group was (Tab stops
    once per group; the arrows move inside it)."""
    controls = page.evaluate(_MARK_CONTROLS)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    reached: dict[int, bool] = {}
    first = None
    for _ in range(2 * len(controls) + 20):  # other stops (the browser's own) may come between the controls
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None:
            continue
        if focused["index"] == first and len(reached) > 1:
            break  # round the page once
        first = focused["index"] if first is None else first
        reached.setdefault(focused["index"], focused["shows"])
    groups = {controls[index]["group"] for index in reached if controls[index]["group"]}
    missed = [
        control
        for index, control in enumerate(controls)
        if index not in reached and not (control["group"] and control["group"] in groups)
    ]
    unseen = [controls[index] for index, shows in reached.items() if not shows]
    return {"controls": controls, "missed": missed, "focus_not_shown": unseen}
