"""Contrast: every colour pair the stylesheets use meets WCAG 2.1 AA, in both themes, home and kiosk.

The pairs come from the rendered stylesheet itself, not from a hand-kept list:

- text: a rule's ``color`` (and ``placeholder-text-color``) on its own background when it sets
  one; a colour set without a background is checked on *every* surface of that sheet, where a
  surface is any background set without a text colour (text there is inherited ``@ink``) or a
  container's background. Text needs 4.5:1, large text (18pt, or 14pt bold, as the sheet sizes it
  at the normal text size) 3:1. Disabled text is held to the same, though WCAG exempts it.
- selected text: ``selection-color`` on ``selection-background-color``.
- control borders and focus rings: 3:1 against every surface (a control may sit on any of them);
  disabled controls are exempt, decorative lines are listed below.
- graphics: a tick or dot (the colour inside its SVG) on the fill it is drawn on, the scroll
  bar's handle on its groove: 3:1.

A rule that sets both a background and a colour must say whether its widget holds other widgets
(CONTAINERS: then children's text sits on it too) or not (LEAVES); a new one fails until it is
listed. Run this file as a script to print every pair with its ratio, lowest first.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from spineprep import theme
from spineprep.theme import (
    AA_NON_TEXT,
    HIGH_CONTRAST,
    PALETTES,
    STANDARD,
    Palette,
    Rule,
    contrast_ratio,
    parse_rules,
    required_ratio,
)
from spineprep.ui.style import render_stylesheet

HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
SHEETS = [(p, kiosk) for p in PALETTES for kiosk in (False, True)]
SHEET_IDS = [f"{p.name}-{'kiosk' if kiosk else 'home'}" for p, kiosk in SHEETS]

#: Widgets that hold other widgets: their background is a surface for their children's text.
CONTAINERS = {
    "QMainWindow", "QDialog", "#central", "#pageBody", "QScrollArea", "#header", "#navBar",
    "#resumeBox", "#reviewCard", "#kioskScreen", "#sheetRow", "QTabWidget::pane", "QMenu",
    "QToolTip",
}  # fmt: skip
#: Widgets (and parts) with a background and a colour of their own and no children on them.
LEAVES = {
    "QPushButton", "QLineEdit", "QPlainTextEdit", "QComboBox", "QSpinBox", "QTableWidget",
    "QAbstractItemView", "QComboBox QAbstractItemView", "QMenu::item", "QHeaderView::section",
    "QTabBar::tab", "#emergency", "#storeBanner", "#error", "#urgentPanel", "#kioskUrgent",
    "#stepperValue",
}  # fmt: skip
#: Lines that only decorate (separators, card outlines, message bars): no contrast required.
DECORATIVE = {
    "#header", "#navBar", "#emergency", "#storeBanner", "#error", "#urgentPanel", "#kioskUrgent",
    "#resumeBox", "#reviewCard", "#sheetRow", "QHeaderView::section", "QToolTip", "QMenu",
    "QComboBox QAbstractItemView", "QTabWidget::pane", "#stepperValue",
}  # fmt: skip
#: Controls: their border is how a patient finds them (3:1).
CONTROLS = {
    "QPushButton", "QLineEdit", "QPlainTextEdit", "QComboBox", "QSpinBox", "QRadioButton",
    "QCheckBox", "QTableWidget", "QTabBar::tab", "QRadioButton::indicator", "QCheckBox::indicator",
}  # fmt: skip
#: Parts no text is drawn on.
NOT_TEXT = ("QScrollBar", "::indicator", "::drop-down", "::down-arrow")
#: Properties that carry a colour, and what the test does with each.
BORDER_PROPS = {
    "border", "border-color", "border-top", "border-bottom", "border-left", "border-right",
}  # fmt: skip
HANDLED = BORDER_PROPS | {
    "color", "placeholder-text-color", "background", "background-color", "selection-color",
    "selection-background-color", "gridline-color",  # the table's grid: decorative
}  # fmt: skip
STYLES = {"solid", "dashed", "dotted", "double", "none"}


# --- reading selectors ---------------------------------------------------------------------


@dataclass(frozen=True)
class Selector:
    """``QPushButton#segment[band="mild"]:checked:focus`` split into its parts."""

    text: str
    type: str
    id: str
    sub: str
    attrs: frozenset[str]
    states: frozenset[str]

    @property
    def base(self) -> str:
        """The widget (and part) without states or attributes: ``QPushButton#segment``."""
        return f"{self.type}{'#' + self.id if self.id else ''}{'::' + self.sub if self.sub else ''}"

    @property
    def names(self) -> set[str]:
        """The ways the tables above may name it: ``QPushButton#segment``, ``#segment``, ``QPushButton``."""
        sub = "::" + self.sub if self.sub else ""
        names = {self.base}
        if self.id:
            names.add(f"#{self.id}{sub}")
        if self.type:
            names.add(f"{self.type}{sub}")
        return names


