"""Acronyms a text defines: "the paramilitary Rapid Support Forces (RSF)", "the Kurdistan
Workers' Party (PKK)". The short form in parentheses right after a coded name stands for
that name, and so does every later mention of it ("The RSF, which has besieged ..."): the
tables may not know the short form, and coded alone it takes only a country from its
sentence ("RSF" as Sudan's, not as its paramilitary force).
"""
from __future__ import annotations

import re

from ...model import Document

# A short form in parentheses right after a name: capitals (and digits, "&", "-"), two to
# eight, a plural "s" allowed ("NGOs").
_DEFINED = re.compile(r"\s*\(([A-Z][A-Z0-9&\-]{1,7}s?)\)")


def defined_acronyms(doc: Document) -> None:
    """Give each entity whose text is a short form the text defined in parentheses after a
    coded name (tagged or not) that name's actor (module note), unless its own coding names
    a sector. Short forms no name defines keep their own."""
    defined: dict[str, dict] = {}
    for name in sorted(doc.entities, key=lambda e: e.start):
        m = _DEFINED.match(doc.text, name.end)
        if m and (name.actor or {}).get("code"):
            defined.setdefault(m.group(1), name.actor)
    for ent in doc.entities:
        actor = defined.get(doc.text[ent.start:ent.end])
        if actor is not None and not (ent.actor or {}).get("sector"):
            ent.actor = dict(actor)  # (a short form the tables code by itself keeps that)
