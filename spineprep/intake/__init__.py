"""One patient's answers (no Qt): ``model`` (the Intake and its JSON form) and ``checks``
(what is missing or wrong, next to the item it concerns).

One ``Intake`` is the whole state of one patient's answers. Pages write into it,
the store saves it, the sheet prints it. Nothing else holds answers.
"""

from __future__ import annotations

from spineprep.intake import checks, model
from spineprep.intake.checks import *  # noqa: F403 - the names in its __all__
from spineprep.intake.model import *  # noqa: F403 - the names in its __all__

__all__ = [*model.__all__, *checks.__all__]