def selector(text: str) -> Selector:
    if " " in text:  # a descendant selector ("QComboBox QAbstractItemView"): opaque
        return Selector(text, text, "", "", frozenset(), frozenset())
    attrs = frozenset(re.findall(r"\[[^\]]*\]", text))
    rest = re.sub(r"\[[^\]]*\]", "", text)
    sub = ""
    if "::" in rest:
        rest, _, tail = rest.partition("::")
        sub, *states_after = tail.split(":")
        rest = rest + "".join(":" + s for s in states_after)
    head, *states = rest.split(":")
    type_, _, id_ = head.partition("#")
    return Selector(text, type_, id_, sub, attrs, frozenset(states))


def matches(rule: Selector, target: Selector) -> bool:
    """Would ``rule`` apply to a widget in ``target``'s state? (QWidget applies to every widget.)"""
    if rule.text == target.text:
        return True
    if " " in rule.text or " " in target.text:
        return rule.text == "QWidget"
    return (
        rule.sub == target.sub
        and rule.type in ("", "QWidget", target.type)
        and rule.id in ("", target.id)
        and rule.attrs <= target.attrs
        and rule.states <= target.states
    )


def specificity(s: Selector) -> tuple[int, int, int]:
    return (1 if s.id else 0, len(s.attrs) + len(s.states), (1 if s.type else 0) + (1 if s.sub else 0))


class Sheet:
    """A rendered stylesheet: its rules, and the cascade for one selector."""

    def __init__(self, qss: str) -> None:
        self.qss = qss
        self.rules = parse_rules(qss)
        self.entries = [(selector(s), rule) for rule in self.rules for s in rule.selectors]

    def declarations(self, target: Selector) -> list[tuple[str, str]]:
        """Every declaration that applies to ``target``, in the order Qt applies them: by
        specificity, then by place in the sheet (so a later one wins)."""
        hits = [(specificity(s), i, rule) for i, (s, rule) in enumerate(self.entries) if matches(s, target)]
        return [d for _, _, rule in sorted(hits, key=lambda hit: (hit[0], hit[1])) for d in rule.declarations]

    def cascade(self, target: Selector) -> dict[str, str]:
        """What ``target`` ends up with, property by property."""
        return dict(self.declarations(target))

    def widget(self, target: Selector) -> Selector:
        """The widget a part (``::down-arrow``) belongs to, in the same state."""
        return dataclasses.replace(target, sub="", text=target.base.split("::")[0])

    def font(self, target: Selector) -> tuple[float, bool]:
        """The point size and boldness text in ``target`` is drawn at."""
        own = self.cascade(target)
        widget = self.cascade(self.widget(target))
        size = (
            own.get("font-size") or widget.get("font-size") or self.cascade(selector("QWidget"))["font-size"]
        )
        weight = own.get("font-weight") or widget.get("font-weight") or "normal"
        return float(size.removesuffix("pt")), weight == "bold"


# --- colours in declarations ---------------------------------------------------------------


def colour(value: str | None) -> str | None:
    """The hex colour in a value, or None (absent, ``transparent``, ``none``)."""
    if value is None:
        return None
    found = HEX.search(value)
    return found.group(0).lower() if found else None


def background(rule: Rule) -> str | None:
    return colour(rule.get("background-color") or rule.get("background"))


