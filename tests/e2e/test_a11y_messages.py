"""Every message on screen reaches a screen reader as text, read over AT-SPI as Orca 43 reads it
(the focused object's name and description, the text of objects it can reach; announcement
events alone are not heard): why Next was refused, hints, required or optional, the date
example and the character counter, the review's answers, the urgent notice, the emergency line,
"No printer", "Saved to", the PIN pad's reply, the idle countdown and the kiosk's thank-you.
In English and in Spanish, with real key presses only."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from spineprep.catalogue import Flag
from spineprep.sample import SAMPLE_NAME, sample_intake
from tests.e2e.conftest import LAPTOP_SCREEN, Launch
from tests.e2e.harness import Buses, Display, Node, wait_for
from tests.e2e.readback import pdf_text
from tests.e2e.test_a11y_names import (
    LANGS,
    MARKUP,
    SPANISH_TYPED,
    home_of,
    kiosk_walk,
    move,
    page_heading,
    seed_draft,
    tr,
)

#: Nothing listens at this socket: the app finds no printer, as on a PC without one.
NO_PRINTER = "/nonexistent/cups.sock"


def heard(node: Node | None) -> str:
    """What a screen reader says for an object: its name, then its description."""
    return "" if node is None else f"{node.name} {node.description}"


def readable(nodes: list[Node], text: str, focusable: bool = True) -> Node:
    """The object whose name says ``text`` (no markup), a Tab stop unless told otherwise."""
    found = [n for n in nodes if text in n.name and (not focusable or "focusable" in n.states)]
    assert found, (
        f"no{' focusable' if focusable else ''} object reads {text!r}: "
        f"{[n.name for n in nodes if n.name][:80]}"
    )
    assert not MARKUP.search(found[0].name), f"{found[0]} is read with its markup"
    return found[0]


def described(nodes: list[Node], *parts: str, role: str = "text") -> Node:
    """The control whose description holds every one of ``parts``."""
    found = [n for n in nodes if n.role == role and all(p in n.description for p in parts)]
    assert found, (
        f"no {role} is described with {parts}: {[(n.name, n.description) for n in nodes if n.role == role]}"
    )
    return found[0]


def typed(lang: str, path: str) -> str:
    section, name = path.split(".")
    return SPANISH_TYPED[path] if lang == "es" else str(getattr(getattr(sample_intake(), section), name))


@pytest.mark.timeout(240)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_home_messages_are_read_where_focus_goes(launch: Launch, tmp_path: Path, lang: str) -> None:
    t = tr(lang)
    home, data = home_of(tmp_path, f"home-{lang}")
    env = {"CUPS_SERVER": NO_PRINTER}

    # A first visit: the emergency line, and Next refused on an empty About you.
    app = launch(screen=LAPTOP_SCREEN, lang=LANGS[lang], home=home, env=env)
    app.focus_window()
    page_heading(app, 20)
    nodes = app.tree()
    readable(nodes, "911")
    app.tab_to(t("Start", "MainWindow"))
    move(app, "Return")
    app.key("alt+Right")  # Next, with nothing typed
    reason = t("Please enter your full name.", "Validation")
    field = wait_for(
        "focus on the name box, with the reason", lambda: reason in heard(f := app.focused()) and f
    )
    assert field.role == "text", f"focus went to {field}, not the name box"
    nodes = app.tree()
    readable(nodes, reason, focusable=False)
    assert not [n for n in nodes if n.role == "label" and n.name == "Problem"]
    described(nodes, t("For example 04 / 27 / 1961"), t("Required.", "Fields"))
    described(nodes, t("Optional.", "Fields"))
    app.stop()

    # A draft with a fever: the review's answers, the counter, the urgent notice, then Done.
    seed_draft(data, lang)
    app = launch(screen=LAPTOP_SCREEN, lang=LANGS[lang], home=home, env=env)
    app.focus_window()
    page_heading(app, 20)
    app.tab_to(t("Continue where I left off"))
    move(app, "Return")  # Review
    described(app.tree(), SAMPLE_NAME, role="push button")
    described(app.tree(), typed(lang, "patient.physician"), role="push button")
    move(app, "alt+Left")  # Notes
    notes = typed(lang, "notes.anything_else")
    described(app.tree(), t("{0} of {1} characters", "Fields").format(len(notes), 2000))
    move(app, "alt+Left")  # the checklist (the notice shows on the way forward)
    move(app, "alt+Right")  # the notice for a fever: call the clinic today
    notice = app.tab_to(name_re=re.escape(t("You ticked:", "UrgentNoticePage")), limit=20)
    assert t(Flag.FEVER.label, "Catalogue") in notice.name and not MARKUP.search(notice.name)
    heading = t("Please call the clinic today", "Advice")
    readable(app.tree(), heading)
    move(app, "alt+Right")  # Notes
    move(app, "alt+Right")  # Review
    move(app, "Return")  # Finish: Done

    app.tab_to(t("Print…", "DonePage").rstrip("…"))
    app.key("Return")
    no_printer = t("No printer is set up on this computer. Save the PDF and print it later.", "SheetActions")
    app.wait_focused(name=no_printer, timeout=10)

    app.tab_to(t("Save PDF…", "DonePage").rstrip("…"))
    seq = app.seq()
    app.key("Return")
    app.wait_focus_change(seq, 15)
    wait_for("the file name box", lambda: (f := app.focused()) is not None and f.role == "text", 15)
    target = tmp_path / f"sheet-{lang}.pdf"
    app.key("ctrl+a")
    app.type(str(target))
    app.key("Return")
    saved = t("Saved to {0}.", "SheetActions").format(target)
    app.wait_focused(name=saved, timeout=15)
    wait_for("the PDF on disk", lambda: target.exists() and target.stat().st_size > 0, 10)
    assert SAMPLE_NAME.split()[0] in pdf_text(target)


@pytest.mark.timeout(240)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_kiosk_messages_are_read_as_their_words(
    buses: Buses,
    displays: Callable[[tuple[int, int]], Display],
    tmp_path_factory: pytest.TempPathFactory,
    lang: str,
) -> None:
    """The PIN pad's reply, the idle countdown and the thank-you: the words, focused or a Tab stop."""
    t = tr(lang)
    walk = kiosk_walk(lang, buses, displays, tmp_path_factory.mktemp(f"kiosk-{lang}"))
    assert not walk.problems, walk.problems

    wrong = t("That PIN is not right. {0} tries left.", "Kiosk").format(4)
    assert wrong in heard(walk.focus["PIN pad after a wrong PIN"]), walk.focus["PIN pad after a wrong PIN"]

    countdown = t("For your privacy, your answers will be cleared in {0} seconds.", "StillThereScreen")
    pattern = re.compile(re.escape(countdown).replace(re.escape("{0}"), r"\d+"))
    nodes = walk.screens["Are you still there? countdown"]
    assert [n for n in nodes if pattern.fullmatch(n.name) and "focusable" in n.states], (
        f"the countdown is not read: {[n.name for n in nodes if n.name]}"
    )

    outcomes = [
        t("Please take your sheet to the front desk.", "ThanksScreen"),
        t("Your answers are saved, but the sheet did not print. Please tell the front desk.", "ThanksScreen"),
    ]
    focus = walk.focus["thank-you screen"]
    assert focus is not None and focus.name in outcomes, f"focus on the thank-you screen is on {focus}"
    readable(walk.screens["thank-you screen"], focus.name)
