"""The questions and their answer options, defined once for pages, review, sheet and export.

Labels are English source strings. They are marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` collects them, while this module stays free of Qt: the UI
translates them with ``QCoreApplication.translate(CONTEXT, label)``; the sheet
prints them in the clinic's language.

Answer codes (the enum values) are what the store keeps: never change one, add.
"""

from __future__ import annotations

from enum import StrEnum

#: Translation context of every label in this module.
CONTEXT = "Catalogue"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


class Option(StrEnum):
    """An answer option: its value is the stored code, ``label`` is what the patient reads.

    ``sheet`` is the shorter wording printed for the physician (defaults to the label).
    """

    label: str
    sheet: str

    def __new__(cls, code: str, label: str, sheet: str | None = None) -> Option:
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.label = label
        obj.sheet = sheet or label
        return obj


# --- Question 1: severity -------------------------------------------------------------


class Band(Option):
    """The word that goes with a 0-10 pain score (colour is never the only cue)."""

    NONE = "none", QT_TRANSLATE_NOOP("Catalogue", "no pain")
    MILD = "mild", QT_TRANSLATE_NOOP("Catalogue", "mild")
    MODERATE = "moderate", QT_TRANSLATE_NOOP("Catalogue", "moderate")
    SEVERE = "severe", QT_TRANSLATE_NOOP("Catalogue", "severe")


def band(score: int) -> Band:
    """Band of a 0-10 score: 0 none, 1-3 mild, 4-6 moderate, 7-10 severe."""
    if not 0 <= score <= 10:
        raise ValueError(f"pain score out of range: {score}")
    if score == 0:
        return Band.NONE
    if score <= 3:
        return Band.MILD
    if score <= 6:
        return Band.MODERATE
    return Band.SEVERE


class Limitation(Option):
    NOT_AT_ALL = "not_at_all", QT_TRANSLATE_NOOP("Catalogue", "Not at all")
    A_LITTLE = "a_little", QT_TRANSLATE_NOOP("Catalogue", "A little")
    MODERATELY = "moderately", QT_TRANSLATE_NOOP("Catalogue", "Moderately")
    A_LOT = "a_lot", QT_TRANSLATE_NOOP("Catalogue", "A lot")
    UNABLE = (
        "unable",
        QT_TRANSLATE_NOOP("Catalogue", "I can't do my usual activities"),
        QT_TRANSLATE_NOOP("Catalogue", "Unable to do usual activities"),
    )


class Location(Option):
    LOWER_CENTRE = "lower_centre", QT_TRANSLATE_NOOP("Catalogue", "Lower back, center")
    LOWER_LEFT = "lower_left", QT_TRANSLATE_NOOP("Catalogue", "Lower back, left side")
    LOWER_RIGHT = "lower_right", QT_TRANSLATE_NOOP("Catalogue", "Lower back, right side")
    MIDDLE = "middle", QT_TRANSLATE_NOOP("Catalogue", "Middle back")
    BUTTOCKS = "buttocks", QT_TRANSLATE_NOOP("Catalogue", "Buttocks")
    ONE_LEG = "one_leg", QT_TRANSLATE_NOOP("Catalogue", "Down one leg")
    BOTH_LEGS = "both_legs", QT_TRANSLATE_NOOP("Catalogue", "Down both legs")


# --- Question 2: frequency ------------------------------------------------------------


class HowOften(Option):
    CONSTANT = (
        "constant",
        QT_TRANSLATE_NOOP("Catalogue", "Constant (it never really stops)"),
        (QT_TRANSLATE_NOOP("Catalogue", "Constant")),
    )
    SEVERAL_A_DAY = "several_a_day", QT_TRANSLATE_NOOP("Catalogue", "Several times a day")
    ONCE_A_DAY = "once_a_day", QT_TRANSLATE_NOOP("Catalogue", "About once a day")
    FEW_A_WEEK = "few_a_week", QT_TRANSLATE_NOOP("Catalogue", "A few times a week")
    ONCE_A_WEEK = "once_a_week", QT_TRANSLATE_NOOP("Catalogue", "About once a week")
    LESS_THAN_WEEKLY = "less_than_weekly", QT_TRANSLATE_NOOP("Catalogue", "Less than once a week")


