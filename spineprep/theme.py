"""Colour themes: named tokens (``@ink``, ``@page`` ...) filled into the stylesheets, and WCAG contrast.

The stylesheets in ``resources/styles/`` never spell a colour: they name a role (``@ink`` is body
text, ``@page`` the page behind it) and a :class:`Palette` says what that role looks like in one
theme. :data:`STANDARD` is the app's usual calm look; :data:`HIGH_CONTRAST` is for low vision:
white text on black, heavy white borders, a thick yellow focus ring, and chosen answers filled
(white, or on the pain scale their band's colour) with black text, so chosen and not chosen differ
by light against dark and never by hue alone; a chosen score also has a tick, a ticked box its tick.

Both palettes keep every text / background pair the sheets use at WCAG 2.1 AA or better
(tests/test_contrast.py derives the pairs from the rendered sheets and checks them).
No Qt here: the tests and the sheet's colour checks run without a display.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

#: ``#rrggbb``: the only colour form the palettes use (so every colour can be checked).
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")
#: A token in a stylesheet template: ``@`` and a palette field name.
TOKEN = re.compile(r"@([A-Za-z_][A-Za-z0-9_]*)")
_PIXELS = re.compile(r"[0-9]+px")
_IMAGE = re.compile(r"[a-z0-9-]+\.svg")

#: Fields that are not colours: border widths, and images (SVG files in resources/styles/).
WIDTH_FIELDS = ("line_width", "ring_width", "ring_fill_width")
IMAGE_FIELDS = ("chosen_tick", "score_tick", "chosen_dot", "arrow")


class ThemeError(ValueError):
    """A stylesheet template names a token no palette defines, or a palette value is malformed."""


@dataclass(frozen=True)
class Palette:
    """What each colour role looks like in one theme. Field names are the stylesheets' tokens.

    Every rule in the sheets that sets a background also sets the text colour on it, unless the
    background is a plain surface body text (``@ink``) can sit on.
    """

    name: str

    # --- surfaces: what widgets and text sit on ---------------------------------------------
    page: str  #: the window and every page behind the questions
    surface: str  #: header, nav bar, cards, text boxes, buttons
    hover: str  #: a button under the mouse pointer
    chosen_tint: str  #: a chosen radio / check box row, and a focused one
    table_head: str  #: a table's header row
    scroll_track: str  #: the scroll bar's groove

    # --- text -------------------------------------------------------------------------------
    ink: str  #: body text, answers, labels
    ink_soft: str  #: introductions and bullets
    muted: str  #: hints, captions, "Step 2 of 8", the product name
    heading: str  #: page headings, the clinic name, card titles
    link: str  #: a link-style button ("See past summaries")
    error: str  #: what is missing, "could not print", urgent lines at the kiosk
    success: str  #: "Saved", "Printed"
    unanswered: str  #: "Not answered" on the review page
    placeholder: str  #: "MM", "DD", "YYYY" in an empty date box (readable, yet not like typed text)

    # --- lines ------------------------------------------------------------------------------
    line: str  #: the border of every control (3:1 against the surfaces)
    divider: str  #: decorative: the header's and nav bar's edges, card outlines
    focus: str  #: keyboard focus ring on an unfilled control
    focus_on_fill: str  #: keyboard focus ring on a filled control (primary, chosen)

    # --- actions and choices ----------------------------------------------------------------
    accent: str  #: the primary action's fill (Next, Print…)
    accent_strong: str  #: its border, and its fill under the mouse
    on_accent: str  #: text on the accent fill
    chosen_fill: str  #: a chosen answer button (relief, text size) and a ticked box's fill
    on_chosen: str  #: text (and the tick) on the chosen fill
    chosen_line: str  #: the chosen answer's border

    # --- disabled ---------------------------------------------------------------------------
    disabled_fill: str
    disabled_ink: str  #: still readable (4.5:1), though WCAG exempts disabled controls
    disabled_line: str

    # --- messages ---------------------------------------------------------------------------
    alarm_tint: str  #: behind the emergency line, errors and the urgent panel
    alarm_line: str
    emergency_ink: str  #: the always-visible emergency line
    urgent_ink: str  #: the "call the clinic now" panel
    notice_tint: str  #: the "answers could not be saved" banner
    notice_ink: str
    notice_line: str
    info_tint: str  #: the "continue where you left off" box
    info_line: str

    # --- the 0-10 pain scale: a tint (not chosen), a border, a fill (chosen) per band ------------
    band_none_tint: str
    band_mild_tint: str
    band_moderate_tint: str
    band_severe_tint: str
    band_none_line: str
    band_mild_line: str
    band_moderate_line: str
    band_severe_line: str
    band_none_fill: str
    band_mild_fill: str
    band_moderate_fill: str
    band_severe_fill: str
    on_band_fill: str  #: the number and band word on a chosen score

    # --- scroll bars ------------------------------------------------------------------------
    scroll_handle: str
    scroll_handle_hover: str

    # --- not colours ------------------------------------------------------------------------
    line_width: str  #: every control's border ("1px"); the focus ring is 2px wider
    ring_width: str  #: the focus ring ("3px"): a line and 2px
    ring_fill_width: str  #: the double focus ring around a filled control ("6px"): a line and 5px
    chosen_tick: str  #: the tick in a ticked box (SVG file)
    score_tick: str  #: the tick atop a chosen score (SVG, tall: Qt fits an SVG to the height)
    chosen_dot: str  #: the dot of a chosen radio button (SVG file)
    arrow: str  #: a drop-down list's arrow (SVG file)

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if field.name == "name":
                continue
            if field.name in WIDTH_FIELDS:
                ok = _PIXELS.fullmatch(value) is not None
            elif field.name in IMAGE_FIELDS:
                ok = _IMAGE.fullmatch(value) is not None
            else:
                ok = HEX_COLOUR.fullmatch(value) is not None
            if not ok:
                raise ThemeError(f"palette {self.name!r}: {field.name} = {value!r} is not valid")
        # The sheets take this much off a focused control's padding, so focusing it moves nothing.
        if px(self.ring_width) - px(self.line_width) != 2:
            raise ThemeError(f"palette {self.name!r}: ring_width must be line_width + 2px")
        if px(self.ring_fill_width) - px(self.line_width) != 5:
            raise ThemeError(f"palette {self.name!r}: ring_fill_width must be line_width + 5px")

    def tokens(self) -> dict[str, str]:
        """Token name (without ``@``) → value, for every field but the palette's name."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "name"}

    def colours(self) -> dict[str, str]:
        """The colour tokens only."""
        return {
            name: value
            for name, value in self.tokens().items()
            if name not in WIDTH_FIELDS and name not in IMAGE_FIELDS
        }


