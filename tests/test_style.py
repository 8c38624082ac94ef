"""The stylesheet: text sizes scale with the patient's choice (and the kiosk's floor holds), the
high-contrast theme really changes the colours, and a typo in a sheet fails loudly."""

from __future__ import annotations

import re

import pytest

from spineprep import theme
from spineprep.theme import HIGH_CONTRAST, STANDARD, ThemeError, parse_rules, render
from spineprep.ui.style import (
    KIOSK_MIN_PT,
    base_point_size,
    render_stylesheet,
    scale_box_sizes,
    stylesheet,
)

FONT = re.compile(r"font-size:\s*([0-9.]+)pt")
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def sizes(qss: str) -> list[float]:
    return [float(size) for size in FONT.findall(qss)]


def declarations(qss: str, prop: str) -> dict[str, str]:
    """Selector → the value of ``prop``, for every rule that sets it (a later rule wins)."""
    found = {}
    for rule in parse_rules(qss):
        value = rule.get(prop)
        if value is not None:
            for selector in rule.selectors:
                found[selector] = value
    return found


def test_the_old_calls_still_work() -> None:
    assert stylesheet() == stylesheet(False) == stylesheet(False, 1.0, False)
    assert stylesheet(True) == stylesheet(kiosk=True, scale=1.0, high_contrast=False)
    assert base_point_size(False) == 12.0
    assert base_point_size(True) == KIOSK_MIN_PT


@pytest.mark.parametrize("kiosk", [False, True], ids=["home", "kiosk"])
@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_every_font_size_grows_with_the_text_size(kiosk: bool, high_contrast: bool, scale: float) -> None:
    normal = sizes(stylesheet(kiosk, 1.0, high_contrast))
    bigger = sizes(stylesheet(kiosk, scale, high_contrast))
    assert len(normal) == len(bigger) >= 13
    assert bigger == pytest.approx([size * scale for size in normal])
    assert base_point_size(kiosk, scale) == pytest.approx(base_point_size(kiosk) * scale)


def test_the_kiosk_is_half_again_as_big_with_an_18pt_floor_before_the_patients_size() -> None:
    home = sizes(stylesheet(False))
    kiosk_app_part = sizes(stylesheet(True).split("\n/* Kiosk: a finger")[0])
    assert kiosk_app_part == pytest.approx([max(size * 1.5, KIOSK_MIN_PT) for size in home])
    for scale in (1.0, 1.5, 2.0):
        assert min(sizes(stylesheet(True, scale))) >= KIOSK_MIN_PT * scale
        assert base_point_size(True, scale) == KIOSK_MIN_PT * scale


def test_the_application_font_follows_the_text_size() -> None:
    assert [base_point_size(False, s) for s in (1.0, 1.5, 2.0)] == [12.0, 18.0, 24.0]
    assert [base_point_size(True, s) for s in (1.0, 1.5, 2.0)] == [18.0, 27.0, 36.0]


def test_a_text_size_outside_reason_is_refused() -> None:
    with pytest.raises(ValueError):
        stylesheet(scale=0)
    with pytest.raises(ValueError):
        base_point_size(False, 10)


def test_fixed_boxes_that_hold_text_grow_with_it_and_minimums_stay_minimums() -> None:
    normal, big = stylesheet(True, 1.0), stylesheet(True, 2.0)
    # The PIN keys have a fixed size (min = max): it doubles, or 48pt digits would not fit.
    for prop in ("min-width", "max-width", "min-height", "max-height"):
        before = declarations(normal, prop)["QPushButton#pinKey"]
        assert declarations(big, prop)["QPushButton#pinKey"] == f"{int(before[:-2]) * 2}px"
    # A minimum stays a minimum: the button grows from its font by itself.
    assert declarations(big, "min-height")["QPushButton#kioskButton"] == "96px"
    # Tick boxes and radio dots double, and a radio dot stays round (radius = half the box).
    box = declarations(big, "width")
    assert box["QCheckBox::indicator"] == "60px" and box["QRadioButton::indicator"] == "60px"
    radius = int(declarations(big, "border-radius")["QRadioButton::indicator"][:-2])
    assert radius <= (60 + 2 * 2) / 2
    assert radius >= (60 + 2 * 2) / 2 - 1


