"""One sentence for the person at the screen, kept as a marked source string and its values,
so the core can decide what is said and the Qt side says it in the patient's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

#: (context, English source string) -> the same in the language showing.
Translate = Callable[[str, str], str]


def untranslated(_context: str, text: str) -> str:
    """The English source itself (tests and headless commands)."""
    return text


class Says(Protocol):
    """Anything that can be said: a Sentence, or a StoreError (which names what failed)."""

    @property
    def error(self) -> bool: ...

    def words(self, translate: Translate = untranslated) -> str: ...


@dataclass(frozen=True)
class Sentence:
    """A source string in a translation context, the values for its {0}, {1}, and whether it
    tells of something that went wrong."""

    context: str
    text: str
    values: tuple[str, ...] = ()
    error: bool = False

    def words(self, translate: Translate = untranslated) -> str:
        return translate(self.context, self.text).format(*self.values)
