"""The analysis stages, in the order they run. Each is `(Document) -> Document` (see
pipeline.stage); each issue's stage lives in its own module here."""
from __future__ import annotations


def default_stages(options=None) -> list:
    """The stages every analysis runs, in order: actors → quotes → voice → events.
    `options.voice_model` picks the voice stage's models ("encoder", the default, or
    "linear")."""
    from ..options import Options
    from .actors import actors
    from .events import events
    from .quotes import quotes
    from .voice import voice, voice_linear

    options = options or Options()
    return [actors, quotes, voice if options.voice_model == "encoder" else voice_linear, events]
