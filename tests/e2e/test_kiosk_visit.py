"""A whole kiosk visit in Spanish on the 1280x800 waiting-room screen, by pointer taps only
(typing only into text boxes), from setting the staff PIN to the printed sheet.

The touch rule checked on every tap: a tap chooses exactly what was under the finger when it
went down, or nothing, and the page never moves between press and release. The Severity page
in Spanish is taller than the screen; answers half scrolled out of view at its bottom and at its
top are tapped on the part that shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from spineprep.catalogue import (
    CIRCUMSTANCES,
    DURATION,
    HOW_OFTEN,
    LIMITATION,
    LOCATIONS,
    PAIN_NOW,
    PAIN_WORST,
    SPEED,
    TREND,
    AgoUnit,
    Circumstance,
    Duration,
    Flag,
    HowOften,
    Limitation,
    Location,
    Outcome,
    Speed,
    Treatment,
    Trend,
)
from tests.e2e.conftest import KIOSK_SCREEN, Launch
from tests.e2e.harness import (
    App,
    Node,
    Translations,
    cups_output,
    page_colours,
    pdf_info,
    read_intakes,
    wait_for,
)

ES = Translations("es")
PIN = "246813"
NAME = "María López"


def option(question: str, label: str) -> str:
    """An answer's accessible name: "question: option", in Spanish."""
    return f"{ES('Catalogue', question)}: {ES('Catalogue', label)}"


class Finger:
    """Taps at on-screen coordinates read over AT-SPI; the page moves only by the wheel."""

    def __init__(self, app: App) -> None:
        self.app = app

    def tap(self, role: str, name: str, description: str | None = None) -> Node:
        node, nodes = self.app.locate(
            role, name, where=lambda n: description is None or n.description.startswith(description)
        )
        return self.app.tap(*self.in_view(node, nodes))

    def in_view(self, node: Node, nodes: list[Node]) -> tuple[Node, list[Node]]:
        """Scroll with the wheel until the whole of ``node`` shows."""
        for _ in range(40):
            now = next((n for n in nodes if n.id == node.id), None)
            assert now is not None, f"{node} went away"
            if self.app.visible_part(now, nodes) == (now.x, now.y, now.w, now.h):
                return now, nodes
            bar = self.app.page_scroll_bar(nodes)
            below = bar is not None and now.y > bar.y + bar.h // 2
            if not self.app.wheel(down=below, bar=bar):
                break
            nodes = self.app.tree()
        raise AssertionError(f"{node} cannot be scrolled into full view")

    def choose(self, name: str, role: str = "radio button") -> Node:
        """Tap an answer; it must then be ticked."""
        tapped = self.tap(role, name)
        return wait_for(f"{name!r} chosen", lambda: (n := self.app.refresh(tapped)).checked and n, timeout=5)

    def page(self, context: str, heading: str) -> None:
        """A new page puts focus on its heading."""
        self.app.wait_focused(name=ES(context, heading), timeout=15)

    def next(self, context: str, heading: str, button: str = "Next") -> None:
        self.tap("push button", ES("MainWindow", button))
        self.page(context, heading)

    def type_into(self, name: str, text: str) -> None:
        field = self.tap("text", name)
        self.app.wait_focused(name=field.name)
        self.app.type(text)
        wait_for(f"{text!r} in {name!r}", lambda: self.app.refresh(field).text == text, timeout=5)

    def partly_shown(self, what: str, match: Callable[[Node], bool], edge: str) -> Node:
        """Scroll down, a wheel notch at a time, until an answer that ``match``es is cut by the
        ``edge`` ("top" or "bottom") of the page: partly showing, partly scrolled away."""
        for _ in range(30):
            nodes = self.app.tree()
            for node in nodes:
                if not match(node):
                    continue
                part = self.app.visible_part(node, nodes)
                if part is None:
                    continue
                shown, hidden = part[3], node.h - part[3]
                cut_at_bottom = part[1] == node.y and hidden >= 8 and shown >= 16
                cut_at_top = (
                    part[1] > node.y and part[1] + part[3] == node.y + node.h and hidden >= 8 and shown >= 16
                )
                if (cut_at_bottom and edge == "bottom") or (cut_at_top and edge == "top"):
                    return node
            if not self.app.wheel(down=True, bar=self.app.page_scroll_bar(nodes)):
                break
        raise AssertionError(f"{what} was never cut by the {edge} of the page")


