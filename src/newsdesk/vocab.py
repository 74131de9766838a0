"""The shared vocabulary: every closed list of names the product uses, written once.

The CLI's choices, the web API's types, the export columns, the CSS classes and the merge
weights are all derived from here, so adding a modality means: this module, the rule that
detects it (`stages/events/modality.py`), and a test.

Sources: modalities follow the article-record contract (the project's DESIGN.md); quad classes are
GDELT's (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
"""
from __future__ import annotations

import re
from typing import Literal, get_args

# -- event modality ---------------------------------------------------------------------------
Modality = Literal["asserted", "planned", "hedged", "negated", "hypothetical", "requested"]
MODALITIES: tuple[str, ...] = get_args(Modality)
# Each by name, for the code that tests for one (so the names are written only here).
ASSERTED, PLANNED, HEDGED, NEGATED, HYPOTHETICAL, REQUESTED = MODALITIES
# A mention stored without a modality (an older or hand-made record) counts as asserted.
DEFAULT_MODALITY: str = ASSERTED
# Modalities that say the event did not (or may not) happen: left out of dyad counts and of
# the GDELT/PLOVER exports unless asked for.
NOT_HAPPENED: tuple[str, ...] = ("negated", "hypothetical")
# How much one mention of each modality counts towards a merged event's confidence.
MODALITY_WEIGHT: dict[str, float] = {"asserted": 1.0, "planned": 0.6, "hedged": 0.5,
                                     "requested": 0.5, "hypothetical": 0.3, "negated": 0.3}
# When mentions of one merged event disagree, the first of these that any mention has wins.
MODALITY_ORDER: tuple[str, ...] = ("asserted", "planned", "hedged", "requested", "hypothetical",
                                   "negated")
# Precedence when several cues meet in one clause (the detector's order, strongest first).
MODALITY_PRECEDENCE: tuple[str, ...] = ("negated", "hypothetical", "requested", "hedged",
                                        "planned")
# Mentions of these modalities merge with those of another: a hedged report ("reportedly
# attacked") still says that it happened; every other modality stays among its own kind.
SAME_KIND: dict[str, str] = {"hedged": "asserted"}
# The background of each modality's label on the web pages (asserted: the plain label). The web
# layer writes the CSS classes (.m-planned, ...) from this (web/pages.py, /static/modalities.css).
MODALITY_COLOURS: dict[str, str] = {"planned": "#e0f2fe", "hedged": "#fef3c7", "negated": "#fee2e2",
                                    "hypothetical": "#ede9fe", "requested": "#dcfce7"}

# -- quad classes (GDELT) ---------------------------------------------------------------------
QUADS: dict[int, str] = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict",
                         4: "material_conflict"}
QUAD_NAMES: dict[int, str] = {q: name.replace("_", " ").replace("coop", "cooperation")
                              for q, name in QUADS.items()}
QUAD_COLOURS: dict[int, str] = {1: "#9fd49f", 2: "#2e8b57", 3: "#f4a460", 4: "#c0392b"}

# -- time -------------------------------------------------------------------------------------
Period = Literal["day", "week", "month", "year"]
PERIODS: tuple[str, ...] = get_args(Period)
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
# Month name or abbreviation (lower case) -> month number 1-12.
MONTHS: dict[str, int] = {**{m: i for i, m in enumerate(MONTH_NAMES, start=1)},
                          **{m[:3]: i for i, m in enumerate(MONTH_NAMES, start=1)},
                          "sept": 9}

# -- dyads ------------------------------------------------------------------------------------
DYAD_SYNTAX = "A:B (either direction) or A>B (one direction), e.g. CHN:RUS"
_ACTOR_CODE = re.compile(r"^[A-Za-z]{2,12}$")


def parse_dyad(dyad) -> tuple[str, str, bool]:
    """'CHN:RUS' -> ('CHN', 'RUS', False), either direction; 'CHN>RUS' -> ('CHN', 'RUS', True).

    A pair (a, b) is undirected, a triple (a, b, directed) is taken as given. Codes are
    upper-cased. Raises ValueError for anything else (callers turn it into their own error).
    """
    if isinstance(dyad, (tuple, list)) and len(dyad) in (2, 3):
        parts, directed = [str(dyad[0]), str(dyad[1])], bool(dyad[2]) if len(dyad) == 3 else False
    else:
        text = str(dyad)
        directed = ">" in text
        parts = text.split(">" if directed else ":")
    if len(parts) != 2 or not all(_ACTOR_CODE.match(p.strip()) for p in parts):
        raise ValueError(f"a dyad is two actor codes as {DYAD_SYNTAX}, not {dyad!r}")
    return parts[0].strip().upper(), parts[1].strip().upper(), directed
