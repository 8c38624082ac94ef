"""Accessibility over AT-SPI, as Orca reads it: every actionable object on every page of the home
flow and every kiosk screen has a name, with no markup, and in Spanish no English left in it.

The walk is by real key events only (Tab, the arrows, Space, Enter, Alt+Left/Right, Escape). The
home flow is walked from a saved draft (the project's Store API) so that every page can be
reached with Alt+Left / Alt+Right; the kiosk from a fresh HOME whose staff PIN was set with the
project's StaffPin API and whose idle time is the shortest the settings allow.

Every problem found is collected, and each test fails once with the whole list.

Also the shared helpers of the a11y layer (test_a11y_messages.py, test_a11y_keyboard.py).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from spineprep.catalogue import Flag
from spineprep.sample import sample_intake
from spineprep.staff_pin import StaffPin
from spineprep.store import Store, default_db_path
from tests.e2e import harness
from tests.e2e.conftest import KIOSK_SCREEN, LAPTOP_SCREEN, Launch
from tests.e2e.harness import App, Buses, Display, Node, Translations, wait_for

LANGS = {"en": "en_US.UTF-8", "es": "es_MX.UTF-8"}
ES = Translations("es")
PIN = "246813"

ACTIONABLE = {
    "push button", "check box", "radio button", "toggle button", "text", "entry", "password text",
    "spin button", "combo box", "table", "page tab", "list", "tree", "tree table", "slider",
}  # fmt: skip
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!]|&(lt|gt|amp|nbsp|quot|#\d+);")
#: Qt's own words that show in Spanish when qtbase_es.qm is not loaded (the file dialog, buttons).
QT_ENGLISH = (
    "File name:",
    "Files of type:",
    "Look in:",
    "Save",
    "Cancel",
    "Open",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
    "Save As",
    "Delete",
    "Name",
    "Size",
    "Type",
    "Date Modified",
    "Computer",
    "Choose",
    "Apply",
    "Close",
    "Yes",
)  # fmt: skip (not "No": Spanish says "No" too)
LANGUAGE_NAMES = {"English", "Español"}


def tr(lang: str) -> Callable[..., str]:
    """``t(source)`` or ``t(source, context)``: what the app shows for an English source string."""

    def t(source: str, context: str | None = None) -> str:
        if lang == "en":
            return source
        if context is not None:
            return ES(context, source)
        for (_, src), text in ES.texts.items():
            if src == source:
                return text
        raise KeyError(f"{source!r} is not in {ES.path}")

    return t


def _english_phrases() -> list[tuple[str, re.Pattern[str]]]:
    """English source strings (and the fixed parts of those with {0}) whose Spanish differs."""
    phrases: set[str] = set()
    for (_, source), text in ES.texts.items():
        if not text or text.strip() == source.strip():
            continue
        for part in re.split(r"\{\d+\}|%\d|\n", source):
            part = part.strip(" .,:;…()“”\"'")
            long_enough = len(part) >= 4 or part in ("OK",)
            if long_enough and part not in text and not re.fullmatch(r"[\d\s/%.,:;+-]*", part):
                phrases.add(part)
    phrases.update(QT_ENGLISH)
    phrases -= LANGUAGE_NAMES | {"SpinePrep"}
    return [(p, re.compile(rf"(?<!\w){re.escape(p)}(?!\w)")) for p in sorted(phrases, key=len, reverse=True)]


ENGLISH = _english_phrases()


def english_in(text: str) -> list[str]:
    return [phrase for phrase, pattern in ENGLISH if pattern.search(text)][:3]


@dataclass
class Findings:
    """Problems collected over a walk, one line each."""

    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        if line not in self.lines:
            self.lines.append(line)

    def fail_if_any(self, what: str) -> None:
        if self.lines:
            pytest.fail(f"{what}: {len(self.lines)} problem(s):\n" + "\n".join(f"- {x}" for x in self.lines))


def check_names(nodes: list[Node], page: str, lang: str, found: Findings) -> None:
    """Every showing actionable object: a name, no markup, and (Spanish) no English."""
    # In Qt's file dialog the labels ("Look in:", "Files of type:") are Qt's words too.
    roles = ACTIONABLE | {"label"} if "dialog" in page else ACTIONABLE
    for n in nodes:
        if n.role not in roles or n.depth == 0:
            continue
        where = f"[{lang}] {page}: {n.role}"
        if n.role == "label" and not n.name.strip():
            continue  # (an empty message line: nothing to read)
        if not n.name.strip():
            found.add(f"{where} at {n.x},{n.y} {n.w}x{n.h} has no name (description {n.description!r})")
            continue
        said = [("name", n.name), ("description", n.description)]
        if "dialog" in page and n.role == "text" and n.text:
            said.append(("text", n.text))  # the file name the dialog offers
        for what, text in said:
            if MARKUP.search(text):
                found.add(f"{where} {n.name!r}: its {what} has markup: {text[:160]!r}")
            if lang == "es":
                language_switch = what == "name" and text in LANGUAGE_NAMES
                words = [] if language_switch else english_in(text)
                if what == "description" and "English" in text:
                    words.append("English")  # ("Ver las preguntas en English")
                if words:
                    found.add(
                        f"{where} {n.name!r}: its {what} {text[:120]!r} is English ({', '.join(words)})"
                    )


def check_group_positions(nodes: list[Node], page: str, lang: str, found: Findings) -> None:
    """A one-stop group (the 0-10 scale, language, text size) must be heard as one of a set:
    radio buttons, or "n of N" in the name or description (Qt's check boxes say neither)."""
    groups: dict[tuple[str, str], list[Node]] = {}
    for n in nodes:
        kind = (
            "score" if re.match(r"^\d+, ", n.name)
            else "language" if n.name in LANGUAGE_NAMES
            else "size" if re.search(r"\d+%$", n.name)
            else ""
        )  # fmt: skip
        if n.role == "check box" and kind:
            groups.setdefault((n.parent, kind), []).append(n)
    for members in groups.values():
        if len(members) < 2:
            continue
        for i, n in enumerate(members, 1):
            if not re.search(rf"\b{i}\b.*\b{len(members)}\b", f"{n.name} {n.description}"):
                found.add(
                    f"[{lang}] {page}: check box {n.name!r} is one of {len(members)} choices but is heard "
                    f"as a check box with no '{i} of {len(members)}' (description {n.description!r})"
                )
                break


def page_heading(app: App, timeout: float = 10.0) -> Node:
    """The focused heading of the page now showing (each page puts focus on its heading)."""
    return wait_for(
        "focus on a page heading",
        lambda: (f := app.focused()) is not None and f.role == "label" and f,
        timeout=timeout,
    )


def move(app: App, key: str, timeout: float = 10.0) -> Node:
    """Press a key that changes page; the new page's focused heading."""
    seq = app.seq()
    app.key(key)
    moved, _, now = app.wait_focus_change(seq, timeout)
    try:
        assert moved, f"{key} did not change page (focus stayed on {now})"
        return page_heading(app, timeout)
    except AssertionError as error:
        raise AssertionError(
            f"{error}; focus on {app.focused()}; showing: {app.describe_screen()[:1500]}"
        ) from None


#: What a Spanish-speaking patient types where the sample has English (the walk's check for
#: English left in Spanish reads the review's answers, and must not find the patient's words).
SPANISH_TYPED = {
    "onset.circumstance_other": "en el jardín, arrancando hierbas durante horas",
    "onset.condition_other": "escoliosis leve (de adolescente)",
    "relief.other_treatment": "rodillo de espuma",
    "relief.medicines": "Ibuprofeno 400 mg, hasta 3 veces al día",
    "relief.worse": "Estar sentada en el coche más de 20 minutos",
    "notes.anything_else": "Trabajo en una oficina ocho horas al día.",
    "notes.questions": "¿Puedo usar calor por la noche?",
    "patient.physician": "Dra. Amara Okafor",
}


def seed_draft(data: Path, lang: str = "en", **clear: bool) -> None:
    """A draft in the store (the project's Store API): the sample's answers, with a fever
    (the "call the clinic today" notice), typed in ``lang``; ``clear`` empties sections."""
    from spineprep.intake import Patient, Relief, Severity, Urgent

    intake = sample_intake()
    if lang == "es":
        for path, text in SPANISH_TYPED.items():
            section, name = path.split(".")
            setattr(getattr(intake, section), name, text)
    intake.completed_at = None
    intake.urgent = Urgent(flags={Flag.FEVER})
    if clear.get("patient"):
        intake.patient = Patient()
    if clear.get("severity"):
        intake.severity = Severity()
    if clear.get("relief"):
        intake.relief = Relief()
    if clear.get("urgent"):
        intake.urgent = Urgent()
    data.mkdir(parents=True, exist_ok=True, mode=0o700)
    with Store.open(default_db_path(data)) as store:
        store.save_draft(intake)


def home_of(tmp_path: Path, name: str) -> tuple[Path, Path]:
    home = tmp_path / name
    data = home / ".local" / "share" / "SpinePrep"
    data.mkdir(parents=True, mode=0o700)
    return home, data


# --- the home flow ---------------------------------------------------------------------------


def walk_home_pages(app: App, lang: str, visit: Callable[[str, list[Node]], None]) -> None:
    """Every page of the home flow, by keys: Welcome (with the resume offer), Review, then Back
    through Notes, the urgent notice, Urgent ... About, Welcome; Next again to Review, Finish to
    Done, its file dialog, then Past summaries. ``visit(page, tree)`` is called on each."""
    t = tr(lang)
    app.focus_window()
    heading = page_heading(app, 20)
    visit(f"Welcome ({heading.name!r})", app.tree())
    app.tab_to(t("Continue where I left off"))
    heading = move(app, "Return")
    visit(f"Review ({heading.name!r})", app.tree())
    seen = [heading.name]
    for _ in range(12):
        heading = move(app, "alt+Left")
        if heading.name in seen:
            break
        seen.append(heading.name)
        visit(f"page {heading.name!r}", app.tree())
        if heading.name == t("Get ready for your spine appointment"):
            break
    for _ in range(12):
        heading = move(app, "alt+Right")
        if heading.name == t("Check your answers"):
            break
    heading = move(app, "Return")  # Finish
    visit(f"Done ({heading.name!r})", app.tree())
    app.tab_to(t("Save PDF…").rstrip("…"))
    seq = app.seq()
    app.key("Return")
    app.wait_focus_change(seq, 15)
    wait_for(
        "the file dialog",
        lambda: len(app.windows()) > 1 or (app.focused() or Node.of(_EMPTY)).role == "text",
        15,
    )
    time.sleep(0.5)
    visit("Save PDF file dialog", app.tree())
    app.key("Escape")
    heading_name = heading.name
    wait_for("back on Done", lambda: len(app.windows()) == 1, 10)
    app.focus_window()
    app.tab_to(t("Start a new one"))
    heading = move(app, "Return")
    app.tab_to(t("See past summaries"))
    heading = move(app, "Return")
    app.tab_to(name_re=".", key="Tab")  # into the table
    visit(f"Past summaries ({heading.name!r})", app.tree())
    del heading_name


_EMPTY = {"id": "", "role": "", "name": "", "description": "", "states": [], "extents": [0, 0, 0, 0],
          "text": None, "value": None, "parent": "", "depth": 0}  # fmt: skip


@pytest.mark.timeout(240)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_actionable_object_of_the_home_flow_has_a_clean_name(
    launch: Launch, tmp_path: Path, lang: str
) -> None:
    home, data = home_of(tmp_path, f"home-{lang}")
    seed_draft(data, lang)
    app = launch(screen=LAPTOP_SCREEN, lang=LANGS[lang], home=home)
    found = Findings()

    def visit(page: str, nodes: list[Node]) -> None:
        check_names(nodes, page, lang, found)
        check_group_positions(nodes, page, lang, found)

    walk_home_pages(app, lang, visit)
    found.fail_if_any(f"home flow in {lang}: actionable objects a screen reader cannot name cleanly")


# --- the kiosk ---------------------------------------------------------------------------------


@dataclass
class KioskWalk:
    """What a kiosk walk saw: each screen's tree, what focus said, and how long it took."""

    screens: dict[str, list[Node]] = field(default_factory=dict)
    focus: dict[str, Node | None] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


# One walk per language for the whole run. Kept in the harness module: this module is imported
# twice (collected as e2e.test_a11y_names, imported by the messages test as tests.e2e...).
_KIOSK_WALKS: dict[str, KioskWalk] = harness.SHARED.setdefault("kiosk walks", {})


def kiosk_walk(
    lang: str, buses: Buses, displays: Callable[[tuple[int, int]], Display], root: Path
) -> KioskWalk:
    """One kiosk run per language, shared by the names and the messages tests (the idle
    countdown alone takes 30 s): start screen, PIN pad (a wrong PIN, then Escape), the staff
    area and each of its tabs, Tap to start, the countdown, a visit's thank-you screen."""
    if lang in _KIOSK_WALKS:
        return _KIOSK_WALKS[lang]
    walk = _KIOSK_WALKS[lang] = KioskWalk()
    t = tr(lang)
    home = root / f"kiosk-{lang}"
    data = home / ".local" / "share" / "SpinePrep"
    data.mkdir(parents=True, mode=0o700)
    (data / "settings.json").write_text(json.dumps({"idle_seconds": 30, "countdown_seconds": 10}))
    StaffPin.in_folder(data).set_pin(PIN)
    app = App(
        displays(KIOSK_SCREEN),
        buses,
        home,
        lang=LANGS[lang],
        args=["--kiosk"],
        log=root / f"kiosk-{lang}.log",
    )

    def seen(screen: str) -> None:
        time.sleep(0.3)
        walk.screens[screen] = app.tree()
        walk.focus[screen] = app.focused()

    try:
        app.focus_window()
        page_heading(app, 20)
        seen("start screen")
        # The PIN pad, a wrong PIN.
        seq = app.seq()
        app.key("ctrl+alt+s")
        app.wait_focus_change(seq, 10)
        seen("PIN pad")
        seq = app.seq()
        app.type("111111")
        app.key("Return")
        time.sleep(1.5)
        seen("PIN pad after a wrong PIN")
        app.key("Escape")
        page_heading(app, 10)
        # The staff area.
        seq = app.seq()
        app.key("ctrl+alt+s")
        app.wait_focus_change(seq, 10)
        app.type(PIN)
        app.key("Return")
        time.sleep(1.5)
        seen("staff area")
        tabs = [n for n in walk.screens["staff area"] if n.role == "page tab"]
        if tabs:
            try:
                app.tab_to(tabs[0].name, limit=40)
                for i in range(1, len(tabs)):
                    app.key("Right")
                    time.sleep(0.8)
                    seen(f"staff area, tab {i + 1}")
            except AssertionError as error:
                walk.problems.append(
                    f"[{lang}] staff area: the tabs cannot be reached with Tab: {str(error)[:300]}"
                )
        else:
            walk.problems.append(f"[{lang}] staff area: no page tab is showing")
        back = [n for n in app.tree() if n.role == "push button" and n.name == t("Back to patients")]
        if back:
            app.tab_to(back[0].name, limit=60)
            app.key("Return")
        else:
            walk.problems.append(f"[{lang}] staff area: no {t('Back to patients')!r} button")
        page_heading(app, 10)
        # A visit starts; then nobody touches anything: "Are you still there?".
        app.tab_to(t("Tap to start"))
        heading = move(app, "Return")
        seen(f"kiosk About you ({heading.name!r})")
        still = t("I'm still here")
        wait_for("the idle countdown", lambda: app.find_all("push button", still), timeout=45)
        time.sleep(1.0)
        seen("Are you still there? countdown")
        app.tab_to(still, limit=20)
        app.key("Return")
        page_heading(app, 10)
        # A visit to its thank-you screen (printing fails or goes to CUPS: either way a message).
        seed_draft(data, lang)  # (not read: a kiosk never resumes; the answers are typed below)
        _kiosk_answers(app, lang)
        wait_for("the thank-you screen", lambda: app.find_all("push button", t("Done", "ThanksScreen")), 30)
        time.sleep(2.0)
        seen("thank-you screen")
    except (AssertionError, RuntimeError) as error:
        walk.problems.append(f"[{lang}] the kiosk walk stopped: {str(error)[:600]}")
    finally:
        app.stop()
    return walk


def _kiosk_answers(app: App, lang: str) -> None:
    """The fewest answers, by keys, from the kiosk's About you to Finish."""
    from tests.e2e.test_a11y_keyboard import fill_about, fill_groups, fill_scales, tick

    t = tr(lang)
    fill_about(app, lang)
    move(app, "alt+Right")
    fill_scales(app)
    move(app, "alt+Right")
    fill_groups(app, lang)
    move(app, "alt+Right")
    app.tab_to(t("How many"))
    app.type("3")
    app.tab_to(name_re=".", key="shift+Tab")
    app.wait_focused(name_re=".")
    fill_groups(app, lang)
    tick(app, name_re=rf": {re.escape(t('No clear cause'))}$")
    move(app, "alt+Right")
    tick(app, t("I haven't tried anything yet"))
    move(app, "alt+Right")
    tick(app, t("None of these"))
    for _ in range(3):
        heading = move(app, "alt+Right")
        if heading.name == t("Check your answers"):
            break
    app.key("alt+Right")  # Finish


@pytest.mark.timeout(240)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_actionable_object_of_the_kiosk_has_a_clean_name(
    buses: Buses,
    displays: Callable[[tuple[int, int]], Display],
    tmp_path_factory: pytest.TempPathFactory,
    lang: str,
) -> None:
    walk = kiosk_walk(lang, buses, displays, tmp_path_factory.mktemp(f"kiosk-{lang}"))
    found = Findings(list(walk.problems))
    for screen, nodes in walk.screens.items():
        check_names(nodes, f"kiosk {screen}", lang, found)
        check_group_positions(nodes, f"kiosk {screen}", lang, found)
    found.fail_if_any(f"kiosk in {lang}: actionable objects a screen reader cannot name cleanly")