def set_pin(finger: Finger) -> None:
    """First start: staff choose a PIN on the pad, then tap it again."""
    app = finger.app
    entered = ES("PinPad", "{0} digits entered").format(len(PIN))
    again = ES("Kiosk", "Enter the same PIN again.")
    for round_ in range(2):
        for digit in PIN:
            finger.tap("push button", digit)
        app.find("label", entered)  # every tap counted
        finger.tap("push button", ES("PinPad", "OK"))
        if round_ == 0:
            app.find("label", again)  # the pad's message is read as what it says


def severity(finger: Finger) -> dict[str, object]:
    """The Severity page, with taps on answers cut by the bottom and by the top of the screen."""
    app = finger.app
    now = ES("Catalogue", PAIN_NOW)
    worst = ES("Catalogue", PAIN_WORST)
    severe = ES("Catalogue", "severe")
    tapped = finger.tap("radio button", f"7, {severe}", description=now)
    wait_for("7 chosen for pain now", lambda: app.refresh(tapped).checked, timeout=5)

    # An answer whose lower part is scrolled out of view below the page.
    limitations = {option(LIMITATION, o.label): o.value for o in Limitation}
    cut = finger.partly_shown("no limitation answer", lambda n: n.name in limitations, "bottom")
    app.shot("severity-cut-at-bottom")
    app.tap(cut)
    wait_for(f"{cut.name!r} chosen", lambda: app.refresh(cut).checked, timeout=5)
    limitation = limitations[cut.name]

    # The worst-pain scale with its upper part scrolled out of view above the page.
    eight = f"8, {severe}"
    cut = finger.partly_shown(
        "the worst pain's 8", lambda n: n.name == eight and n.description.startswith(worst), "top"
    )
    app.shot("severity-cut-at-top")
    app.tap(cut)
    wait_for(f"{cut.name!r} chosen for the worst pain", lambda: app.refresh(cut).checked, timeout=5)

    for location in (Location.LOWER_CENTRE, Location.ONE_LEG):
        finger.choose(option(LOCATIONS, location.label), role="check box")
    app.shot("severity-answered")
    return {
        "pain_now": 7,
        "pain_worst": 8,
        "limitation": limitation,
        "locations": sorted([Location.LOWER_CENTRE.value, Location.ONE_LEG.value]),
    }