@dataclass(frozen=True)
class Border:
    prop: str
    width: int | None  # None: set elsewhere (``border-color`` alone)
    style: str | None
    colour: str | None


def borders(rule: Rule) -> list[Border]:
    found = []
    for prop, value in rule.declarations:
        if prop not in BORDER_PROPS:
            continue
        parts = value.split()
        widths = [int(p.removesuffix("px")) for p in parts if re.fullmatch(r"[0-9]+px", p)]
        styles = [p for p in parts if p in STYLES]
        found.append(
            Border(prop, widths[0] if widths else None, styles[0] if styles else None, colour(value))
        )
    return found


def svg_colours(url_value: str) -> set[str]:
    path = Path(re.sub(r"^url\((.*)\)$", r"\1", url_value.strip()))
    return {c.lower() for c in HEX.findall(path.read_text(encoding="utf-8"))}


# --- the pairs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    kind: str  # text, selected text, border, focus ring, graphic
    selector: str
    front: str
    back: str
    back_from: str
    needed: float

    @property
    def ratio(self) -> float:
        return contrast_ratio(self.front, self.back)

    @property
    def ok(self) -> bool:
        # Rounded as WCAG's examples are: 4.49 does not pass, 4.5 does.
        return round(self.ratio, 2) >= self.needed

    def __str__(self) -> str:
        return (
            f"{self.ratio:5.2f} (needs {self.needed}) {self.kind}: {self.selector} "
            f"{self.front} on {self.back} ({self.back_from})"
        )


def classify(s: Selector) -> str:
    """container, leaf, or unknown: for a rule that sets both a background and a colour."""
    if s.names & CONTAINERS:
        return "container"
    if s.names & LEAVES:
        return "leaf"
    return "unknown"


def surfaces(sheet: Sheet) -> dict[str, str]:
    """Background colour → the first selector that sets it, for every background text may sit on."""
    found: dict[str, str] = {}
    for s, rule in sheet.entries:
        bg = background(rule)
        if bg is None or any(part in s.text for part in NOT_TEXT):
            continue
        if rule.get("color") is None or classify(s) == "container":
            found.setdefault(bg, s.text)
    return found


def all_pairs(qss: str) -> list[Pair]:
    sheet = Sheet(qss)
    grounds = surfaces(sheet)
    pairs: list[Pair] = []
    for s, rule in sheet.entries:
        bg = background(rule)
        size, bold = sheet.font(s)
        text_needed = required_ratio(size, bold)
        for prop in ("color", "placeholder-text-color"):
            front = colour(rule.get(prop))
            if front is None:
                continue
            if bg is not None:
                pairs.append(Pair("text", s.text, front, bg, "its own background", text_needed))
            else:
                pairs += [
                    Pair("text", s.text, front, g, f"surface of {w}", text_needed) for g, w in grounds.items()
                ]
        selected = colour(rule.get("selection-color")), colour(rule.get("selection-background-color"))
        if selected[0] and selected[1]:
            pairs.append(Pair("selected text", s.text, selected[0], selected[1], "selection", text_needed))
        for border in borders(rule):
            if border.colour is None or border.width == 0 or "disabled" in s.states:
                continue
            if "focus" in s.states:
                kind = "focus ring"
            elif s.names & CONTROLS:
                kind = "border"
            else:
                continue  # decorative (test_every_border_is_classified keeps this list honest)
            pairs += [
                Pair(kind, s.text, border.colour, g, f"surface of {w}", AA_NON_TEXT)
                for g, w in grounds.items()
            ]
        image = rule.get("image")
        if image is not None:
            # Drawn on its own fill; or on each kind's ([band=...]); or on its widget's (an arrow).
            fills = (
                [bg] if bg else [background(r) for o, r in sheet.entries if related(o, s) and background(r)]
            )
            if not fills:
                fills = [colour(sheet.cascade(sheet.widget(s)).get("background"))]
            assert all(fills), f"{s.text}: an image with no fill to check it against"
            for ink in svg_colours(image):
                pairs += [
                    Pair("graphic", s.text, ink, fill, "its fill", AA_NON_TEXT) for fill in fills if fill
                ]
        if s.sub == "handle" and bg is not None:
            for o, r in sheet.entries:
                track = background(r)
                if o.type == "QScrollBar" and not o.sub and track is not None:
                    pairs.append(Pair("graphic", s.text, bg, track, f"groove {o.text}", AA_NON_TEXT))
    return pairs


