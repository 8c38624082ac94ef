"""What a patient who ticked a red flag is told to do, by how urgent it is and where they are.

Source strings only (context "Advice"); the UI translates them. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from spineprep.catalogue import QT_TRANSLATE_NOOP, FlagLevel


@dataclass(frozen=True)
class Advice:
    """The notice after the red-flag checklist: a heading, then paragraphs in order.

    ``{clinic}`` and ``{phone}`` in a paragraph stand for the clinic's name and number.
    ``ask_phone``: at home, offer a box to keep the clinic's number from the appointment letter
    for next time (or to correct the one kept).
    """

    heading: str
    act: tuple[str, ...]
    then: str
    ask_phone: bool = False


_THEN_HOME = QT_TRANSLATE_NOOP(
    "Advice", "When you have done that, you can finish the form so your doctor has your answers."
)


def advice(level: FlagLevel | None, *, kiosk: bool, phone_known: bool) -> Advice | None:
    """What to tell the patient, or None when nothing needs telling (no flag, or only flags
    for the physician to weigh at the visit)."""
    if level is None or not level.alarming:
        return None
    if kiosk:
        # A few steps from the desk: the staff decide, whatever the level.
        return Advice(
            QT_TRANSLATE_NOOP("Advice", "Please tell the front desk right now"),
            (
                QT_TRANSLATE_NOOP(
                    "Advice", "Go to the front desk now and tell the staff about these symptoms."
                ),
                QT_TRANSLATE_NOOP("Advice", "These can need care quickly. Do not wait for your appointment."),
            ),
            QT_TRANSLATE_NOOP(
                "Advice",
                "Then come back and finish the questions. If you are not back in a few minutes, "
                "your answers are printed for the front desk.",
            ),
        )
    if level is FlagLevel.EMERGENCY:
        return Advice(
            QT_TRANSLATE_NOOP("Advice", "Call 911 or go to the emergency room now"),
            (
                QT_TRANSLATE_NOOP(
                    "Advice",
                    "These symptoms can mean the nerves at the bottom of your spine are being "
                    "squeezed. That needs care within hours. Do not wait for your appointment.",
                ),
                QT_TRANSLATE_NOOP("Advice", "Then let {clinic} know, at {phone}.")
                if phone_known
                else QT_TRANSLATE_NOOP(
                    "Advice", "Then let {clinic} know. Their number is on your appointment letter."
                ),
            ),
            # Someone leaving for the emergency room is not asked to type a number first.
            QT_TRANSLATE_NOOP(
                "Advice", "Your answers so far are kept on this computer. You can finish the questions later."
            ),
        )
    return Advice(
        QT_TRANSLATE_NOOP("Advice", "Please call the clinic today"),
        (
            QT_TRANSLATE_NOOP("Advice", "Call {clinic} today at {phone}.")
            if phone_known
            else QT_TRANSLATE_NOOP(
                "Advice", "Call {clinic} today. Their number is on your appointment letter."
            ),
            QT_TRANSLATE_NOOP(
                "Advice", "If it gets worse, or you cannot reach them, call 911 or go to the emergency room."
            ),
        ),
        _THEN_HOME,
        ask_phone=True,
    )