@pytest.mark.timeout(300)
def test_a_kiosk_visit_by_touch_in_spanish_stores_and_prints_exactly_what_was_tapped(launch: Launch) -> None:
    printed_to = cups_output()
    jobs_before = set(printed_to.glob("*.pdf")) if printed_to else set()
    app = launch(screen=KIOSK_SCREEN, lang="es_MX.UTF-8", args=["--kiosk"])
    finger = Finger(app)

    set_pin(finger)
    finger.tap("push button", ES("StartScreen", "Tap to start"))
    finger.page("AboutPage", "About you")
    finger.type_into(ES("AboutPage", "Full name"), NAME)
    birth = ES("AboutPage", "Date of birth")
    for part, digits in (("Day", "27"), ("Month", "04"), ("Year", "1961")):
        finger.type_into(f"{birth}: {ES('Fields', part)}", digits)
    app.shot("about")
    finger.next("SeverityPage", "How bad is the pain?")

    stored_severity = severity(finger)
    finger.next("FrequencyPage", "How often do the spasms come?")

    finger.choose(option(HOW_OFTEN, HowOften.SEVERAL_A_DAY.label))
    finger.choose(option(DURATION, Duration.MINUTES.label))
    finger.choose(option(TREND, Trend.WORSE.label))
    finger.next("OnsetPage", "When did the spasms start?")

    finger.type_into(ES("OnsetPage", "How many"), "3")
    finger.choose(
        f"{ES('OnsetPage', 'Days, weeks, months or years')}: {ES('Catalogue', AgoUnit.WEEKS.label)}"
    )
    finger.choose(option(SPEED, Speed.SUDDEN.label))
    finger.choose(option(CIRCUMSTANCES, Circumstance.LIFTING.label), role="check box")
    finger.next("ReliefPage", "What have you tried for relief?")

    rest = f"{ES('Catalogue', Treatment.REST.label)}: {ES('Catalogue', Outcome.HELPED_A_LITTLE.label)}"
    finger.choose(rest)
    finger.next("UrgentPage", "Do you have any of these?")

    finger.choose(
        f"{ES('UrgentPage', 'Urgent symptoms')}: {ES('Catalogue', Flag.FEVER.label)}", role="check box"
    )
    # What the notice says depends on the symptom's level; its Next button says Continue.
    finger.tap("push button", ES("MainWindow", "Next"))
    app.find("push button", ES("MainWindow", "Continue"), timeout=15)
    app.shot("urgent-notice")
    finger.next("NotesPage", "For your doctor", button="Continue")
    finger.next("ReviewPage", "Check your answers")
    app.shot("review")
    finger.tap("push button", ES("MainWindow", "Finish"))
    # Focus goes to what the thank-you screen says to do (printed or not), read as its words.
    outcomes = {
        ES("ThanksScreen", text)
        for text in (
            "Please take your sheet to the front desk.",
            "Your answers are saved, but the sheet did not print. Please tell the front desk.",
        )
    }
    wait_for(
        "focus on the thank-you screen's message",
        lambda: (node := app.focused()) is not None and node.name in outcomes,
        timeout=30,
    )
    app.find("label", ES("ThanksScreen", "Thank you"))

    # --- what the store holds: exactly what was tapped --------------------------------------
    db = app.data_dir / "spineprep.db"
    rows = wait_for("the finished intake in the store", lambda: read_intakes(db), timeout=10)
    assert [row["status"] for row in rows] == ["complete"], f"the store holds {[r['status'] for r in rows]}"
    answers = rows[0]["answers"]
    assert answers["patient"] == {
        "full_name": NAME,
        "birth": {"month": "04", "day": "27", "year": "1961"},
        "appointment": {"month": "", "day": "", "year": ""},
        "physician": "",
    }
    assert answers["severity"] == stored_severity
    assert answers["frequency"] == {
        "how_often": HowOften.SEVERAL_A_DAY.value,
        "duration": Duration.MINUTES.value,
        "trend": Trend.WORSE.value,
    }
    onset = answers["onset"]
    assert (onset["kind"], onset["ago_amount"], onset["ago_unit"]) == ("ago", 3, AgoUnit.WEEKS.value)
    assert (onset["speed"], onset["circumstances"], onset["conditions"]) == (
        Speed.SUDDEN.value,
        [Circumstance.LIFTING.value],
        [],
    )
    assert onset["ago_noted"] == date.today().isoformat()
    assert answers["relief"] == {
        "outcomes": {Treatment.REST.value: Outcome.HELPED_A_LITTLE.value},
        "nothing_yet": False,
        "other_treatment": "",
        "medicines": "",
        "worse": "",
    }
    assert answers["urgent"]["flags"] == [Flag.FEVER.value]
    assert answers["notes"] == {"anything_else": "", "questions": ""}
    assert answers["language"] == "es"

    # --- the printed sheet (when a CUPS PDF queue runs here, as in CI) ----------------------
    if printed_to is None:
        return
    # Focus goes to what the patient must do, read as its own words.
    app.wait_focused(name=ES("ThanksScreen", "Please take your sheet to the front desk."), timeout=30)
    job: Path = wait_for(
        f"the sheet in {printed_to}",
        lambda: next(iter(sorted(set(printed_to.glob("*.pdf")) - jobs_before)), None),
        timeout=30,
    )
    # The queue's PDF is a picture of the page (Qt prints the sheet as an image, and Ghostscript
    # drops text anyway): check its form and its ink, not its words.
    info = wait_for("the printed PDF to be complete", lambda: _info(job), timeout=20)
    assert info["Pages"] == "1" and "letter" in info["Page size"], info
    assert info.get("Title", "").strip("()") == "SpinePrep summary sheet", info
    assert not {"María", "Maria", "López", "Lopez"} & set(job.stem.split("_")), f"the job is named {job.name}"
    colours = page_colours(job)
    assert colours["ink"] > 0.02, f"the printed page is nearly blank: {colours}"
    assert colours["red"] > 0.003, f"no red urgent box on the printed page: {colours}"


def _info(pdf: Path) -> dict[str, str] | None:
    try:
        return pdf_info(pdf)
    except AssertionError:
        return None  # still being written