def related(other: Selector, s: Selector) -> bool:
    """Rules for the same widget and state, but for one kind of it (``[band="mild"]``)."""
    return other.base == s.base and other.states == s.states and other.attrs > s.attrs


def failures(pairs: Iterable[Pair]) -> list[str]:
    return [str(p) for p in pairs if not p.ok]


def sheet_for(palette: Palette, kiosk: bool) -> str:
    return render_stylesheet(palette, kiosk=kiosk, scale=1.0)


# --- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize(("palette", "kiosk"), SHEETS, ids=SHEET_IDS)
def test_every_colour_pair_in_the_sheets_meets_wcag_aa(palette: Palette, kiosk: bool) -> None:
    pairs = all_pairs(sheet_for(palette, kiosk))
    assert len(pairs) > 150  # not vacuous: see also test_a_bad_colour_makes_the_check_fail
    assert failures(pairs) == []


@pytest.mark.parametrize(("palette", "kiosk"), SHEETS, ids=SHEET_IDS)
def test_every_colour_the_sheets_use_is_in_a_checked_pair(palette: Palette, kiosk: bool) -> None:
    qss = sheet_for(palette, kiosk)
    checked = {c for p in all_pairs(qss) for c in (p.front, p.back)}
    decorative = set()
    for s, rule in Sheet(qss).entries:
        for prop, value in rule.declarations:
            if HEX.search(value):
                assert prop in HANDLED, f"{s.text}: {prop} carries a colour the test does not check"
            if prop == "gridline-color" or (prop in BORDER_PROPS and not s.names & CONTROLS):
                decorative.add(colour(value))
        for border in borders(rule):
            if "disabled" in s.states:
                decorative.add(border.colour)
    used = {c.lower() for c in HEX.findall(qss)}
    assert used - checked - decorative == set()


@pytest.mark.parametrize(("palette", "kiosk"), SHEETS, ids=SHEET_IDS)
def test_every_background_with_its_own_colour_says_whether_it_holds_other_widgets(
    palette: Palette, kiosk: bool
) -> None:
    unknown = {
        s.text
        for s, rule in Sheet(sheet_for(palette, kiosk)).entries
        if background(rule) and rule.get("color") and classify(s) == "unknown"
    }
    assert unknown == set(), "add these to CONTAINERS or LEAVES"


@pytest.mark.parametrize(("palette", "kiosk"), SHEETS, ids=SHEET_IDS)
def test_every_border_is_a_control_a_focus_ring_or_listed_as_decorative(
    palette: Palette, kiosk: bool
) -> None:
    unlisted = {
        s.text
        for s, rule in Sheet(sheet_for(palette, kiosk)).entries
        if any(b.colour for b in borders(rule))
        and "focus" not in s.states
        and not s.names & (CONTROLS | DECORATIVE)
        and s.text != "#pageHeading"
    }
    assert unlisted == set()


FOCUSABLE = [
    "QPushButton", "QPushButton#scoreButton", "QPushButton#segment", "QPushButton#link",
    "QPushButton#primary", "QPushButton#nextButton", "QPushButton#navButton",
    "QPushButton#kioskButton", "QPushButton#kioskPrimary", "QPushButton#pinKey", "QPushButton#pinOk",
    "QPushButton#stepperButton", "QLineEdit", "QPlainTextEdit", "QComboBox", "QSpinBox",
    "QRadioButton", "QCheckBox", "QTabBar::tab", "QTableWidget", "#pageHeading",
]  # fmt: skip
CHECKABLE = ["QPushButton#scoreButton", "QPushButton#segment", "QTabBar::tab"]


def _state(s: str, *states: str) -> Selector:
    base = selector(s)
    return dataclasses.replace(base, text=s + "".join(":" + x for x in states), states=frozenset(states))


