"""The window's look: language, text size and theme, and the pages built again for them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QStackedWidget, QWidget

from spineprep.intake import Intake
from spineprep.language import SOURCE_LANGUAGE, Language
from spineprep.settings import Look, Settings
from spineprep.ui.flow import Flow
from spineprep.ui.i18n import system_language, use_language
from spineprep.ui.pages.base import Page
from spineprep.ui.pages.history import HistoryPage
from spineprep.ui.pages.urgent import UrgentNoticePage
from spineprep.ui.pages.welcome import WelcomePage
from spineprep.ui.style import application_palette, base_point_size, stylesheet
from spineprep.ui.widgets.fields import readable_time
from spineprep.visit import Visit

log = logging.getLogger(__name__)


class LookSwitching(QMainWindow):
    """MainWindow's part that changes how it reads; the pages stay views of the one Intake."""

    #: The pages were built anew (the language changed): the kiosk prepares them again.
    pagesRebuilt = Signal()
    #: Language, text size or theme changed.
    lookChanged = Signal()

    # Made by MainWindow.
    look: Look
    kiosk: bool
    settings: Settings
    visit: Visit
    flow: Flow
    stack: QStackedWidget
    welcome: WelcomePage
    urgent_notice: UrgentNoticePage
    history: HistoryPage
    back_button: QPushButton
    next_button: QPushButton
    _make_pages: Callable[[], list[Page]]
    _connect_pages: Callable[[], None]
    _retranslate: Callable[[], None]
    show_history: Callable[..., None]
    build_rest: Callable[[], None]

    def _rebuild_pages(self, restyle: bool = False) -> None:
        """Build every page again (new language, or with ``restyle`` a new text size or
        theme) and show the same answers on them.

        Pages are views of the one Intake, so nothing the patient entered can be lost; the
        same page stays in front, and focus stays on the switch that was used. A new style is
        applied while the old pages are gone: restyling them in place took 2 s.
        """
        self.build_rest()  # (pages not built yet are built now, then all again)
        current = self.stack.currentWidget()
        focus = QApplication.focusWidget()
        old = [*self.flow.pages.values(), self.history]
        # Where focus was, told without the old widgets (they go before the new ones come).
        keep_focus = (
            focus is not None and self.isAncestorOf(focus) and not any(p.isAncestorOf(focus) for p in old)
        )
        switch = self.welcome.look_bar.key_of(focus)
        at = self.stack.indexOf(old[0])
        for before in old:
            self.stack.removeWidget(before)
            # Python can outlive the Qt page (a signal's closure, an accessible interface):
            # it must not keep this patient's answers alive after they leave.
            before.intake = Intake()
            before.deleteLater()
        if restyle:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self._apply_style()
        pages = self._make_pages()
        for offset, after in enumerate([*pages, self.history]):
            self.stack.insertWidget(at + offset, after)
        self.flow.replace_pages({page.step: page for page in pages})
        self._connect_pages()
        self.welcome.set_kiosk(self.kiosk)
        self.urgent_notice.set_kiosk(self.kiosk)
        self.welcome.offer_resume(readable_time(self.visit.draft.saved_at) if self.visit.draft else None)
        if current in old[:-1]:
            self.flow.go(self.flow.step, focus_heading=not keep_focus)
            if switch is not None:
                self.welcome.look_bar.button_for(switch, self.look).setFocus()
        elif current is old[-1]:
            self.show_history()
        elif current is not None:
            self.stack.setCurrentWidget(current)  # a kiosk screen: the kiosk retranslates it
        self._order_tabs()
        self.pagesRebuilt.emit()

    def _order_tabs(self) -> None:
        """Back and Next last in the Tab order, after the page. Qt orders Tab by when a widget
        was made: pages built anew after the nav bar (a language, size or theme switch) came
        after Back and Next."""
        last: QWidget | None = None
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                widget not in (self.back_button, self.next_button)
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            ):
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None:
            QWidget.setTabOrder(last, self.back_button)
            QWidget.setTabOrder(self.back_button, self.next_button)

    def set_language(self, language: Language) -> None:
        """Switch the whole UI to ``language`` now; every answer stays."""
        if language is self.look.language:
            return
        if not use_language(language):
            language = SOURCE_LANGUAGE
        self.look = replace(self.look, language=language)
        self.visit.answering_in(language)
        self._rebuild_pages()
        self._retranslate()
        self._look_changed()

    def choose_language(self, language: Language) -> None:
        """The patient picked a language on a switch: change once the key or click that did it
        is over (the pages, that switch included, are rebuilt)."""
        QTimer.singleShot(0, self, lambda: self.set_language(language))

    def choose_text_size(self, size: int) -> None:
        QTimer.singleShot(0, self, lambda: self.set_text_size(size))

    def choose_high_contrast(self, on: bool) -> None:
        QTimer.singleShot(0, self, lambda: self.set_high_contrast(on))

    def set_text_size(self, size: int) -> None:
        if size != self.look.text_size:
            self.look = replace(self.look, text_size=size)
            self._rebuild_pages(restyle=True)
        self._look_changed()

    def set_high_contrast(self, on: bool) -> None:
        if on != self.look.high_contrast:
            self.look = replace(self.look, high_contrast=on)
            self._rebuild_pages(restyle=True)
        self._look_changed()

    def reset_look(self) -> None:
        """The settings' look again (the kiosk, between patients)."""
        start = self.settings.look(system_language())
        if start.language is not self.look.language:
            self.set_language(start.language)
        if (start.text_size, start.high_contrast) != (self.look.text_size, self.look.high_contrast):
            self.look = replace(start, language=self.look.language)
            self._rebuild_pages(restyle=True)
        self.welcome.look_bar.show_look(self.look)

    def _look_changed(self) -> None:
        self.welcome.look_bar.show_look(self.look)
        self.lookChanged.emit()
        self.visit.keep_look(self.look)

    def _apply_style(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        font = app.font()
        font.setPointSizeF(base_point_size(self.kiosk, self.look.scale))
        app.setFont(font)
        # The palette reaches what the stylesheet cannot (dialogs Qt builds, placeholders).
        app.setPalette(application_palette(self.look.high_contrast))
        app.setStyleSheet(stylesheet(self.kiosk, self.look.scale, self.look.high_contrast))

    def _switch_language(self) -> None:
        self.set_language(next(lang for lang in Language if lang is not self.look.language))
