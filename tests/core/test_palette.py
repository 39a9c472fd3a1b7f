"""One palette for every figure and widget (issue #18): each module draws with the colours of caire.core.figures.

The palette (:data:`caire.core.figures.COLOURS`) keeps 3:1 against the page, as WCAG 2.1 (1.4.11) asks of the
parts of a graphic, and is safe for colour-blind readers (Okabe and Ito; checked here by simulating the three
dichromacies). These tests read the source of every module (caire/modules/*/*.py, those still being written
included) and fail on any colour written there that is not the core's: a hex code, a matplotlib name ("red",
"tab:blue", "grey"), a colour-cycle reference ("C0"), a colour letter in a plot format ("ro-"), a colormap not
listed below, and a text colour in a widget's HTML or a figure's text below the 4.5:1 that text needs (1.4.3).
"""

from __future__ import annotations

import ast
import itertools
import math
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pytest
from matplotlib.axes._base import _process_plot_format
from matplotlib.colors import is_color_like

from caire.core.figures import BACKGROUNDS, COLOURS, CYCLE, TEXT_COLOURS, contrast

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = sorted(path.parent.name for path in (ROOT / "caire" / "modules").glob("*/__init__.py"))

#: The core's colours, by the name a module writes them with.
CORE = {"COLOURS": COLOURS, "TEXT_COLOURS": TEXT_COLOURS, "BACKGROUNDS": BACKGROUNDS}
#: Every colour a module may draw or write in: the palette, the text colours, the backgrounds.
ALLOWED = {code.upper() for colours in CORE.values() for code in colours.values()}
#: The only colours a module may name matplotlib's or CSS's way: each is a colour of the core. Any other name, the
#: greys included ("grey" is #808080, not the palette's), is written ``COLOURS["grey"]`` instead. No grey outside the
#: palette is allowed: the palette's own (black 21:1, dark_grey 12.6:1, grey 3.45:1) serve for reference lines,
#: and TEXT_COLOURS["muted"] (5.7:1) for quiet text.
NAMED = {
    "black": COLOURS["black"],
    "k": COLOURS["black"],
    "white": BACKGROUNDS["white"],
    "w": BACKGROUNDS["white"],
    "none": None,  # no fill or no edge: not a colour
}
#: The colormaps a module may use, and why each is safe.
COLORMAPS = {
    "gray_r": "ink on paper: an image of a digit, white to black",
    "Greys": "ink on paper: an image of a digit, white to black",
    "PuOr": "ColorBrewer's purple-orange diverging map, told apart in every common colour vision (more / less ink)",
    "Oranges": "ColorBrewer's one-hue map, light to dark whatever the colour vision; the counts are written on it",
}
#: Keyword arguments of matplotlib (and of the modules' own helpers) that take a colour.
COLOUR_KEYWORDS = {
    "color",
    "colors",
    "colour",
    "c",
    "facecolor",
    "facecolors",
    "edgecolor",
    "edgecolors",
    "fc",
    "ec",
    "markeredgecolor",
    "markerfacecolor",
    "mec",
    "mfc",
    "labelcolor",
    "hatchcolor",
}
#: matplotlib calls that write text: their colour must keep 4.5:1.
TEXT_CALLS = {"text", "annotate", "set_title", "set_xlabel", "set_ylabel", "suptitle", "title", "xlabel", "ylabel"}
#: matplotlib calls whose positional strings may be a format such as "ro-".
FORMAT_CALLS = {"plot", "semilogx", "semilogy", "loglog"}

HEX = re.compile(r"(?<![\w&])#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})\b")
CSS_DECLARATION = re.compile(r"(?<![\w-])(color|background(?:-color)?|border(?:-[a-z]+)*|outline)\s*:\s*([^;\"'{}<>]*)")
CSS_TEXT_COLOUR_BEFORE_VALUE = re.compile(r"(?<![\w-])color\s*:\s*$")
CSS_COLOUR_BEFORE_VALUE = re.compile(r"(?<![\w-])(background(?:-color)?|border(?:-[a-z]+)*|outline)\s*:[^;\"']*$")
UNKNOWN = object()  # a value this test cannot work out from the source (a parameter, a computed grey)


