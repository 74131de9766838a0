"""Hand-made article records for the web, export and browser tests (text, offsets, quotes,
events written out), so those tests do not depend on what the analysis stages find; and the
hostile record the security tests and the browser test render."""
from __future__ import annotations

from newsdesk import corpus
from newsdesk.model import content_id
from newsdesk.store import Store

CHINA_TEXT = (
    "China will send its defence minister, Li Shangfu, to Russia next week, the Daily Ledger "
    "reports.\n\n"
    "Defense Ministry spokesman Tan Kefei said the minister will head to Moscow on Sunday.\n\n"
    "\"We have never supplied lethal weapons to any party,\" Wang Wenbin told reporters.\n\n"
    "This is starting to look like a massive foreign policy failure for the White House.")


def span(text: str, phrase: str, after: int = 0) -> dict:
    start = text.index(phrase, after)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def sentence_spans(text: str) -> list[dict]:
    out, start = [], 0
    for i, para in enumerate(text.split("\n\n")):
        out.append({"i": i, "start": start, "end": start + len(para), "voice": "author",
                    "subjectivity": {"label": "OBJ", "score": 0.1}, "bias": None,
                    "checkworthy": None, "loaded": [], "tone": 0.0})
        start += len(para) + 2
    return out


def event(eid: str, text: str, evidence: str, cameo: str, name: str, quad: int, gold: float,
          src: str, tgt: str, modality: str = "asserted", date: str | None = None,
          sentence: int = 0, plover: str = "CONSULT") -> dict:
    return {"id": eid, "cameo": cameo, "cameo_name": name, "quad_class": quad, "goldstein": gold,
            "plover": {"event": plover, "mode": None, "context": "military"},
            "source_actor": {"code": src, "text": src, "entity": None},
            "target_actor": {"code": tgt, "text": tgt, "entity": None},
            "modality": modality,
            "time": {"text": None, "date": date, "granularity": "day" if date else None,
                     "relation": "future"},
            "background": False, "attributed_to": None, "sentence": sentence,
            "evidence": span(text, evidence), "confidence": 0.9}


def make_record(text: str = CHINA_TEXT, title: str = "China to send defence minister to Moscow",
                publisher: str = "The Evening Courier", published: str = "2023-04-15",
                url: str = "https://example.org/china", quotes=None, events=None) -> dict:
    sentences = sentence_spans(text)
    if text == CHINA_TEXT:
        sentences[3]["subjectivity"] = {"label": "SUBJ", "score": 0.93}
        sentences[3]["loaded"] = [span(text, "massive")]
        quotes = quotes if quotes is not None else [
            {"id": "q1", "kind": "indirect", "source": dict(span(text, "the Daily Ledger"),
                                                            name="Daily Ledger", entity=None,
                                                            actor=None),
             "cue": span(text, "reports"), "content": span(text, "China will send its defence "
                                                                 "minister, Li Shangfu, to Russia next week"),
             "via": []},
            {"id": "q2", "kind": "indirect",
             "source": dict(span(text, "Tan Kefei"), name="Tan Kefei", entity=None,
                            actor={"code": "CHNGOV"}),
             "cue": span(text, "said"), "content": span(text, "the minister will head to Moscow on Sunday"),
             "via": ["q1"]},
            {"id": "q3", "kind": "direct",
             "source": dict(span(text, "Wang Wenbin"), name="Wang Wenbin", entity=None,
                            actor={"code": "CHNGOV"}),
             "cue": span(text, "told"),
             "content": span(text, "We have never supplied lethal weapons to any party"),
             "via": []},
        ]
        events = events if events is not None else [
            event("e1", text, "China will send its defence minister", "042", "Make a visit", 1,
                  1.9, "CHNMIL", "RUS", "planned", "2023-04-16"),
            event("e2", text, "have never supplied lethal weapons", "070", "Provide aid", 2, 7.0,
                  "CHN", "RUS", "negated", sentence=2, plover="AID"),
        ]
    record = {"schema": "newsdesk.article/1", "id": content_id(text),
              "meta": {"title": title, "published": published, "publisher": publisher,
                       "authors": ["Martha Keel"], "url": url, "language": "en",
                       "source": "hand-made", "doc_id": None},
              "text": text, "sentences": sentences, "entities": [], "quotes": quotes or [],
              "events": events or [], "errors": []}
    return record


