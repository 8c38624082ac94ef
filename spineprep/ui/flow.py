"""The flow: which page shows, Back / Next with validation, "Change" from the review, and resets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QStackedWidget

from spineprep import navigation
from spineprep.intake import Intake
from spineprep.navigation import SECTION_STEP, Step
from spineprep.ui.pages.base import Page
from spineprep.visit import Visit


class Flow(QObject):
    """The current step and which page shows it; pages show and edit the visit's Intake."""

    stepChanged = Signal(object)  # Step
    answersChanged = Signal()
    finished = Signal()  # Review -> Done: the intake is complete

    def __init__(
        self,
        stack: QStackedWidget,
        pages: dict[Step, Page],
        visit: Visit,
        more_pages: Callable[[], None] = lambda: None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        """``more_pages``: builds the pages not in ``pages`` yet (they come in add_pages)."""
        super().__init__(parent)
        self.stack = stack
        self.pages = pages
        self._more_pages = more_pages
        self.today = today
        self.visit = visit
        self.step = Step.WELCOME
        self.from_review = False
        self._shown_problems: set[Step] = set()
        self._listen(pages)
        self.set_intake(visit.intake)

    @property
    def intake(self) -> Intake:
        """The answers showing: always the visit's (a resume or a wipe replaces it there)."""
        return self.visit.intake

    def _listen(self, pages: dict[Step, Page]) -> None:
        for page in pages.values():
            page.changed.connect(lambda p=page: self._page_changed(p))

    def add_pages(self, pages: dict[Step, Page]) -> None:
        """The pages built after the first: they show the answers so far."""
        self.pages = {**self.pages, **pages}
        self._listen(pages)
        for page in pages.values():
            page.load(self.intake)

    def replace_pages(self, pages: dict[Step, Page]) -> None:
        """New pages for the same answers (the language changed): they show the intake, and
        any messages shown before, then the current step again."""
        self.pages = pages
        self._listen(pages)
        for page in pages.values():
            page.load(self.intake)
        for step in self._shown_problems:
            pages[step].show_problems(navigation.problems(step, self.intake, self.today()), keep_space=True)

    # --- whole-intake changes -------------------------------------------------------------

    def set_intake(self, intake: Intake, step: Step = Step.WELCOME) -> None:
        """Show ``intake`` on every page (resume, or a fresh one) and go to ``step``."""
        self.visit.intake = intake
        self.from_review = False
        self._shown_problems.clear()
        for page in self.pages.values():
            page.load(intake)
        self.go(step)

    def resume_step(self) -> Step:
        return navigation.first_unfinished(self.intake, self.today())

    # --- moving -----------------------------------------------------------------------------

    def go(self, step: Step, focus_heading: bool = True) -> None:
        """Show ``step`` from its top. Focus goes to its heading, so a screen reader reads
        where the patient now is and Tab starts from the top of the page."""
        if step not in self.pages:
            self._more_pages()
        self.step = step
        page = self.pages[step]
        page.entered()
        self.stack.setCurrentWidget(page)
        page.verticalScrollBar().setValue(0)
        if focus_heading:
            page.heading.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stepChanged.emit(step)

    def next(self) -> bool:
        """Go forward if the page has no problems; otherwise show them. True when it moved."""
        problems = navigation.problems(self.step, self.intake, self.today())
        if problems and self.step is Step.REVIEW:
            # Something changed since that page was passed: take the patient back to it.
            self.from_review = True
            self.go(navigation.first_unfinished(self.intake, self.today()))
            problems = navigation.problems(self.step, self.intake, self.today())
        page = self.pages[self.step]
        if problems:
            self._shown_problems.add(self.step)
            page.show_problems(problems)
            page.focus_problem(problems)
            return False
        page.show_problems([])
        self._shown_problems.discard(self.step)
        if self.step is Step.REVIEW:
            self.finished.emit()
            self.from_review = False
            self.go(Step.DONE)
            return True
        target = navigation.next_step(self.step, self.intake, from_review=self.from_review)
        if target is Step.REVIEW:
            self.from_review = False
        self.go(target)
        return True

    def back(self) -> None:
        if self.step in (Step.WELCOME, Step.DONE):
            return
        self.from_review = False
        # Messages are for the page as it was when Next was pressed; leaving clears them.
        self.pages[self.step].show_problems([])
        self._shown_problems.discard(self.step)
        self.go(navigation.previous_step(self.step))

    def change(self, section: str) -> None:
        """Review's "Change": open that page; its Next returns straight to the review."""
        self.from_review = True
        self.go(SECTION_STEP[section])

    def _page_changed(self, page: Page) -> None:
        # Once a page has shown its problems, they update as the patient fixes them.
        if page.step in self._shown_problems:
            page.show_problems(navigation.problems(page.step, self.intake, self.today()), keep_space=True)
        self.answersChanged.emit()