def px(width: str) -> int:
    """``"3px"`` → 3."""
    return int(width.removesuffix("px"))


#: The app's usual look: navy headings, a calm blue, white cards on a pale grey page.
STANDARD = Palette(
    name="standard",
    page="#f5f7fa",
    surface="#ffffff",
    hover="#eef3f9",
    chosen_tint="#e3edf8",
    table_head="#eef2f6",
    scroll_track="#e4e8ed",
    ink="#1b1f24",
    ink_soft="#2f3a45",
    muted="#4a5562",
    heading="#173f6e",
    link="#1f5fa8",
    error="#a3120a",
    success="#1d5b1f",
    unanswered="#6b5a00",
    placeholder="#5c6673",
    line="#7b8794",
    divider="#d5dbe3",
    focus="#1f5fa8",
    focus_on_fill="#0b2a4d",
    accent="#1f5fa8",
    accent_strong="#174a85",
    on_accent="#ffffff",
    chosen_fill="#1f5fa8",
    on_chosen="#ffffff",
    chosen_line="#0b2a4d",
    # Was #6b7683 on #eceff3 / #f0f2f5 (4.0:1); a little darker reads at 4.5:1.
    disabled_fill="#eceff3",
    disabled_ink="#5c6673",
    disabled_line="#b3bcc6",
    alarm_tint="#fdeceb",
    alarm_line="#c62828",
    emergency_ink="#8a1c14",
    urgent_ink="#5f0f0a",
    notice_tint="#fff4d6",
    notice_ink="#5c4300",
    notice_line="#e0b84c",
    info_tint="#e8f0fa",
    info_line="#8fb0d8",
    band_none_tint="#f1f3f5",
    band_mild_tint="#e6f4e4",
    band_moderate_tint="#fff3d1",
    band_severe_tint="#fde3e1",
    band_none_line="#7b8794",
    # Were #5f9c5a, #b58a12, #c0504a: under 3:1 against their own tints.
    band_mild_line="#4a8745",
    band_moderate_line="#94700a",
    band_severe_line="#b8433d",
    band_none_fill="#4a5562",
    band_mild_fill="#2e6b2a",
    band_moderate_fill="#8a5a00",
    band_severe_fill="#a3231b",
    on_band_fill="#ffffff",
    scroll_handle="#6b7683",
    scroll_handle_hover="#4a5562",
    line_width="1px",
    ring_width="3px",
    ring_fill_width="6px",
    chosen_tick="tick-white.svg",
    score_tick="score-tick-white.svg",
    chosen_dot="dot-white.svg",
    arrow="arrow-dark.svg",
)

