"""The analysis stages, in the order they run. Each is `(Document) -> Document` (see
pipeline.stage); each issue's stage lives in its own module here."""
from __future__ import annotations


def default_stages(options=None) -> list:
    """The stages every analysis runs, in order: actors → quotes → voice → events.
    `options.voice_model` picks the voice stage's models ("linear" or "encoder")."""
    from .actors import actors
    from .events import events
    from .quotes import quotes
    from .voice import voice, voice_with_encoder

    use_encoder = options is not None and options.voice_model == "encoder"
    return [actors, quotes, voice_with_encoder if use_encoder else voice, events]
