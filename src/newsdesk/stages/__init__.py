"""The analysis stages, in the order they run. Each is `(Document) -> Document` (see
pipeline.stage); each issue's stage lives in its own module here."""
from __future__ import annotations


def default_stages() -> list:
    """The stages every analysis runs, in order: actors → quotes → voice → events."""
    from .actors import actors
    from .events import events
    from .quotes import quotes
    from .voice import voice

    return [actors, quotes, voice, events]