#: For low vision: white on black, every control framed in white, focus a thick yellow ring,
#: chosen answers filled (white, or their band's colour on the pain scale) with black text and a tick.
HIGH_CONTRAST = Palette(
    name="high contrast",
    page="#000000",
    surface="#000000",
    hover="#1f1f1f",
    chosen_tint="#1f2d47",
    table_head="#262626",
    scroll_track="#1a1a1a",
    ink="#ffffff",
    ink_soft="#ffffff",
    muted="#e0e0e0",
    heading="#ffffff",
    link="#8fd6ff",
    error="#ff9e9e",
    success="#8ff08f",
    unanswered="#ffe08a",
    placeholder="#a6a6a6",
    line="#ffffff",
    divider="#bfbfbf",
    focus="#ffff00",
    focus_on_fill="#ffff00",
    accent="#ffffff",
    accent_strong="#ffffff",
    on_accent="#000000",
    chosen_fill="#ffffff",
    on_chosen="#000000",
    chosen_line="#ffffff",
    disabled_fill="#000000",
    disabled_ink="#b3b3b3",
    disabled_line="#8c8c8c",
    alarm_tint="#000000",
    alarm_line="#ff6b6b",
    emergency_ink="#ffb3b3",
    urgent_ink="#ffffff",
    notice_tint="#000000",
    notice_ink="#ffe08a",
    notice_line="#ffe08a",
    info_tint="#000000",
    info_line="#ffffff",
    band_none_tint="#000000",
    band_mild_tint="#000000",
    band_moderate_tint="#000000",
    band_severe_tint="#000000",
    band_none_line="#ffffff",
    band_mild_line="#7ee787",
    band_moderate_line="#ffb454",
    band_severe_line="#ff8a8a",
    band_none_fill="#ffffff",
    band_mild_fill="#7ee787",
    band_moderate_fill="#ffb454",
    band_severe_fill="#ff8a8a",
    on_band_fill="#000000",
    scroll_handle="#ffffff",
    scroll_handle_hover="#ffff00",
    line_width="2px",
    ring_width="4px",
    ring_fill_width="7px",
    chosen_tick="tick-black.svg",
    score_tick="score-tick-black.svg",
    chosen_dot="dot-black.svg",
    arrow="arrow-light.svg",
)

PALETTES = (STANDARD, HIGH_CONTRAST)


def palette(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else STANDARD


def tokens_in(template: str) -> set[str]:
    """Every token name a template uses (without ``@``)."""
    return set(TOKEN.findall(template))


def render(template: str, palette: Palette) -> str:
    """``template`` with every ``@token`` replaced by ``palette``'s value.

    Raises :class:`ThemeError` naming every unknown token, so a typo in a sheet fails at once
    instead of leaving Qt to ignore the rule silently.
    """
    values = palette.tokens()
    unknown = sorted(tokens_in(template) - values.keys())
    if unknown:
        raise ThemeError(
            f"unknown token(s) in the stylesheet for palette {palette.name!r}: "
            + ", ".join("@" + name for name in unknown)
        )
    return TOKEN.sub(lambda match: values[match.group(1)], template)


# --- WCAG 2.1 ----------------------------------------------------------------------------------

#: WCAG 2.1 AA: normal text, large text (18pt, or 14pt bold), and non-text (borders, focus rings).
AA_TEXT = 4.5
AA_LARGE_TEXT = 3.0
AA_NON_TEXT = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#rrggbb`` (0 for black, 1 for white)."""
    if HEX_COLOUR.fullmatch(colour) is None:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (_channel(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two colours, from 1.0 (same) to 21.0 (black on white)."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_large_text(point_size: float, bold: bool) -> bool:
    """WCAG's "large scale" text: at least 18pt, or 14pt bold."""
    return point_size >= 18 or (bold and point_size >= 14)


def required_ratio(point_size: float, bold: bool) -> float:
    return AA_LARGE_TEXT if is_large_text(point_size, bold) else AA_TEXT


# --- reading a stylesheet ----------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One ``selectors { declarations }`` block of a stylesheet."""

    selectors: tuple[str, ...]
    declarations: tuple[tuple[str, str], ...]

    def get(self, prop: str) -> str | None:
        """The last value given for ``prop`` (as in CSS, a later one wins)."""
        found = None
        for name, value in self.declarations:
            if name == prop:
                found = value
        return found


_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")


def parse_rules(qss: str) -> list[Rule]:
    """The rules of a Qt stylesheet, in order (comments dropped; QSS has no nested blocks)."""
    rules = []
    for match in _BLOCK.finditer(_COMMENT.sub("", qss)):
        selectors = tuple(" ".join(s.split()) for s in match.group(1).split(",") if s.strip())
        declarations = []
        for declaration in match.group(2).split(";"):
            name, colon, value = declaration.partition(":")
            if colon and name.strip():
                declarations.append((name.strip().lower(), " ".join(value.split())))
        rules.append(Rule(selectors, tuple(declarations)))
    return rules