class Duration(Option):
    SECONDS = "seconds", QT_TRANSLATE_NOOP("Catalogue", "Seconds")
    MINUTES = "minutes", QT_TRANSLATE_NOOP("Catalogue", "Minutes")
    UP_TO_HOUR = "up_to_hour", QT_TRANSLATE_NOOP("Catalogue", "Up to an hour")
    HOURS = "hours", QT_TRANSLATE_NOOP("Catalogue", "Hours")


class Trend(Option):
    BETTER = "better", QT_TRANSLATE_NOOP("Catalogue", "Getting better")
    SAME = "same", QT_TRANSLATE_NOOP("Catalogue", "About the same")
    WORSE = "worse", QT_TRANSLATE_NOOP("Catalogue", "Getting worse")


# --- Question 3: onset ----------------------------------------------------------------


class OnsetKind(Option):
    DATE = "date", QT_TRANSLATE_NOOP("Catalogue", "On a date I know")
    AGO = "ago", QT_TRANSLATE_NOOP("Catalogue", "About how long ago")


class AgoUnit(Option):
    DAYS = "days", QT_TRANSLATE_NOOP("Catalogue", "days ago")
    WEEKS = "weeks", QT_TRANSLATE_NOOP("Catalogue", "weeks ago")
    MONTHS = "months", QT_TRANSLATE_NOOP("Catalogue", "months ago")
    YEARS = "years", QT_TRANSLATE_NOOP("Catalogue", "years ago")


class Speed(Option):
    SUDDEN = "sudden", QT_TRANSLATE_NOOP("Catalogue", "Suddenly")
    GRADUAL = (
        "gradual",
        QT_TRANSLATE_NOOP("Catalogue", "Gradually, over days or weeks"),
        (QT_TRANSLATE_NOOP("Catalogue", "Gradually")),
    )


class Circumstance(Option):
    LIFTING = "lifting", QT_TRANSLATE_NOOP("Catalogue", "Lifting something heavy")
    STRAIN = (
        "strain",
        QT_TRANSLATE_NOOP("Catalogue", "An activity that strained my lower back"),
        QT_TRANSLATE_NOOP("Catalogue", "Activity that strained the lower back"),
    )
    SPORTS = (
        "sports",
        QT_TRANSLATE_NOOP("Catalogue", "A sports injury to my back or legs"),
        QT_TRANSLATE_NOOP("Catalogue", "Sports injury to back or legs"),
    )
    NO_CLEAR_CAUSE = "no_clear_cause", QT_TRANSLATE_NOOP("Catalogue", "No clear cause")
    OTHER = "other", QT_TRANSLATE_NOOP("Catalogue", "Something else")


class Condition(Option):
    EARLIER_INJURY = "earlier_injury", QT_TRANSLATE_NOOP("Catalogue", "An earlier back injury")
    ARTHRITIS = "arthritis", QT_TRANSLATE_NOOP("Catalogue", "Arthritis")
    DISK = (
        "disk",
        QT_TRANSLATE_NOOP("Catalogue", "A bulging or ruptured disk"),
        (QT_TRANSLATE_NOOP("Catalogue", "Bulging or ruptured disk")),
    )
    SURGERY = "surgery", QT_TRANSLATE_NOOP("Catalogue", "Earlier back surgery")
    WEAK_CORE = (
        "weak_core",
        QT_TRANSLATE_NOOP("Catalogue", "Weak stomach (core) muscles"),
        (QT_TRANSLATE_NOOP("Catalogue", "Weak abdominal/core muscles")),
    )
    OTHER = "other", QT_TRANSLATE_NOOP("Catalogue", "Something else")
    NONE = (
        "none",
        QT_TRANSLATE_NOOP("Catalogue", "None of these"),
        (QT_TRANSLATE_NOOP("Catalogue", "None reported")),
    )


# --- Question 4: relief ---------------------------------------------------------------


