"""The staff area: today's sheets (reprint, save, delete), the kiosk's settings, Exit kiosk."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spineprep.catalogue import Flag
from spineprep.settings import DEFAULT_EMERGENCY, LIMITS, Paper, Settings
from spineprep.store import Finished
from spineprep.summary import format_date
from spineprep.ui.widgets.choices import RowCheckBox, RowRadioButton, option_text
from spineprep.ui.widgets.fields import readable_clock
from spineprep.ui.widgets.spoken import MessageLabel


class Stepper(QWidget):
    """A number with big − and + buttons (a spin box's arrows are too small for a finger)."""

    def __init__(
        self, name: str, unit: str, low: int, high: int, step: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.step, self.unit = low, high, step, unit
        self._value = low
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        self.minus.setAccessibleName(self.tr("Less: {0}").format(name))
        self.plus.setAccessibleName(self.tr("More: {0}").format(name))
        self.shown = QLabel()
        self.shown.setObjectName("stepperValue")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown.setMinimumWidth(190)
        self.setAccessibleName(name)
        for button in (self.minus, self.plus):
            button.setObjectName("stepperButton")
            button.setFixedSize(64, 56)
        row.addWidget(self.minus)
        row.addWidget(self.shown)
        row.addWidget(self.plus)
        row.addStretch(1)
        self.minus.clicked.connect(lambda: self.setValue(self._value - self.step))
        self.plus.clicked.connect(lambda: self.setValue(self._value + self.step))
        self.setValue(low)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802 - Qt naming
        self._value = min(max(value, self.low), self.high)
        self.shown.setText(self.unit.format(self._value))
        self.shown.setAccessibleName(self.shown.text())
        self.minus.setEnabled(self._value > self.low)
        self.plus.setEnabled(self._value < self.high)


class SheetRow(QFrame):
    """One finished sheet: when, who, born, urgent flags, printed or not; its three actions."""

    def __init__(self, finished: Finished, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheetRow")
        intake = finished.intake
        self.intake_id = intake.id
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(16)
        text = QVBoxLayout()
        when = readable_clock(intake.completed_at) if intake.completed_at else ""
        self.name = QLabel(self.tr("{0}   {1}", "time, then name").format(when, intake.patient.full_name))
        self.name.setObjectName("rowTitle")
        text.addWidget(self.name)
        born = intake.patient.birth.parse()
        birth = format_date(born) if born else self.tr("not given")
        details = [self.tr("Born {0}").format(birth)]
        details.append(
            self.tr("Printed at {0}").format(readable_clock(finished.printed_at))
            if finished.printed_at
            else self.tr("NOT PRINTED")
        )
        self.details = QLabel("   ·   ".join(details))
        self.details.setObjectName("rowText")
        text.addWidget(self.details)
        # Answers this computer could not store: a line of its own, where the eye goes first.
        self.unsaved = QLabel(self.tr("NOT SAVED: print or save it now"))
        self.unsaved.setObjectName("rowUrgent")
        self.unsaved.setWordWrap(True)
        self.unsaved.setVisible(not finished.stored)
        text.addWidget(self.unsaved)
        # What the desk must act on; the flags for the physician are on the sheet.
        flags = [option_text(f) for f in Flag if f in intake.urgent.flags and f.level.alarming]
        self.urgent = QLabel(self.tr("URGENT: {0}").format("; ".join(flags)))
        self.urgent.setObjectName("rowUrgent")
        self.urgent.setWordWrap(True)
        self.urgent.setVisible(bool(flags))
        text.addWidget(self.urgent)
        row.addLayout(text, 1)
        self.reprint = QPushButton(self.tr("Reprint"))
        self.save = QPushButton(self.tr("Save PDF…"))
        self.delete = QPushButton(self.tr("Delete"))
        who = intake.patient.full_name
        for button in (self.reprint, self.save, self.delete):
            button.setAccessibleName(
                self.tr("{0}: {1}", "action: patient").format(button.text().rstrip("…"), who)
            )
            button.setMinimumSize(120, 56)
            row.addWidget(button)


class StaffArea(QWidget):
    """Shows and collects; the kiosk decides what each request does."""

    reprintRequested = Signal(str)
    saveRequested = Signal(str)
    deleteRequested = Signal(str)
    settingsSubmitted = Signal(object)  # Settings
    changePinRequested = Signal()
    leaveRequested = Signal()
    exitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskScreen")
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 12, 24, 12)
        top = QHBoxLayout()
        self.heading = QLabel(self.tr("Staff area"))
        self.heading.setObjectName("pageHeading")
        self.heading.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.heading.setAccessibleName(self.heading.text())
        top.addWidget(self.heading)
        top.addStretch(1)
        self.leave_button = QPushButton(self.tr("Back to patients"))
        self.leave_button.setObjectName("primary")
        self.exit_button = QPushButton(self.tr("Exit kiosk"))
        for button, signal in (
            (self.leave_button, self.leaveRequested),
            (self.exit_button, self.exitRequested),
        ):
            button.setAccessibleName(button.text())
            button.setMinimumHeight(56)
            button.clicked.connect(signal)
            top.addWidget(button)
            top.addSpacing(40)  # apart: "Exit kiosk" is not a slip of the finger away
        column.addLayout(top)
        self.message = MessageLabel()
        column.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Staff area sections"))
        self.tabs.addTab(self._sheets_tab(), self.tr("Today's sheets"))
        self.tabs.addTab(self._settings_tab(), self.tr("Settings"))
        column.addWidget(self.tabs, 1)
        self._base = Settings()

    # --- today's sheets -------------------------------------------------------------------

    @staticmethod
    def _scrolling() -> tuple[QScrollArea, QWidget]:
        """A tab's frameless scroll area and the body to lay out in it."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("pageBody")
        return scroll, body

    def _sheets_tab(self) -> QWidget:
        scroll, body = self._scrolling()
        self.rows = QVBoxLayout(body)
        self.rows.setContentsMargins(8, 12, 8, 12)
        self.rows.setSpacing(10)
        self.empty = QLabel(self.tr("No sheets have been finished today."))
        self.empty.setObjectName("rowText")
        self.rows.addWidget(self.empty)
        self.rows.addStretch(1)
        scroll.setWidget(body)
        self.sheet_rows: list[SheetRow] = []
        return scroll

    def show_sheets(self, sheets: list[Finished]) -> None:
        for old in self.sheet_rows:
            self.rows.removeWidget(old)
            old.deleteLater()
        self.sheet_rows = []
        for index, finished in enumerate(sheets):
            row = SheetRow(finished)
            intake_id = finished.intake.id
            row.reprint.clicked.connect(lambda _=False, i=intake_id: self.reprintRequested.emit(i))
            row.save.clicked.connect(lambda _=False, i=intake_id: self.saveRequested.emit(i))
            row.delete.clicked.connect(lambda _=False, i=intake_id: self.deleteRequested.emit(i))
            self.rows.insertWidget(1 + index, row)
            self.sheet_rows.append(row)
        self.empty.setVisible(not sheets)

    # --- settings -------------------------------------------------------------------------

    def _settings_tab(self) -> QWidget:
        scroll, body = self._scrolling()
        form = QFormLayout(body)
        form.setContentsMargins(8, 12, 8, 12)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.printer = QComboBox()
        self.clinic_name = QLineEdit()
        self.clinic_phone = QLineEdit()
        self.emergency = QPlainTextEdit()
        self.emergency.setTabChangesFocus(True)
        self.emergency.setObjectName("emergencyField")  # three lines high: see kiosk.qss
        paper = QWidget()
        paper_row = QHBoxLayout(paper)
        paper_row.setContentsMargins(0, 0, 0, 0)
        self.letter = RowRadioButton(self.tr("Letter"))
        self.a4 = RowRadioButton(self.tr("A4"))
        for button in (self.letter, self.a4):
            button.setObjectName("choice")
            button.setAccessibleName(self.tr("Paper size: {0}").format(button.text()))
            paper_row.addWidget(button)
        paper_row.addStretch(1)
        self.idle = Stepper(self.tr("Ask after"), self.tr("{0} seconds"), *LIMITS["idle_seconds"], 15)
        self.countdown = Stepper(
            self.tr("Clear after"), self.tr("{0} seconds"), *LIMITS["countdown_seconds"], 5
        )
        self.retention = Stepper(self.tr("Keep for"), self.tr("{0} hours"), *LIMITS["retention_hours"], 4)
        self.kiosk_default = RowCheckBox(self.tr("Always start in kiosk mode on this computer"))
        self.keyboard = RowCheckBox(self.tr("Always use the on-screen keyboard (from the next start)"))
        for box in (self.kiosk_default, self.keyboard):
            box.setObjectName("choice")
            box.setAccessibleName(box.text())

        rows = (
            (self.tr("Printer"), self.printer),
            (self.tr("Clinic name"), self.clinic_name),
            (self.tr("Clinic phone"), self.clinic_phone),
            (self.tr("Emergency wording"), self.emergency),
            (self.tr("Paper size"), paper),
            (self.tr("Ask “Are you still there?” after"), self.idle),
            (self.tr("Then clear the answers after"), self.countdown),
            (self.tr("Keep finished sheets for"), self.retention),
        )
        for label, field in rows:
            field.setAccessibleName(label)
            form.addRow(label, field)
        form.addRow(self.kiosk_default)
        form.addRow(self.keyboard)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.save_settings = QPushButton(self.tr("Save settings"))
        self.save_settings.setObjectName("primary")
        self.change_pin = QPushButton(self.tr("Change staff PIN"))
        for action in (self.save_settings, self.change_pin):
            action.setAccessibleName(action.text())
            action.setMinimumHeight(56)
            buttons.addWidget(action)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.save_settings.clicked.connect(lambda: self.settingsSubmitted.emit(self.form_settings()))
        self.change_pin.clicked.connect(self.changePinRequested)
        scroll.setWidget(body)
        return scroll

    def show_settings(self, settings: Settings, printers: list[str]) -> None:
        self._base = settings
        self.printer.clear()
        self.printer.addItem(self.tr("The system's default printer"), "")
        for name in printers:
            self.printer.addItem(name, name)
        if settings.printer and settings.printer not in printers:
            self.printer.addItem(
                self.tr("{0} (not available now)").format(settings.printer), settings.printer
            )
        self.printer.setCurrentIndex(max(0, self.printer.findData(settings.printer)))
        self.clinic_name.setText(settings.clinic_name)
        self.clinic_phone.setText(settings.clinic_phone)
        emergency = settings.emergency_text
        if emergency == DEFAULT_EMERGENCY:
            emergency = QCoreApplication.translate("Settings", DEFAULT_EMERGENCY)
        self.emergency.setPlainText(emergency)
        (self.a4 if settings.paper is Paper.A4 else self.letter).setChecked(True)
        self.idle.setValue(settings.idle_seconds)
        self.countdown.setValue(settings.countdown_seconds)
        self.retention.setValue(settings.retention_hours)
        self.kiosk_default.setChecked(settings.kiosk)
        self.keyboard.setChecked(settings.on_screen_keyboard)

    def form_settings(self) -> Settings:
        """The settings as the form shows them (unchanged wording stays the translatable default)."""
        emergency = self.emergency.toPlainText().strip()
        if emergency == QCoreApplication.translate("Settings", DEFAULT_EMERGENCY).strip():
            emergency = DEFAULT_EMERGENCY
        return dataclasses.replace(
            self._base,
            printer=str(self.printer.currentData() or ""),
            clinic_name=self.clinic_name.text().strip(),
            clinic_phone=self.clinic_phone.text().strip(),
            emergency_text=emergency,
            paper=Paper.A4 if self.a4.isChecked() else Paper.LETTER,
            idle_seconds=self.idle.value(),
            countdown_seconds=self.countdown.value(),
            retention_hours=self.retention.value(),
            kiosk=self.kiosk_default.isChecked(),
            on_screen_keyboard=self.keyboard.isChecked(),
        )

    def show_message(self, message: str, error: bool = False) -> None:
        self.message.say(message, error, focus=True)
