"""The kiosk's session cycle without Qt (spineprep/kiosk.py): every state and transition on a
clock the test moves, so a day of quiet spells runs in milliseconds."""

from __future__ import annotations

from datetime import date

from spineprep.catalogue import Flag
from spineprep.intake import Intake
from spineprep.kiosk import STAFF_IDLE_SECONDS, THANKS_SECONDS, Cycle, Do, Screen, sent_to_front_desk
from spineprep.sample import sample_intake
from spineprep.settings import Settings
from tests.conftest import assert_runs_without_qt

TODAY = date(2026, 11, 30)


class Clock:
    """Monotonic seconds that move only when the test says."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def wait(self, seconds: float) -> None:
        self.t += seconds


def cycle(idle: int = 90, countdown: int = 30) -> tuple[Cycle, Clock]:
    clock = Clock()
    settings = Settings()
    settings.idle_seconds, settings.countdown_seconds = idle, countdown
    return Cycle(settings, clock), clock


def gone_to_desk() -> Intake:
    """Every question answered, with a symptom that sends the patient to the front desk."""
    intake = sample_intake(TODAY)
    intake.completed_at = None
    intake.urgent.set_flags({Flag.LEG_WEAKNESS})
    return intake


def test_the_cycle_runs_without_qt() -> None:
    assert_runs_without_qt(
        "from spineprep.kiosk import Cycle\n"
        "from spineprep.settings import Settings\n"
        "Cycle(Settings()).question_shown()\n"
    )


def test_tap_to_start_waits_for_ever_and_a_question_for_the_idle_time() -> None:
    c, clock = cycle(idle=90)
    assert c.to_start() is Do.WIPE_TO_START and c.screen is Screen.START
    assert c.seconds_left() is None
    clock.wait(10_000)
    assert c.timeout(Intake(), TODAY) is Do.NOTHING and c.screen is Screen.START

    c.question_shown()
    assert c.screen is Screen.QUESTIONS and c.seconds_left() == 90


def test_a_touch_restarts_the_quiet_time_and_an_early_timer_changes_nothing() -> None:
    c, clock = cycle(idle=90)
    c.question_shown()
    clock.wait(60)
    c.activity()
    clock.wait(60)
    assert c.seconds_left() == 30
    assert c.timeout(Intake(), TODAY) is Do.NOTHING and c.screen is Screen.QUESTIONS
    clock.wait(30)
    assert c.timeout(Intake(), TODAY) is Do.ASK_STILL_THERE and c.screen is Screen.STILL_THERE


def test_still_there_counts_down_then_wipes_unless_the_patient_stays() -> None:
    c, clock = cycle(idle=90, countdown=30)
    c.question_shown()
    clock.wait(90)
    assert c.timeout(Intake(), TODAY) is Do.ASK_STILL_THERE
    assert c.countdown() == 30
    clock.wait(0.955)  # Qt's coarse 1 s tick can fire this early: the screen must still move on
    assert c.countdown() == 29
    clock.wait(9.045)
    c.activity()  # a touch elsewhere on the countdown is not "I'm still here"
    assert c.countdown() == 20

    assert c.stay() is Do.BACK_TO_QUESTIONS and c.screen is Screen.QUESTIONS
    assert c.seconds_left() == 90  # a full quiet time again

    clock.wait(90)
    c.timeout(Intake(), TODAY)
    clock.wait(30)
    assert c.timeout(Intake(), TODAY) is Do.WIPE_TO_START and c.screen is Screen.START


def test_a_patient_sent_to_the_desk_is_printed_for_it_not_wiped() -> None:
    intake = gone_to_desk()
    assert sent_to_front_desk(intake, TODAY)
    c, clock = cycle(idle=90, countdown=30)
    c.question_shown()
    clock.wait(90)
    c.timeout(intake, TODAY)
    clock.wait(30)
    assert c.timeout(intake, TODAY) is Do.FINISH_FOR_DESK and c.unattended

    assert c.finished() is Do.THANK_AND_PRINT and c.screen is Screen.THANKS
    assert c.seconds_left() is None  # the printer may take a while
    assert c.printed() is Do.WIPE_TO_START  # nobody to thank
    assert c.screen is Screen.START and not c.unattended


def test_half_answered_urgent_answers_are_wiped() -> None:
    intake = gone_to_desk()
    intake.patient.full_name = ""
    assert not sent_to_front_desk(intake, TODAY)
    for_the_physician = gone_to_desk()
    for_the_physician.urgent.set_flags({Flag.CANCER})  # on the sheet; nobody is sent to the desk
    assert not sent_to_front_desk(for_the_physician, TODAY)
    c, clock = cycle()
    c.question_shown()
    clock.wait(90)
    c.timeout(intake, TODAY)
    clock.wait(30)
    assert c.timeout(intake, TODAY) is Do.WIPE_TO_START


def test_the_thank_you_screen_waits_once_the_sheet_is_printed() -> None:
    c, clock = cycle()
    c.question_shown()
    assert c.finished() is Do.THANK_AND_PRINT
    clock.wait(600)  # a slow printer: still "Printing…"
    assert c.timeout(Intake(), TODAY) is Do.NOTHING and c.screen is Screen.THANKS
    assert c.printed() is Do.NOTHING and c.seconds_left() == THANKS_SECONDS
    c.activity()
    clock.wait(THANKS_SECONDS)
    assert c.timeout(Intake(), TODAY) is Do.WIPE_TO_START


def test_the_staff_area_opens_over_a_patient_and_gives_the_patient_back() -> None:
    c, clock = cycle()
    assert c.open_staff(pin_set=False) is Do.NOTHING  # only the first start sets a PIN
    c.question_shown()
    assert c.open_staff(pin_set=True) is Do.ASK_PIN and c.screen is Screen.PIN
    assert not c.came_from_start()
    assert c.seconds_left() == STAFF_IDLE_SECONDS
    assert c.open_staff(pin_set=True) is Do.NOTHING  # already there
    assert c.pin_accepted() is Do.OPEN_STAFF and c.in_staff_area()
    assert c.open_staff(pin_set=True) is Do.NOTHING
    assert c.leave_staff() is Do.BACK_TO_QUESTIONS and c.screen is Screen.QUESTIONS

    # From the countdown too: the patient gets their page back, not a wipe.
    clock.wait(90)
    c.timeout(Intake(), TODAY)
    c.open_staff(pin_set=True)
    assert c.leave_staff() is Do.BACK_TO_QUESTIONS


def test_staff_left_alone_go_back_to_tap_to_start() -> None:
    c, clock = cycle()
    c.to_start()
    c.open_staff(pin_set=True)
    assert c.came_from_start()
    c.pin_accepted()
    clock.wait(STAFF_IDLE_SECONDS - 1)
    c.activity()
    clock.wait(STAFF_IDLE_SECONDS - 1)
    assert c.timeout(Intake(), TODAY) is Do.NOTHING and c.in_staff_area()
    clock.wait(1)
    assert c.timeout(Intake(), TODAY) is Do.WIPE_TO_START and not c.in_staff_area()
    # Cancelling the PIN pad from Tap to start goes back there.
    c.open_staff(pin_set=True)
    assert c.leave_staff() is Do.WIPE_TO_START


def test_the_first_start_waits_for_a_pin_and_then_takes_patients() -> None:
    c, clock = cycle()
    assert c.ask_new_pin(first_start=True) is Do.ASK_PIN and c.screen is Screen.PIN
    clock.wait(10 * STAFF_IDLE_SECONDS)
    assert c.seconds_left() is None and c.timeout(Intake(), TODAY) is Do.NOTHING
    assert c.pin_chosen() is Do.WIPE_TO_START and c.screen is Screen.START

    # Changing the PIN later, from the staff area, goes back there.
    c.open_staff(pin_set=True)
    c.pin_accepted()
    assert c.ask_new_pin(first_start=False) is Do.ASK_PIN
    assert c.seconds_left() == STAFF_IDLE_SECONDS
    assert c.pin_chosen() is Do.OPEN_STAFF and c.in_staff_area()


def test_a_day_of_patients_runs_in_milliseconds() -> None:
    c, clock = cycle(idle=90, countdown=30)
    done = {"printed": 0, "wiped": 0}
    for patient in range(500):
        c.to_start()
        clock.wait(37)
        c.question_shown()
        if patient % 3 == 0:  # walks away
            clock.wait(90)
            assert c.timeout(Intake(), TODAY) is Do.ASK_STILL_THERE
            clock.wait(30)
            assert c.timeout(Intake(), TODAY) is Do.WIPE_TO_START
            done["wiped"] += 1
            continue
        for _ in range(9):
            clock.wait(40)
            c.question_shown()
        assert c.finished() is Do.THANK_AND_PRINT
        c.printed()
        clock.wait(THANKS_SECONDS)
        assert c.timeout(Intake(), TODAY) is Do.WIPE_TO_START
        done["printed"] += 1
    assert done == {"printed": 333, "wiped": 167}
