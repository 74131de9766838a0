"""The `voice` stage: whose voice each sentence is (author or attributed), its opinion scores
(subjectivity, bias, check-worthiness), loaded words and tone.

    scoring.py   the stage (`voice` with the encoder, `voice_linear` without; `score_voice`)
    features.py  the linear models and their hashed feature blocks (models/voice_*.npz)
    encoder.py   the shared sentence encoder's voice heads (models/voice_encoder.onnx,
                 voice_heads.npz, voice_blend.json)
    loaded.py    the loaded-word token classifier
    tone.py      GDELT-style tone from our word lists (lexicons/tone_*.txt)
"""
from __future__ import annotations

from .scoring import (VOICE_ADDS, blend_checkworthy, blend_subjectivity, score_voice, voice,
                      voice_linear, voice_of, voice_scores)

__all__ = ["voice", "voice_linear", "score_voice", "voice_scores", "blend_subjectivity",
           "blend_checkworthy", "voice_of", "VOICE_ADDS"]