def ring(sheet: Sheet, target: Selector) -> tuple[int, str, str | None]:
    """The border a control in ``target``'s state is drawn with: width, style, colour."""
    width, style, col = 0, "none", None
    for prop, value in sheet.declarations(target):
        if prop in ("border", "border-color", "border-top"):
            if prop == "border" and value == "none":
                width, style, col = 0, "none", None
                continue
            b = borders(Rule((target.text,), ((prop, value),)))[0]
            width = b.width if b.width is not None else width
            style = b.style or style
            col = b.colour
    return width, style, col


@pytest.mark.parametrize(("palette", "kiosk"), SHEETS, ids=SHEET_IDS)
@pytest.mark.parametrize("control", FOCUSABLE)
def test_every_focusable_control_shows_a_focus_ring(palette: Palette, kiosk: bool, control: str) -> None:
    sheet = Sheet(sheet_for(palette, kiosk))
    grounds = surfaces(sheet)
    chosen = "selected" if "Tab" in control else "checked"
    states = [(), (chosen,)] if control in CHECKABLE else [()]
    for state in states:
        plain = ring(sheet, _state(control, *state))
        focused = ring(sheet, _state(control, *state, "focus"))
        width, _, col = focused
        assert col is not None and width >= 2, f"{control}:{state}: no focus ring ({focused})"
        assert focused != plain, f"{control}:{state}: focus looks the same as no focus"
        low = min(contrast_ratio(col, g) for g in grounds)
        assert low >= AA_NON_TEXT, f"{control}:{state}: focus ring {col} only {low:.2f}:1 on a surface"


@pytest.mark.parametrize("palette", PALETTES, ids=[p.name for p in PALETTES])
@pytest.mark.parametrize("control", CHECKABLE)
def test_a_chosen_answer_and_focus_are_told_apart_without_colour(palette: Palette, control: str) -> None:
    """Chosen differs from not chosen, and focused from not focused, by more than hue: a
    thicker or differently drawn border, a tick, or bold."""
    sheet = Sheet(sheet_for(palette, kiosk=False))
    chosen_state = "selected" if "Tab" in control else "checked"

    def shape(*states: str) -> tuple[object, ...]:
        target = _state(control, *states)
        width, style, _ = ring(sheet, target)
        decl = sheet.cascade(target)
        return width, style, decl.get("image"), decl.get("font-weight", "normal")

    assert shape(chosen_state) != shape()
    # ...and the chosen fill is at least 3:1 from the one it replaces: light against dark.
    kinds = (
        [f'[band="{band}"]' for band in ("none", "mild", "moderate", "severe")]
        if "score" in control
        else [""]
    )
    for kind in kinds:
        attrs = frozenset({kind}) if kind else frozenset()
        plain, chosen = (
            colour(sheet.cascade(dataclasses.replace(_state(control, *st), attrs=attrs)).get("background"))
            for st in ((), (chosen_state,))
        )
        assert plain and chosen and contrast_ratio(plain, chosen) >= AA_NON_TEXT, (kind, plain, chosen)
    assert shape("focus") != shape()
    assert shape(chosen_state, "focus") != shape(chosen_state)
    assert shape(chosen_state, "focus") != shape("focus")


def test_radio_buttons_and_check_boxes_show_a_dot_and_a_tick_when_chosen() -> None:
    for palette in PALETTES:
        sheet = Sheet(sheet_for(palette, kiosk=False))
        for kind in ("QRadioButton", "QCheckBox"):
            chosen = sheet.cascade(selector(f"{kind}::indicator:checked"))
            assert "image" in chosen
            assert svg_colours(chosen["image"])


# --- the test itself is not vacuous --------------------------------------------------------