def test_a_radio_dot_stays_round_at_every_size() -> None:
    for scale in (1.25, 1.5, 1.75, 2.0, 3.0):
        rule = scale_box_sizes(
            "QRadioButton::indicator { width: 20px; height: 20px; border-radius: 12px; }", scale
        )
        width = int(re.search(r"width: (\d+)px", rule).group(1))  # type: ignore[union-attr]
        radius = int(re.search(r"border-radius: (\d+)px", rule).group(1))  # type: ignore[union-attr]
        assert (width + 4) / 2 - 1 <= radius <= (width + 4) / 2


@pytest.mark.parametrize("kiosk", [False, True], ids=["home", "kiosk"])
def test_high_contrast_changes_the_colours(kiosk: bool) -> None:
    standard, contrast = stylesheet(kiosk), stylesheet(kiosk, high_contrast=True)
    assert standard != contrast
    assert set(HEX.findall(standard)) != set(HEX.findall(contrast))
    backgrounds = declarations(contrast, "background")
    assert backgrounds["QMainWindow"] == "#000000"
    assert declarations(contrast, "color")["QWidget"] == "#ffffff"
    # Heavier lines, and the focus ring is yellow.
    assert "1px solid #7b8794" in standard and "2px solid #ffffff" in contrast
    assert declarations(contrast, "border")["QPushButton:focus"] == "4px solid #ffff00"

    # Nothing else moved: the same rules, only their values differ.
    def shape(qss: str) -> list[tuple[str, ...]]:
        return [rule.selectors for rule in parse_rules(qss)]

    assert shape(standard) == shape(contrast)


def test_the_standard_theme_keeps_the_apps_look() -> None:
    """The colours of the look patients know, kept where they already met AA."""
    qss = stylesheet()
    assert declarations(qss, "background")["QMainWindow"] == "#f5f7fa"
    assert declarations(qss, "color")["#pageHeading"] == "#173f6e"
    assert declarations(qss, "background")["QPushButton#primary"] == "#1f5fa8"
    assert declarations(qss, "background")['QPushButton#scoreButton[band="severe"]:checked'] == "#a3231b"


def test_an_unknown_token_raises() -> None:
    with pytest.raises(ThemeError, match="@inkk"):
        render("QLabel { color: @inkk; background: @page; }", STANDARD)
    with pytest.raises(ThemeError, match="@nope"):
        render("QLabel { color: @nope; }", HIGH_CONTRAST)


def test_render_fills_in_every_token() -> None:
    assert render("QLabel { color: @ink; border: @line_width solid @line; }", STANDARD) == (
        "QLabel { color: #1b1f24; border: 1px solid #7b8794; }"
    )
    # A longer token is never read as a shorter one plus letters (@ink_soft is not @ink + "_soft").
    assert render("#a { color: @ink_soft; }", STANDARD) == "#a { color: #2f3a45; }"


def test_a_palette_with_a_malformed_value_is_refused() -> None:
    import dataclasses

    with pytest.raises(ThemeError, match="ink"):
        dataclasses.replace(STANDARD, ink="black")
    with pytest.raises(ThemeError, match="ring_width"):
        dataclasses.replace(STANDARD, ring_width="5px")


def test_the_sheet_points_at_its_images() -> None:
    for high_contrast in (False, True):
        qss = stylesheet(high_contrast=high_contrast)
        urls = re.findall(r"url\(([^)]*)\)", qss)
        assert urls and all(url.startswith("/") or re.match(r"[A-Za-z]:/", url) for url in urls)
    assert theme.palette(True) is HIGH_CONTRAST and theme.palette(False) is STANDARD
    assert render_stylesheet(STANDARD) == stylesheet()


def test_the_application_palette_is_in_the_themes_colours(qapp: object) -> None:
    from PySide6.QtGui import QPalette

    from spineprep.ui.style import application_palette

    dark = application_palette(high_contrast=True)
    assert dark.color(QPalette.ColorRole.Window).name() == HIGH_CONTRAST.page
    assert dark.color(QPalette.ColorRole.WindowText).name() == HIGH_CONTRAST.ink
    assert dark.color(QPalette.ColorRole.PlaceholderText).name() == HIGH_CONTRAST.placeholder
    light = application_palette()
    assert light.color(QPalette.ColorRole.Highlight).name() == STANDARD.chosen_fill
    disabled = light.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    assert disabled == STANDARD.disabled_ink
