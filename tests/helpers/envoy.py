"""Hand-made records for the session-22 web tests (tests/test_newcomer22_web.py and
tests/test_newcomer22_browser.py): an article whose quotes reached us in each way (an outlet
that reports a statement, a quote relayed inside an outlet's quote, a minister who told a
radio station) and a stance that tells an event; sentences written for these tests."""
from __future__ import annotations

from helpers.web import event, make_record, span

TEXT = (
    "Norway will send a trade envoy to Chile in May, the Fjord Gazette reported.\n\n"
    "The Fjord Gazette said that trade official Ola Brekke said the envoy would carry a draft "
    "treaty.\n\n"
    "\"We welcome the visit,\" Chilean minister Rosa Vial told Radio Andes.\n\n"
    "Peru has accused Chile of blocking fishing boats near the border.")


def _source(text: str, phrase: str, name: str, code: str | None = None) -> dict:
    return dict(span(text, phrase), name=name, entity=None,
                actor={"code": code} if code else None)


def _hearer(text: str, phrase: str, relation: str) -> dict:
    return dict(span(text, phrase), name=phrase, entity=None, actor=None, relation=relation,
                outlet=None)


def trade_record() -> dict:
    t = TEXT
    quotes = [
        {"id": "q0", "kind": "indirect", "source": _source(t, "Norway", "Norway", "NOR"),
         "cue": span(t, "reported"), "content": span(t, "Norway will send a trade envoy to Chile in May"),
         "via": [], "hearer": _hearer(t, "the Fjord Gazette", "reported")},
        {"id": "q1", "kind": "indirect",
         "source": _source(t, "The Fjord Gazette", "the Fjord Gazette"), "cue": span(t, "said"),
         "content": span(t, "trade official Ola Brekke said the envoy would carry a draft treaty"),
         "via": []},
        {"id": "q2", "kind": "indirect", "source": _source(t, "Ola Brekke", "Ola Brekke", "NORGOV"),
         "cue": span(t, "said", t.index("Brekke")),
         "content": span(t, "the envoy would carry a draft treaty"), "via": ["q1"]},
        {"id": "q3", "kind": "direct", "source": _source(t, "Rosa Vial", "Rosa Vial", "CHLGOV"),
         "cue": span(t, "told"), "content": span(t, "We welcome the visit"), "via": [],
         "hearer": _hearer(t, "Radio Andes", "told")},
    ]
    visit = event("e0", t, "send", "042", "Make a visit", 1, 1.9, "NOR", "CHL", "planned",
                  "2023-05")
    visit["attributed_to"] = "q0"
    blockade = event("e1", t, "blocking", "191", "Impose blockade", 4, -9.5, "CHL", "PER",
                     sentence=3)
    blockade["attributed_to"] = "b0"
    rec = make_record(t, title="Norway to send trade envoy to Chile", publisher="Pacific Ledger",
                      published="2023-04-20", url="https://example.org/envoy", quotes=quotes,
                      events=[visit, blockade])
    rec["beliefs"] = [{"id": "b0", "kind": "stance", "source": _source(t, "Peru", "Peru", "PER"),
                       "cue": span(t, "has accused"),
                       "content": span(t, "Chile of blocking fishing boats near the border"),
                       "via": [], "hearer": None, "denies": False}]
    return rec


def other_record() -> dict:
    text = "Chile and Argentina signed a water-sharing accord in Santiago on Friday."
    ev = event("e0", text, "signed", "057", "Sign formal agreement", 1, 8.0, "CHL", "ARG",
               date="2023-03-03")
    return make_record(text, title="Water accord signed", publisher="Andes Wire",
                       published="2023-03-03", url="https://example.org/water", quotes=[],
                       events=[ev])