def other_records() -> list[dict]:
    """A few more articles on other dates, for paging and dyad series."""
    out = []
    for i, (month, quad, cameo, gold) in enumerate([("2023-01", 1, "040", 1.0),
                                                    ("2023-02", 4, "190", -10.0),
                                                    ("2023-02", 2, "061", 6.4)]):
        text = f"Report {i}: Russia and China held talks in Beijing on day {i}."
        ev = event(f"e{i}", text, "held talks", cameo, "Consult", quad, gold, "RUSGOV", "CHNGOV",
                   date=f"{month}-1{i}")
        out.append(make_record(text, title=f"Talks {i}", publisher=f"Outlet {i % 2}",
                               published=f"{month}-1{i}", url=f"https://example.org/{i}",
                               quotes=[], events=[ev]))
    return out


def second_report() -> dict:
    """Another outlet's own report of the visit in make_record(): one event, two reports."""
    text = ("Beijing will dispatch defence chief Li Shangfu to Moscow next week for military "
            "talks, the defence ministry in China said on Saturday.\n\n"
            "The trip follows a Xi Jinping visit to Russia.")
    visit = event("e1", text, "Beijing will dispatch defence chief", "042", "Make a visit", 1,
                  1.9, "CHNMIL", "RUS", "planned", "2023-04-16")
    return make_record(text, title="Chinese defence chief to visit Russia",
                       publisher="Other Paper", published="2023-04-16",
                       url="https://example.org/other", quotes=[],
                       events=[visit])


def fill_store(path, records) -> None:
    """Write the records, then the corpus tables (stories, merged events) over them."""
    with Store(path) as store:
        for rec in records:
            store.write_record(rec)
        corpus.update(store)


def assert_error(resp, status: int) -> dict:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] and body["error"]["message"]
    assert "Traceback" not in resp.text
    return body["error"]


EVIL_TEXT = (
    "<script>alert('text')</script> Russia <b onmouseover=alert(1)>attacked</b> Ukraine.\n\n"
    "\"<img src=x onerror=alert(2)>\" said <a href=\"javascript:alert(3)\">Evil</a>.\n\n"
    "It is a \"quoted\" & 'odd' <!-- comment --> </p></span></div> text.")
EVIL_TITLE = "<script>alert('title')</script><img src=x onerror=alert(4)>"


def evil_record() -> dict:
    text = EVIL_TEXT
    quote = {"id": "q1\" onmouseover=\"alert(5)", "kind": "direct",
             "source": dict(span(text, "<a href=\"javascript:alert(3)\">Evil</a>"),
                            name="<script>alert(6)</script>", entity=None, actor=None),
             "cue": span(text, "said"), "content": span(text, "<img src=x onerror=alert(2)>"),
             "via": ["q0"]}
    ev = event("e1\"><script>alert(7)</script>", text,
               "<b onmouseover=alert(1)>attacked</b> Ukraine", "190", "<i>Use force</i>", 4,
               -10.0, "RUS<script>", "UKR\"onload=alert(8)", date="2023-02-24")
    rec = make_record(text, title=EVIL_TITLE, publisher="<b onclick=alert(9)>Pub</b>",
                      url="javascript:alert('url')", quotes=[quote], events=[ev])
    rec["meta"]["authors"] = ["<svg onload=alert(10)>"]
    rec["sentences"][2]["subjectivity"] = {"label": "SUBJ", "score": 0.8}
    return rec