@pytest.mark.parametrize(
    ("palette", "token", "bad"),
    [
        (STANDARD, "muted", "#c0c0c0"),  # light grey hint text on white
        (STANDARD, "line", "#dde1e6"),  # a control border that vanishes
        (STANDARD, "focus", "#e8eef5"),  # a focus ring nobody sees
        (STANDARD, "on_chosen", "#9ab0c8"),  # chosen text too close to its fill
        (STANDARD, "band_moderate_fill", "#ffd34d"),  # white on yellow
        (HIGH_CONTRAST, "muted", "#404040"),
        (HIGH_CONTRAST, "focus", "#202020"),
        (HIGH_CONTRAST, "placeholder", "#333333"),
    ],
)
def test_a_bad_colour_makes_the_check_fail(palette: Palette, token: str, bad: str) -> None:
    broken = dataclasses.replace(palette, **{token: bad})
    assert failures(all_pairs(sheet_for(palette, kiosk=False))) == []
    problems = failures(all_pairs(sheet_for(broken, kiosk=False)))
    assert problems, f"{token} = {bad} should fail"
    assert all(bad in problem for problem in problems)


def test_large_text_needs_3_to_1_and_normal_text_4_5_to_1() -> None:
    sheet = Sheet(
        "QWidget { font-size: 12pt; } #big { font-size: 18pt; } #bold { font-size: 14pt; font-weight: bold; }"
    )
    assert required_ratio(*sheet.font(selector("#big"))) == 3.0
    assert required_ratio(*sheet.font(selector("#bold"))) == 3.0
    assert required_ratio(*sheet.font(selector("#plain"))) == 4.5
    grey_on_white = all_pairs("QWidget { font-size: 12pt; } #a { color: #949494; background: #ffffff; }")
    assert failures(grey_on_white)  # 3.03:1
    big = all_pairs(
        "QWidget { font-size: 12pt; } #a { font-size: 18pt; color: #949494; background: #ffffff; }"
    )
    assert failures(big) == []


# --- WCAG's own numbers --------------------------------------------------------------------


def test_contrast_ratio_matches_wcag() -> None:
    assert theme.relative_luminance("#000000") == 0
    assert theme.relative_luminance("#ffffff") == pytest.approx(1)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == 1
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic AA grey
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    with pytest.raises(ValueError):
        theme.relative_luminance("grey")


# --- the tokens ----------------------------------------------------------------------------


TEMPLATES = [Path(__file__).parents[1] / "resources" / "styles" / name for name in ("app.qss", "kiosk.qss")]


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_every_token_a_sheet_uses_is_in_both_palettes(template: Path) -> None:
    used = theme.tokens_in(template.read_text(encoding="utf-8"))
    assert used
    for palette in PALETTES:
        assert used <= palette.tokens().keys(), palette.name


def test_every_palette_token_is_used_and_the_sheets_spell_no_colour_themselves() -> None:
    texts = [t.read_text(encoding="utf-8") for t in TEMPLATES]
    used = set().union(*(theme.tokens_in(t) for t in texts))
    assert STANDARD.tokens().keys() - used == set()
    for text in texts:
        assert HEX.findall(text) == [], "a colour belongs in spineprep/theme.py"


@pytest.mark.parametrize(("palette", "kiosk"), SHEETS, ids=SHEET_IDS)
def test_render_leaves_no_token_behind(palette: Palette, kiosk: bool) -> None:
    qss = sheet_for(palette, kiosk)
    assert "@" not in qss
    assert all(Path(url).is_file() for url in re.findall(r"url\(([^)]*)\)", qss))


def test_the_themes_really_differ() -> None:
    assert set(STANDARD.colours().values()) != set(HIGH_CONTRAST.colours().values())
    assert HIGH_CONTRAST.page == "#000000" and HIGH_CONTRAST.ink == "#ffffff"
    assert theme.px(HIGH_CONTRAST.line_width) > theme.px(STANDARD.line_width)


if __name__ == "__main__":  # print every pair, lowest ratio first
    for palette, kiosk in SHEETS if len(sys.argv) < 2 else SHEETS[: int(sys.argv[1])]:
        pairs = sorted(set(all_pairs(sheet_for(palette, kiosk))), key=lambda p: p.ratio)
        print(f"\n== {palette.name}, {'kiosk' if kiosk else 'home'}: {len(pairs)} pairs")
        for pair in pairs:
            print(("   " if pair.ok else "!! ") + str(pair))
