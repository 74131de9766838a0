"""The product's CAMEO table, its CAMEO→PLOVER mapping and the trigger lexicon, as read from
the tables written for newsdesk in `lexicons/`:
  cameo.tsv         code, name, quad_class, goldstein (311 CAMEO 1.1b3 codes, GDELT weights)
  cameo_plover.tsv  cameo prefix → PLOVER event, mode, context (longest prefix wins)
  cameo_verbs.tsv   trigger lemma, part of speech, cue lemmas, CAMEO code (coding.py matches it)
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from ...vocab import ASSERTED, HYPOTHETICAL, PLANNED, Modality

# Intentions: PLOVER codes a planned or conditional act as an agreement (cooperation) or a
# threat (hostile act), not as the act itself.
INTENDED: tuple[Modality, ...] = (PLANNED, HYPOTHETICAL)


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True)
class LexRow:
    lemma: str
    pos: str  # VERB | NOUN | ADJ
    cues: frozenset[str]
    code: str


def _lines(name: str):
    text = resources.files("newsdesk.lexicons").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]  # the first non-comment line is the header


@functools.lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    return {r[0]: CameoCode(r[0], r[1], int(r[2]), float(r[3])) for r in _lines("cameo.tsv")}


@functools.lru_cache(maxsize=1)
def plover_table() -> dict[str, tuple[str, str, str]]:
    return {r[0]: tuple((r + ["", "", ""])[1:4]) for r in _lines("cameo_plover.tsv")}


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], list[LexRow]]:
    """(lemma, pos) → rows, cued rows first."""
    table: dict[tuple[str, str], list[LexRow]] = {}
    for cells in _lines("cameo_verbs.tsv"):
        lemma, pos, cues, code = (cells + ["", "", "", ""])[:4]
        row = LexRow(lemma.strip(), pos.strip(), frozenset(c for c in cues.split("|") if c), code)
        table.setdefault((row.lemma, row.pos), []).append(row)
    for rows in table.values():
        rows.sort(key=lambda r: not r.cues)  # stable: cued rows in file order, then bare
    return table


def cameo_info(code: str) -> CameoCode:
    table = cameo_table()
    while code and code not in table:
        code = code[:-1]
    return table[code or "010"]


def plover_for(code: str, modality: Modality = ASSERTED) -> dict:
    """PLOVER event/mode/context for a CAMEO code. Plans and offers of cooperation are PLOVER
    AGREE and announced or conditional hostile acts are THREATEN, as PLOVER codes intentions."""
    table = plover_table()
    key = code
    while key and key not in table:
        key = key[:-1]
    event, mode, context = table.get(key, ("", "", ""))
    root = int(code[:2])
    if modality in INTENDED and 4 <= root <= 8 and event:
        event, mode = "AGREE", ""
    elif modality in INTENDED and (root >= 14 or root == 16) and event:
        event, mode = "THREATEN", ""
    return {"event": event or None, "mode": mode.strip() or None, "context": context.strip() or None}