def _hex(code: str) -> str:
    code = code.lstrip("#").upper()
    return "#" + ("".join(2 * digit for digit in code) if len(code) == 3 else code)


class Scanner:
    """The colours of one source file, and what is wrong with them."""

    def __init__(self, source: str, name: str):
        self.name = name
        self.tree = ast.parse(source)
        self.problems: list[str] = []
        self.assigned: dict[str, list[ast.expr]] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        self.assigned.setdefault(target.id, []).append(node.value)

    def problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(f"{self.name}:{getattr(node, 'lineno', '?')}: {text}")

    # --- what an expression can be -------------------------------------------------------------------------------

    def values(self, node: ast.expr, seen: frozenset = frozenset()) -> list:
        """The strings ``node`` may hold (UNKNOWN where the source does not say)."""
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else []
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in CORE:
            key = node.slice
            if isinstance(key, ast.Constant) and key.value in CORE[node.value.id]:
                return [CORE[node.value.id][key.value]]
            if isinstance(key, ast.Constant):
                self.problem(node, f"{node.value.id}[{key.value!r}] is not in caire.core.figures")
                return []
            return list(CORE[node.value.id].values())
        if isinstance(node, ast.Subscript):
            return self.values(node.value, seen)
        if isinstance(node, ast.Name):
            if node.id in CORE:
                return list(CORE[node.id].values())
            if node.id in seen or node.id not in self.assigned:
                return [UNKNOWN]
            return [value for bound in self.assigned[node.id] for value in self.values(bound, seen | {node.id})]
        if isinstance(node, ast.IfExp):
            return self.values(node.body, seen) + self.values(node.orelse, seen)
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            return [value for item in node.elts for value in self.values(item, seen)]
        if isinstance(node, ast.Dict):
            return [value for item in node.values for value in self.values(item, seen)]
        if isinstance(node, ast.ListComp | ast.GeneratorExp):
            return self.values(node.elt, seen)
        if isinstance(node, ast.BinOp):  # [a, b] + [c] * n
            return self.values(node.left, seen) + self.values(node.right, seen)
        return [UNKNOWN]

    def colour(self, node: ast.AST, value, text: bool = False) -> None:
        """Fail on ``value`` unless it is a colour of the core (for text: one that keeps 4.5:1)."""
        if value is UNKNOWN or not isinstance(value, str):
            return
        if re.fullmatch(r"C\d+", value):
            self.problem(node, f"{value!r} takes matplotlib's colour cycle: name a colour of caire.core.figures")
            return
        if value.startswith("#") and HEX.fullmatch(value):
            code = _hex(value)
        elif value.lower() in NAMED:
            code = NAMED[value.lower()]
            if code is None:
                return
        elif is_color_like(value) and not re.fullmatch(r"[\d.]+", value):
            self.problem(node, f"{value!r} is not a colour of caire.core.figures")
            return
        else:
            return  # not a colour
        if code not in ALLOWED:
            self.problem(node, f"{value} is not a colour of caire.core.figures (contrast {contrast(code):.2f}:1)")
        elif text and contrast(code) < 4.5:
            self.problem(node, f"text in {value} has {contrast(code):.2f}:1 on white; text needs 4.5:1")

    def expression(self, node: ast.expr, text: bool = False) -> None:
        for value in self.values(node):
            self.colour(node, value, text)

    # --- the scan ------------------------------------------------------------------------------------------------

    def scan(self) -> list[str]:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                self.call(node)
            elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [target.id for target in targets if isinstance(target, ast.Name)]
                if any(re.search(r"COLOU?RS?$", name) for name in names):
                    self.expression(node.value)
                if any(name.endswith("_MAP") for name in names):
                    self.colormap(node.value)
            elif isinstance(node, ast.JoinedStr):
                self.html(node)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                self.css(node, node.value)
        return list(dict.fromkeys(self.problems))  # a hex code in a CSS declaration is found twice

    def call(self, node: ast.Call) -> None:
        function = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        for keyword in node.keywords:
            if keyword.arg in COLOUR_KEYWORDS:
                self.expression(keyword.value, text=function in TEXT_CALLS)
            elif keyword.arg == "cmap":
                self.colormap(keyword.value)
        if function in ("ListedColormap", "from_list"):
            for argument in node.args:
                self.expression(argument)
        if function in ("get_cmap", "colormaps"):
            for argument in node.args:
                self.colormap(argument)
        if function in FORMAT_CALLS:
            for argument in node.args:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    try:
                        colour = _process_plot_format(argument.value)[2]
                    except ValueError:
                        continue
                    if colour is not None:
                        self.colour(argument, colour if isinstance(colour, str) else argument.value)

    def colormap(self, node: ast.expr) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value not in COLORMAPS:
            self.problem(node, f"colormap {node.value!r} is not one of the course's: {sorted(COLORMAPS)}")

    def css(self, node: ast.AST, text: str) -> None:
        """Hex codes anywhere in a string, and colours of CSS declarations written in it."""
        for found in HEX.finditer(text):
            self.colour(node, "#" + found.group(1))
        for found in CSS_DECLARATION.finditer(text):
            prop, value = found.groups()
            for word in value.split():
                if HEX.fullmatch(word) or (re.fullmatch(r"[a-zA-Z]+", word) and is_color_like(word)):
                    self.colour(node, word, text=prop == "color")

    def html(self, node: ast.JoinedStr) -> None:
        """A colour put into a CSS declaration by an f-string: ``style="color:{TEXT_COLOURS['wrong']}"``."""
        parts = node.values
        for before, part in itertools.pairwise(parts):
            if not (isinstance(before, ast.Constant) and isinstance(part, ast.FormattedValue)):
                continue
            text = CSS_TEXT_COLOUR_BEFORE_VALUE.search(before.value)
            if text or CSS_COLOUR_BEFORE_VALUE.search(before.value):
                values = self.values(part.value)
                if UNKNOWN in values:
                    self.problem(part, "a colour this test cannot read: write it from caire.core.figures")
                for value in values:
                    self.colour(part, value, text=bool(text))


