"""What every page shares: a scrolling body, a heading, question blocks and their messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from spineprep.intake import Intake, Problem
from spineprep.navigation import Step
from spineprep.ui.announce import announce
from spineprep.ui.widgets.fields import QuestionBlock


def translate_problem(problem: Problem) -> str:
    return problem.render(lambda text: QCoreApplication.translate("Validation", text))


def vertical_only(area: QScrollArea) -> None:
    """A frameless area that scrolls up and down only (text wraps instead of running off)."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Not a Tab stop itself (a nameless stop would confuse): Tab moves through the controls,
    # and the area scrolls to keep the focused one in view.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class Page(QScrollArea):
    """A page of the flow. Writes answers into ``self.intake`` and emits ``changed``.

    Pages never talk to each other or to the store: the flow listens to ``changed``.
    """

    changed = Signal()
    step: Step = Step.WELCOME

    def __init__(self, heading: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intake = Intake()
        vertical_only(self)
        content = self.content = QWidget()
        content.setObjectName("pageBody")
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(32, 20, 32, 24)
        self.body.setSpacing(8)
        self.heading = QLabel(heading)
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.heading.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.heading.setAccessibleName(heading)
        self.body.addWidget(self.heading)
        if intro:
            self.intro = QLabel(intro)
            self.intro.setObjectName("intro")
            self.intro.setWordWrap(True)
            self.body.addWidget(self.intro)
        self.blocks: dict[str, QuestionBlock] = {}
        self.setWidget(content)
        self._loading = False

    def add_block(self, item: str, block: QuestionBlock) -> QuestionBlock:
        self.blocks[item] = block
        self.body.addWidget(block)
        return block

    def finish_layout(self) -> None:
        self.body.addStretch(1)

    # --- answers ------------------------------------------------------------------------

    def load(self, intake: Intake) -> None:
        """Show ``intake``'s answers (a resumed draft, or a fresh one after "Start a new one")."""
        self.intake = intake
        self._loading = True
        try:
            self.refresh()
        finally:
            self._loading = False
        self.show_problems([])

    def refresh(self) -> None:
        """Set every control from ``self.intake``. Pages with answers override this."""

    def entered(self) -> None:
        """Called each time the flow shows this page. Pages that display other pages' answers
        (review, urgent notice) rebuild here."""

    def answered(self) -> None:
        """Call after writing an answer into the intake."""
        if not self._loading:
            self.changed.emit()

    # --- validation messages ------------------------------------------------------------

    def show_problems(self, problems: list[Problem], keep_space: bool = False) -> None:
        """Put each problem's message next to its item; clear the others (see QuestionBlock)."""
        messages: dict[str, list[str]] = {}
        for problem in problems:
            messages.setdefault(problem.item, []).append(translate_problem(problem))
        for item, block in self.blocks.items():
            block.set_error(" ".join(messages.get(item, [])), keep_space)
        if messages and not keep_space:
            # Next was refused: say why at once (the messages are also next to each question).
            announce(self, " ".join(text for texts in messages.values() for text in texts), urgent=True)

    def focus_problem(self, problems: list[Problem]) -> None:
        """Scroll to and focus the first item that needs fixing."""
        for problem in problems:
            block = self.blocks.get(problem.item)
            if block is not None:
                # The message sits at the top of its block: show that, with room above it
                # (a block taller than the page would otherwise be shown from its middle).
                top = block.mapTo(self.content, block.rect().topLeft()).y()
                bar = self.verticalScrollBar()
                if (
                    not bar.value()
                    <= top - 24
                    <= top + block.height()
                    <= bar.value() + self.viewport().height()
                ):
                    bar.setValue(max(0, top - 24))
                block.control.setFocus(Qt.FocusReason.OtherFocusReason)
                for child in block.control.findChildren(QWidget):
                    if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isEnabled():
                        child.setFocus(Qt.FocusReason.OtherFocusReason)
                        break
                return
