"""`newsdesk eval actors --data plover_gsr.json`: the actor coder on the PLOVER gold actors.

Each source/target actor of the gold-standard records names its words (`actorText`), its
country and usually its sector. We code the words alone with `code_phrase` at the record's
date (no sentence around them, so "police" has no country) and score:

  country_accuracy  the coded country is the gold country (CAMEO-era codes normalised)
  sector_accuracy   the coded sector is the gold sector's first three letters, over the
                    actors that have one
  coverage          share of actors given any code at all

Known disagreements kept on purpose: the gold codes Amnesty International and the Red Cross
as IGO where PLOVER (and newsdesk) say NGO, and ethnic sub-codes ("CVLalb") are cut to
their sector. Records are split as in the events task (by `id`, dataset "plover_gsr").
"""
from __future__ import annotations

from pathlib import Path

from ..stages.actors import code_phrase
from .events import plover_records
from .split import Part

# CAMEO-era country codes that are not ISO-3166 alpha-3.
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UK": "GBR"}


def gold_actors(path: Path, part: Part | None = None) -> list[dict]:
    """{text, date, country, sector} for every gold actor with a usable country, from the
    records of one part (None: all)."""
    records = plover_records(path, part)
    actors = []
    for record in records:
        for role in ("source", "target"):
            value = record.get(role)
            if not isinstance(value, list):
                continue
            for actor in value:
                country = OLD_CODES.get(actor.get("code"), actor.get("code"))
                if not country or "*" in country or not actor.get("actorText"):
                    continue
                sector = (actor.get("sector") or "")[:3].upper() or None
                actors.append({"text": actor["actorText"], "date": record.get("date"),
                               "country": country,
                               "sector": None if sector in (None, "***") else sector})
    return actors


def evaluate(path: Path, part: Part | None = None) -> dict:
    records = sum(1 for r in plover_records(path, part) if r.get("event") != "DOCUMENT")
    actors = gold_actors(path, part)
    n = len(actors)
    country_hits = sector_hits = sector_n = coded = 0
    for gold in actors:
        got = code_phrase(gold["text"], gold["date"]) or {}
        coded += bool(got)
        country_hits += got.get("country") == gold["country"]
        if gold["sector"]:
            sector_n += 1
            sector_hits += got.get("sector") == gold["sector"]
    return {
        "country_accuracy": round(country_hits / n, 4) if n else 0.0,
        "sector_accuracy": round(sector_hits / sector_n, 4) if sector_n else 0.0,
        "coverage": round(coded / n, 4) if n else 0.0,
        "n": n, "n_sector": sector_n, "records": records,
    }
