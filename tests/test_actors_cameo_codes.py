"""The international bodies of our igos table carry the CAMEO codebook's own codes where the
codebook has one (GDELT's cameoGroup table: ECOWAS is WAS, IGAD IAD, the OSCE SCE, Interpol
ITP, al-Qaeda ALQ), so our exports join other CAMEO data. The exceptions are the hand-coding
guidelines' own codes: IGOEUR for the EU, IGOAFU for the African Union (the codebook lists
only the OAU it replaced), and IGOUNO for the whole U.N. family (its agencies and courts, as
the coders code "the IAEA (a U.N. agency)"). Session 38: ECOWAS had a code of our own (ECW),
and a dev38 coder's IGOWAS never matched."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "data" / "gdelt_samples" / "reference" / "cameoGroup.txt"
TABLE = ROOT / "src" / "newsdesk" / "lexicons" / "igos.tsv"
GUIDELINE_CODES = {"EUR", "AFU", "UNO"}


def _names(label: str) -> set[str]:
    """ "Economic Community of West African States (ECOWAS)" -> the name and the acronym."""
    out = {label.split(" (")[0].strip()}
    out.update(part.split(")")[0] for part in label.split("(")[1:])
    return {n.lower() for n in out if n}


@pytest.mark.skipif(not REFERENCE.exists(), reason="no CAMEO reference table here")
def test_our_bodies_carry_the_codebook_s_codes():
    reference = [r for r in (line.split("\t") for line in REFERENCE.read_text().splitlines()[1:])
                 if len(r) == 2]
    rows = [line.split("\t") for line in TABLE.read_text().splitlines()
            if line and not line.startswith(("#", "org\t"))]
    wrong = []
    for code, kind, names in rows:
        ours = {n.lower() for n in names.split("|")}
        theirs = {ref for ref, label in reference if ours & _names(label)}
        if theirs and code not in theirs and code not in GUIDELINE_CODES:
            wrong.append((names.split("|")[0], code, sorted(theirs)))
    assert not wrong, wrong
    assert any(row[0] == "WAS" and "ECOWAS" in row[2] for row in rows)
