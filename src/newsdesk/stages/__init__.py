"""The analysis stages, one package each, in the order they run: actors → quotes → voice →
events. Each is `(Document) -> Document` marked with `base.stage`; each package exports its
stage function (and its public helpers) from its `__init__`.

    base.py     the `stage` decorator; `parse_of` (a stage reads the parse, never makes one)
    actors/     entity mentions → CAMEO/PLOVER actor codes
    quotes/     who says what, through whom
    voice/      whose voice each sentence is, its opinion scores and tone
    events/     clauses → CAMEO/PLOVER events with actors, modality and time
"""
from __future__ import annotations

from ..options import Options
from . import actors, events, quotes, voice


def default_stages(options: Options | None = None) -> list:
    """The stages every analysis runs, in order: actors → quotes → voice → events.
    `options.voice_model` picks the voice stage's models ("encoder", the default, or
    "linear")."""
    options = options or Options()
    voice_stage = voice.voice if options.voice_model == "encoder" else voice.voice_linear
    return [actors.actors, quotes.quotes, voice_stage, events.events]
