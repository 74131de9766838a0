"""Hand-built article records for the corpus tests: merging, dyads, queries, exports."""
from __future__ import annotations

from newsdesk.model import content_id

VISIT = ("Chinese Defence Minister Li Shangfu will travel to Moscow next week for talks with "
         "his Russian counterpart Sergei Shoigu, the ministry in Beijing said on Sunday. ")
FILLER = ("The two militaries have held joint exercises over the Pacific and officials on both "
          "sides describe the partnership as one without limits. Western governments have "
          "watched the growing ties with concern since the invasion of Ukraine began. ")


def event(eid, cameo="042", src="CHNGOV", tgt="RUSGOV", modality="asserted", attributed_to=None,
          date=None, background=False, evidence="will travel to Moscow", goldstein=1.9, quad=1):
    return {"id": eid, "cameo": cameo, "cameo_name": "Make a visit", "quad_class": quad,
            "goldstein": goldstein, "plover": {"event": "CONSULT", "mode": "visit", "context": None},
            "source_actor": {"code": src, "text": src, "entity": None},
            "target_actor": {"code": tgt, "text": tgt, "entity": None},
            "modality": modality, "time": {"text": None, "date": date, "granularity": "day" if date else None,
                                           "relation": "future"},
            "background": background, "attributed_to": attributed_to, "sentence": 0,
            "evidence": {"start": 0, "end": len(evidence), "text": evidence}, "confidence": 0.8}


def record(text, title, publisher, published, events=(), doc_id=None, entities=()):
    return {"schema": "newsdesk.article/1", "id": content_id(text),
            "meta": {"title": title, "published": published, "publisher": publisher, "authors": [],
                     "url": None, "language": "en", "source": "test", "doc_id": doc_id},
            "text": text, "sentences": [], "quotes": [], "errors": [],
            "entities": [{"id": f"T{i}", "start": 0, "end": 1, "text": n, "label": "PERSON", "name": n,
                          "actor": None} for i, n in enumerate(entities)],
            "events": list(events)}