def scan(source: str, name: str = "<source>") -> list[str]:
    return Scanner(source, name).scan()


# --- the palette ------------------------------------------------------------------------------------------------


def test_the_palette_keeps_3_to_1_and_text_colours_4_5_to_1():
    assert {name: round(contrast(code), 2) for name, code in COLOURS.items() if contrast(code) < 3} == {}
    assert {name: round(contrast(code), 2) for name, code in TEXT_COLOURS.items() if contrast(code) < 4.5} == {}
    # What is written on a background (black: the numbers of a table) stays readable.
    assert {name: round(contrast(COLOURS["black"], code), 2) for name, code in BACKGROUNDS.items()} == {
        "white": 21.0,
        "pale_grey": 17.14,
    }
    assert set(CYCLE) <= set(COLOURS)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", code) for colours in CORE.values() for code in colours.values())


def test_the_named_colours_allowed_are_the_cores():
    assert {code for code in NAMED.values() if code is not None} <= ALLOWED
    assert not {"grey", "gray", "red", "green", "blue"} & NAMED.keys()


#: How the three dichromacies see linear RGB: Machado, Oliveira and Fernandes, "A physiologically-based model for
#: simulation of color vision deficiency" (IEEE TVCG, 2009), severity 1.
DICHROMACIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
#: Two series colours must stay this far apart (CIELAB, CIE 1976), about four times the smallest difference seen.
APART = 9


