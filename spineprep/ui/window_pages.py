"""The window's pages: Welcome first; the others once the first page is on screen, or sooner
when one is asked for.

Building all twelve pages before Welcome showed took 200-300 ms of a 0.65 s start (448
widgets, each polished by the stylesheet as it was added). Welcome alone is ~40 widgets; the
rest are built in the moment after the first paint, while the patient reads it, and at once if
anything needs one of them first (a test, the kiosk, a resumed draft): reading
``window.severity`` builds them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QStackedWidget

from spineprep.settings import Look, Settings
from spineprep.ui import i18n
from spineprep.ui.pages.base import Page
from spineprep.ui.pages.welcome import WelcomePage

if TYPE_CHECKING:
    from spineprep.ui.flow import Flow
    from spineprep.ui.pages.about import AboutPage
    from spineprep.ui.pages.done import DonePage
    from spineprep.ui.pages.frequency import FrequencyPage
    from spineprep.ui.pages.history import HistoryPage
    from spineprep.ui.pages.notes import NotesPage
    from spineprep.ui.pages.onset import OnsetPage
    from spineprep.ui.pages.relief import ReliefPage
    from spineprep.ui.pages.review import ReviewPage
    from spineprep.ui.pages.severity import SeverityPage
    from spineprep.ui.pages.urgent import UrgentNoticePage, UrgentPage

#: The pages built after Welcome (attribute names of the window).
LATER = (
    "about", "severity", "frequency", "onset", "relief", "urgent", "urgent_notice",
    "notes", "review", "done", "history",
)  # fmt: skip


class PageMaking:
    """MainWindow's part that builds the pages (again, after a language, size or theme switch)."""

    settings: Settings
    look: Look
    kiosk: bool
    stack: QStackedWidget
    flow: Flow
    welcome: WelcomePage
    about: AboutPage
    severity: SeverityPage
    frequency: FrequencyPage
    onset: OnsetPage
    relief: ReliefPage
    urgent: UrgentPage
    urgent_notice: UrgentNoticePage
    notes: NotesPage
    review: ReviewPage
    done: DonePage
    history: HistoryPage
    # Class defaults: read before __init__ sets them, they must not reach __getattr__.
    _rest_built = False
    _pages_wanted = False
    _connect_first: Callable[[], None]
    _connect_rest: Callable[[], None]
    _order_tabs: Callable[[], None]

    def _make_first(self) -> WelcomePage:
        self.welcome = WelcomePage(self.settings, self.look, i18n.available())
        return self.welcome

    def _make_rest(self) -> list[Page]:
        """The pages after Welcome, in the flow's order; and Past summaries (not in the flow)."""
        from spineprep.ui.pages.about import AboutPage
        from spineprep.ui.pages.done import DonePage
        from spineprep.ui.pages.frequency import FrequencyPage
        from spineprep.ui.pages.history import HistoryPage
        from spineprep.ui.pages.notes import NotesPage
        from spineprep.ui.pages.onset import OnsetPage
        from spineprep.ui.pages.relief import ReliefPage
        from spineprep.ui.pages.review import ReviewPage
        from spineprep.ui.pages.severity import SeverityPage
        from spineprep.ui.pages.urgent import UrgentNoticePage, UrgentPage

        self.about = AboutPage()
        self.severity = SeverityPage()
        self.frequency = FrequencyPage()
        self.onset = OnsetPage()
        self.relief = ReliefPage()
        self.urgent = UrgentPage()
        self.urgent_notice = UrgentNoticePage(self.settings)
        self.notes = NotesPage()
        self.review = ReviewPage()
        self.done = DonePage()
        self.history = HistoryPage()
        return [
            self.about, self.severity, self.frequency, self.onset, self.relief,
            self.urgent, self.urgent_notice, self.notes, self.review, self.done,
        ]  # fmt: skip

    def _make_pages(self) -> list[Page]:
        """Every page of the flow (Past summaries too, as ``self.history``), built now."""
        self._rest_built = True
        return [self._make_first(), *self._make_rest()]

    def rest_built(self) -> bool:
        return self._rest_built

    def build_rest(self) -> None:
        """Build the pages after Welcome, if they are not built yet."""
        if self.rest_built():
            return
        self._rest_built = True
        pages = self._make_rest()
        for page in [*pages, self.history]:
            self.stack.addWidget(page)
        self.flow.add_pages({page.step: page for page in pages})
        self._connect_rest()
        self.urgent_notice.set_kiosk(self.kiosk)
        self._order_tabs()

    def __getattr__(self, name: str) -> Any:
        # Only for a page not built yet: Python asks here when the attribute is missing.
        if name in LATER and self._pages_wanted and not self._rest_built:
            self.build_rest()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