class Treatment(Option):
    REST = "rest", QT_TRANSLATE_NOOP("Catalogue", "Rest")
    ICE = "ice", QT_TRANSLATE_NOOP("Catalogue", "Ice")
    HEAT = "heat", QT_TRANSLATE_NOOP("Catalogue", "Heat")
    ICE_AND_HEAT = (
        "ice_and_heat",
        QT_TRANSLATE_NOOP("Catalogue", "Ice and heat, taking turns"),
        (QT_TRANSLATE_NOOP("Catalogue", "Alternating ice and heat")),
    )
    OTC = (
        "otc",
        QT_TRANSLATE_NOOP("Catalogue", "Pain reliever from the store (ibuprofen, naproxen, acetaminophen)"),
        QT_TRANSLATE_NOOP("Catalogue", "OTC pain reliever"),
    )
    RELAXANT = (
        "relaxant",
        QT_TRANSLATE_NOOP("Catalogue", "Muscle relaxant from a doctor"),
        (QT_TRANSLATE_NOOP("Catalogue", "Prescribed muscle relaxant")),
    )
    STRETCHING = "stretching", QT_TRANSLATE_NOOP("Catalogue", "Stretching or exercise")
    PHYSIO = "physio", QT_TRANSLATE_NOOP("Catalogue", "Physical therapy")
    MASSAGE = "massage", QT_TRANSLATE_NOOP("Catalogue", "Massage")
    INJECTIONS = "injections", QT_TRANSLATE_NOOP("Catalogue", "Injections")
    OTHER = "other", QT_TRANSLATE_NOOP("Catalogue", "Something else")


class Outcome(Option):
    """One answer per treatment row: tried or not, and if tried how much it helped."""

    NOT_TRIED = "not_tried", QT_TRANSLATE_NOOP("Catalogue", "Not tried")
    HELPED_A_LOT = "helped_a_lot", QT_TRANSLATE_NOOP("Catalogue", "Helped a lot")
    HELPED_A_LITTLE = "helped_a_little", QT_TRANSLATE_NOOP("Catalogue", "Helped a little")
    NO_HELP = "no_help", QT_TRANSLATE_NOOP("Catalogue", "Did not help")

    @property
    def tried(self) -> bool:
        return self is not Outcome.NOT_TRIED


# --- Urgent symptoms ("red flags") ----------------------------------------------------


class FlagLevel(StrEnum):
    """How soon a red flag needs care: it decides what the patient is told and how the sheet
    marks it. Not every red flag is an emergency, and an alarm for one that is not teaches
    patients to ignore the alarm."""

    # Can mean a trapped nerve root bundle (cauda equina): call 911 or go to the ER now.
    EMERGENCY = "emergency"
    # Needs a clinician the same day (an infection is possible): call the clinic today.
    CALL_TODAY = "call_today"
    # For the physician to weigh at the visit, shown prominently on the sheet; no alarm.
    FOR_PHYSICIAN = "for_physician"

    @property
    def alarming(self) -> bool:
        """Does the patient get a screen telling them to act now (or today)?"""
        return self is not FlagLevel.FOR_PHYSICIAN


class Flag(Option):
    """A red-flag symptom; ``level`` says how soon it needs care."""

    level: FlagLevel

    def __new__(cls, code: str, label: str, sheet: str, level: FlagLevel) -> Flag:
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.label = label
        obj.sheet = sheet
        obj.level = level
        return obj

    BLADDER_BOWEL = (
        "bladder_bowel",
        QT_TRANSLATE_NOOP("Catalogue", "Loss of bladder or bowel control"),
        QT_TRANSLATE_NOOP("Catalogue", "Loss of bladder/bowel control"),
        FlagLevel.EMERGENCY,
    )
    SADDLE_NUMBNESS = (
        "saddle_numbness",
        QT_TRANSLATE_NOOP("Catalogue", "Numbness in the groin, buttocks or inner thighs"),
        QT_TRANSLATE_NOOP("Catalogue", "Numbness groin/buttocks/inner thighs (saddle)"),
        FlagLevel.EMERGENCY,
    )
    LEG_WEAKNESS = (
        "leg_weakness",
        QT_TRANSLATE_NOOP("Catalogue", "New or worsening weakness in the legs"),
        QT_TRANSLATE_NOOP("Catalogue", "New/worsening leg weakness"),
        FlagLevel.EMERGENCY,
    )
    # Pain down both legs (bilateral sciatica) can be an early sign of cauda equina
    # compression: seen the same day, not necessarily in the emergency room.
    BOTH_LEGS_PAIN = (
        "both_legs_pain",
        QT_TRANSLATE_NOOP("Catalogue", "Pain down both legs"),
        QT_TRANSLATE_NOOP("Catalogue", "Pain down both legs"),
        FlagLevel.CALL_TODAY,
    )
    FEVER = (
        "fever",
        QT_TRANSLATE_NOOP("Catalogue", "Fever or chills with the back pain"),
        QT_TRANSLATE_NOOP("Catalogue", "Fever/chills with back pain"),
        FlagLevel.CALL_TODAY,
    )
    TRAUMA = (
        "trauma",
        QT_TRANSLATE_NOOP("Catalogue", "The pain began after a fall, accident or other injury"),
        QT_TRANSLATE_NOOP("Catalogue", "Onset after fall, accident or injury"),
        FlagLevel.FOR_PHYSICIAN,
    )
    WEIGHT_LOSS = (
        "weight_loss",
        QT_TRANSLATE_NOOP("Catalogue", "Weight loss I can't explain"),
        QT_TRANSLATE_NOOP("Catalogue", "Unexplained weight loss"),
        FlagLevel.FOR_PHYSICIAN,
    )
    CANCER = (
        "cancer",
        QT_TRANSLATE_NOOP("Catalogue", "I have had cancer"),
        QT_TRANSLATE_NOOP("Catalogue", "History of cancer"),
        FlagLevel.FOR_PHYSICIAN,
    )


