"""A whole home visit with the keyboard only, page by page, as a screen-reader user does it:
each key is followed by reading where focus went (its accessible name), the way Orca says it.

Shared by the keyboard visit (test_keyboard_visit.py) and the Tab-cycle test
(test_tab_cycles.py), which stops on every page to go round it with Tab first.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.harness import App, Node, wait_for

#: Typed with real key events; not ASCII, so the keyboard map and the sheet's font are tried too.
NAME = "José Núñez-Ortega"
BIRTH = ("04", "27", "1961")  # month, day, year (an English locale)
PHYSICIAN = "Dr. Patel"
MEDICINES = "Ibuprofen 400 mg"
QUESTION = "Can I keep working?"

HEADINGS = {
    "welcome": "Get ready for your spine appointment",
    "about": "About you",
    "severity": "How bad is the pain?",
    "frequency": "How often do the spasms come?",
    "onset": "When did the spasms start?",
    "relief": "What have you tried for relief?",
    "urgent": "Do you have any of these?",
    "notes": "For your doctor",
    "review": "Check your answers",
    "done": "All done. Thank you!",
}

#: The answers the visit gives, as the store keeps them (Intake.to_dict(): codes, sorted lists).
STORED = {
    "patient": {"full_name": NAME, "physician": PHYSICIAN},
    "severity": {
        "pain_now": 7,
        "pain_worst": 8,
        "limitation": "a_lot",
        "locations": ["lower_centre", "one_leg"],
    },
    "frequency": {"how_often": "several_a_day", "duration": "minutes", "trend": "worse"},
    "onset": {
        "kind": "ago",
        "ago_amount": 3,
        "ago_unit": "weeks",
        "speed": "sudden",
        "circumstances": ["lifting"],
    },
    "relief": {"outcomes": {"rest": "helped_a_little", "heat": "helped_a_lot"}, "medicines": MEDICINES},
    "notes": {"questions": QUESTION},
}


@dataclass
class KeyboardVisit:
    """Tab, Shift+Tab, the arrows, Space and Enter (and typing in text boxes): nothing else."""

    app: App
    #: Tick an urgent symptom (fever), which adds the "call the clinic now" page.
    urgent: bool = False

    # --- moving between pages ---------------------------------------------------------------

    def on(self, page: str, timeout: float = 10.0) -> Node:
        """Each new page puts focus on its heading: wait until a screen reader would say it.
        (The urgent notice's heading depends on the symptom; its Next button says Continue.)"""
        if page == "urgent_notice":
            self.app.find("push button", "Continue", timeout=timeout)
            heading = self.app.focused()
            assert heading is not None and heading.role == "label", f"focus is on {heading}, not a heading"
            return heading
        return self.app.wait_focused(name=HEADINGS[page], timeout=timeout)

    def start(self) -> None:
        """The window gets the keyboard (no window manager: xdotool does what one would), then
        Enter on Welcome = Start."""
        self.app.focus_window()
        self.on("welcome")
        self.app.key("Return")
        self.on("about")

    def next(self, page: str, key: str = "Return") -> None:
        """Enter = Next (from a control that is not a text box), or Alt+Right."""
        self.app.key(key)
        self.on(page)

    # --- a choice with the keyboard --------------------------------------------------------------

    def choose(self, name: str, arrows: tuple[str, ...] = ()) -> Node:
        """Tab to an option group or check box, move with the arrows, tick it with Space;
        check it is ticked as a screen reader would read it."""
        if arrows:
            first = self.app.press_expect_focus("Tab")
            assert first.role == "radio button", f"Tab went to {first}, not an option group"
            node = first
            for key in arrows:
                node = self.app.press_expect_focus(key)
            assert node.name == name, f"the arrow keys went to {node}, not {name!r}"
        else:
            node = self.app.tab_to(name)
        self.app.key("space")
        return wait_for(f"{name!r} ticked", lambda: (n := self.app.refresh(node)).checked and n, timeout=5)

    def scale(self, question: str, score: int) -> Node:
        """The 0-10 scale is one Tab stop; the arrow keys move along it and choose."""
        stop = self.app.tab_to(name_re=r"^\d+, ", description=question)
        start = int(stop.name.split(",")[0])
        node = stop
        for _ in range(abs(score - start)):
            node = self.app.press_expect_focus("Right" if score > start else "Left")
        assert node.name.startswith(f"{score}, "), f"the arrows stopped on {node}"
        return wait_for(
            f"score {score} chosen", lambda: (n := self.app.refresh(node)).checked and n, timeout=5
        )

    # --- the pages ------------------------------------------------------------------------------

    def about(self) -> None:
        self.app.tab_to("Full name")
        self.app.type(NAME)
        self.app.tab_to("Date of birth: Month")
        month, day, year = BIRTH
        self.app.type(month)  # a full month moves on to the day by itself
        self.app.wait_focused(name="Date of birth: Day")
        self.app.type(day)
        self.app.wait_focused(name="Date of birth: Year")
        self.app.type(year)
        self.app.tab_to("Physician's name")
        self.app.type(PHYSICIAN)
        field = self.app.focused()
        assert field is not None and field.text == PHYSICIAN, f"the physician field holds {field}"

    def severity(self) -> None:
        self.scale("Pain right now", 7)
        self.scale("Worst pain in the past 7 days", 8)
        # Two columns: "Not at all" is top left, "A lot" top right.
        self.choose("How much it limits daily activities: A lot", arrows=("Right",))
        self.choose("Where it hurts: Lower back, center")
        self.choose("Where it hurts: Down one leg")

    def frequency(self) -> None:
        self.choose("How often the spasms come: Several times a day", arrows=("Down",))
        self.choose("How long one spasm usually lasts: Minutes", arrows=("Down",))
        self.choose("Getting better or worse: Getting worse", arrows=("Right", "Right"))

    def onset(self) -> None:
        self.app.tab_to("How many")
        self.app.type("3")  # typing here picks "About how long ago" by itself
        self.choose("Days, weeks, months or years: weeks ago", arrows=("Right",))
        self.choose("How they started: Suddenly")
        self.choose("What was going on: Lifting something heavy")

    def relief(self) -> None:
        self.choose("Rest: Helped a little")
        self.choose("Heat: Helped a lot")
        self.app.tab_to("Current medicines")
        self.app.type(MEDICINES)
        # Enter in a text box is a new line: Tab on to Next and press it.
        self.app.tab_to("Next")

    def urgent_page(self) -> None:
        if self.urgent:
            self.choose("Urgent symptoms: Fever or chills with the back pain")
        else:
            self.choose("None of these")

    def notes(self) -> None:
        self.app.tab_to("Questions for the doctor")
        self.app.type(QUESTION)

    def review_says(self) -> dict[str, str]:
        """The review page, question -> answer, as read over AT-SPI (labels in pairs)."""
        labels = [n for n in self.app.tree() if n.role == "label" and n.depth > 0]
        pairs: dict[str, str] = {}
        rows = [n for n in labels if n.x > 0]
        for first, second in itertools.pairwise(rows):
            if first.y == second.y and first.x < second.x and first.name not in pairs:
                pairs[first.name] = second.name
        return pairs

    def save_pdf(self, target: Path) -> Path:
        """Done page: Save PDF… opens Qt's file dialog; type a path there and press Enter."""
        self.app.tab_to("Save PDF")
        self.app.key("Return")
        name_box = self.app.wait_focused(name="File name:", timeout=15)
        assert name_box.text and name_box.text.endswith(".pdf"), f"the file dialog suggests {name_box.text!r}"
        assert NAME.split()[0] not in name_box.text, (
            f"the suggested file name names the patient: {name_box.text!r}"
        )
        self.app.key("ctrl+a")
        self.app.type(str(target))
        self.app.key("Return")
        wait_for(
            f"the sheet saved at {target}", lambda: target.is_file() and target.stat().st_size > 0, timeout=20
        )
        return target