def _lab(code: str, vision=None) -> tuple[float, float, float]:
    """CIELAB (D65) of ``code`` as seen in normal vision or through a dichromacy's matrix."""
    import numpy as np

    srgb = np.array([int(code[i : i + 2], 16) / 255 for i in (1, 3, 5)])
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    if vision is not None:
        linear = np.clip(np.array(vision) @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear
    ratio = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(ratio > 0.008856, np.cbrt(ratio), 7.787 * ratio + 16 / 116)
    return (116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2]))


def test_the_series_colours_stay_apart_for_colour_blind_readers():
    close = {}
    for vision_name, vision in {"normal": None, **DICHROMACIES}.items():
        for first, second in itertools.combinations(CYCLE, 2):
            apart = math.dist(_lab(COLOURS[first], vision), _lab(COLOURS[second], vision))
            if apart < APART:
                close[(vision_name, first, second)] = round(apart, 1)
    assert close == {}
    # The simulation itself: red and green, far apart in normal vision, close for a deuteranope.
    assert math.dist(_lab("#FF0000"), _lab("#00FF00")) > 100
    deuteranope = DICHROMACIES["deuteranopia"]
    assert math.dist(_lab("#D62728", deuteranope), _lab("#2CA02C", deuteranope)) < 25


# --- the scan ---------------------------------------------------------------------------------------------------


def test_the_scan_finds_every_kind_of_colour_off_the_palette():
    source = """
from caire.core.figures import COLOURS, TEXT_COLOURS
OWN_COLOUR = "#1f77b4"
BAND_COLOURS = ("tab:orange", COLOURS["green"])
INK_MAP = "jet"
ax.plot(x, y, "ro-")
ax.plot(x, y, "o-", color="C0")
ax.axhline(0.5, color="grey")
ax.imshow(image, cmap="viridis")
ax.text(0, 0, "chance", color=COLOURS["green"])
ok = f'<b style="color:{TEXT_COLOURS["wrong"]}">x</b>'
quiet = '<span style="color:#888">to write</span>'
border = '<div style="border-left:4px solid red">'
shade = f'<div style="background:{shade}">'
WRONG_COLOUR = COLOURS["yellow"]
"""
    found = scan(source)
    said = "\n".join(found)
    for expected in (
        ":3: #1f77b4",
        ":4: 'tab:orange'",
        ":5: colormap 'jet'",
        ":6: 'r' is not",
        ":7: 'C0'",
        ":8: 'grey'",
        ":9: colormap 'viridis'",
        ":10: text in #009E73",
        ":12: #888",
        ":13: 'red'",
        ":14: a colour this test cannot read",
        ":15: COLOURS['yellow']",
    ):
        assert expected in said, (expected, said)
    assert not any(line.startswith("<source>:11:") for line in found), said
    assert len(found) == 12, said


def test_the_scan_lets_the_cores_colours_through():
    source = """
from caire.core.figures import BACKGROUNDS, COLOURS, TEXT_COLOURS
MAIN_COLOUR = COLOURS["blue"]
GROUP_COLOURS = {"a": COLOURS["orange"], "b": COLOURS["sky"]}
INK_MAP = "gray_r"
ax.plot(x, y, "o-", color=MAIN_COLOUR, markeredgecolor="black")
ax.bar(x, y, color=[GROUP_COLOURS[g] for g in groups], edgecolor="white", hatch="//")
ax.scatter(x, y, facecolor="none", edgecolor=COLOURS["vermillion"])
ax.imshow(m, cmap=ListedColormap([BACKGROUNDS["white"], BACKGROUNDS["pale_grey"]]))
ax.set_title("wrong", color=TEXT_COLOURS["wrong"])
html = f'<span style="color:{TEXT_COLOURS["muted"]}">x</span><div style="border-left:4px solid {COLOURS["green"]}">'
ax.plot(x, y, color=str(shade))  # computed: not read
"""
    assert scan(source) == []


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_draws_and_writes_in_the_cores_colours(package):
    problems = []
    for path in sorted((ROOT / "caire" / "modules" / package).glob("*.py")):
        problems += scan(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert problems == []