# Most urgent first.
FLAG_LEVELS = (FlagLevel.EMERGENCY, FlagLevel.CALL_TODAY, FlagLevel.FOR_PHYSICIAN)


def most_urgent(flags: set[Flag] | frozenset[Flag]) -> FlagLevel | None:
    """The most urgent level among ``flags``, or None when none is ticked."""
    return next((level for level in FLAG_LEVELS if any(f.level is level for f in flags)), None)


def flags_at(level: FlagLevel, flags: set[Flag] | frozenset[Flag]) -> list[Flag]:
    """The ticked ``flags`` of one level, in the catalogue's order."""
    return [f for f in Flag if f in flags and f.level is level]


# --- Question wording shared by pages, review and sheet -------------------------------

PAIN_NOW = QT_TRANSLATE_NOOP("Catalogue", "Pain right now")
PAIN_WORST = QT_TRANSLATE_NOOP("Catalogue", "Worst pain in the past 7 days")
LIMITATION = QT_TRANSLATE_NOOP("Catalogue", "How much it limits daily activities")
LOCATIONS = QT_TRANSLATE_NOOP("Catalogue", "Where it hurts")
HOW_OFTEN = QT_TRANSLATE_NOOP("Catalogue", "How often the spasms come")
DURATION = QT_TRANSLATE_NOOP("Catalogue", "How long one spasm usually lasts")
TREND = QT_TRANSLATE_NOOP("Catalogue", "Getting better or worse")
STARTED = QT_TRANSLATE_NOOP("Catalogue", "When they started")
SPEED = QT_TRANSLATE_NOOP("Catalogue", "How they started")
CIRCUMSTANCES = QT_TRANSLATE_NOOP("Catalogue", "What was going on")
CONDITIONS = QT_TRANSLATE_NOOP("Catalogue", "Earlier conditions")
MEDICINES = QT_TRANSLATE_NOOP("Catalogue", "Current medicines")
WORSE = QT_TRANSLATE_NOOP("Catalogue", "What makes it worse")
ANYTHING_ELSE = QT_TRANSLATE_NOOP("Catalogue", "Anything else for the doctor")
QUESTIONS = QT_TRANSLATE_NOOP("Catalogue", "Questions for the doctor")
NOT_ANSWERED = QT_TRANSLATE_NOOP("Catalogue", "Not answered")
NOTHING_YET = QT_TRANSLATE_NOOP("Catalogue", "Nothing yet")
PAIN_SCALE_LOW = QT_TRANSLATE_NOOP("Catalogue", "0 = no pain")
PAIN_SCALE_HIGH = QT_TRANSLATE_NOOP("Catalogue", "10 = worst pain imaginable")

#: Longest free-text answer, in characters (shown to the patient as a counter).
TEXT_LIMIT = 2000
#: Longest short free text (an "other" answer, a name), in characters.
SHORT_TEXT_LIMIT = 120
