"""`newsdesk eval basil-quotes --data ../shared/data/corpora/basil`: quotes against BASIL.

BASIL (Fan et al. 2019, "In Plain Sight") annotates the biased phrases of 300 news articles
(100 events, each reported by three outlets), and says of each phrase whether it is a quote
("quote": "yes") and who says it ("speaker": a name such as "Jane_Roe", or "other_anti" and
the like for an unnamed one). It marks only biased phrases, so it is no list of all the
quotes of an article:
- recall: of the quoted phrases found in the text, the share that a predicted speech quote's
  content overlaps;
- speaker_right: of those, with a named speaker, the share whose predicted source (name or
  words) shares a word with the speaker's name. BASIL often names the side a speaker stands
  for (a party's lawmakers, an advocacy group) rather than the person quoted (one of the
  lawmakers, the group's president), so this is a lower bound: a right person can count as
  wrong;
- phrase_precision: of the predicted quotes that overlap an annotated phrase (quoted or not),
  the share that overlap a quoted one (a phrase BASIL gives the writer's own voice read as a
  quote is the error this counts; quotes over no annotated phrase are not judged).
Article text: each paragraph's sentences joined by a space, paragraphs by a blank line. The
phrases' offsets are within a sentence BASIL does not name, so a phrase is found by its words
(the first place they occur, whatever the runs of white space); one not found is counted apart.
Split key: the event (`triplet-uuid`), so the three reports of one event fall on one side.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

from ..model import Document
from ..pipeline import Pipeline
from ..stages import default_stages
from . import f1
from .split import Part, only

DATASET = "basil"
SPEECH_KINDS = {"direct", "indirect", "mixed", "block"}
IGNORED = frozenset("mr mrs ms dr the a an of and".split())


def read_basil(path: Path, part: Part | None = None) -> list[dict]:
    """[{id, event, text, phrases: [{txt, quote, speaker}]}] for the articles with annotations."""
    path = Path(path)
    out = []
    for ann_file in sorted(path.glob("annotations/*/*_ann.json")):
        article_file = ann_file.parent.parent.parent / "articles" / ann_file.parent.name / \
            ann_file.name.replace("_ann.json", ".json")
        if not article_file.is_file():
            continue
        article = json.loads(article_file.read_text(encoding="utf-8"))
        ann = json.loads(ann_file.read_text(encoding="utf-8"))
        text = "\n\n".join(" ".join(s.strip() for s in para if s.strip())
                           for para in article.get("body-paragraphs") or [] if para)
        out.append({"id": article_file.stem, "event": article.get("triplet-uuid") or
                    article_file.stem.rsplit("_", 1)[0], "text": text,
                    "phrases": ann.get("phrase-level-annotations") or []})
    return only(out, lambda a: a["event"], DATASET, part)


def _locate(text: str, snippet: str) -> tuple[int, int] | None:
    words = snippet.split()
    if not words:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (m.start(), m.end()) if m else None


def _words(name: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (name or "").lower().replace("_", " "))) - IGNORED


def _parts(quote) -> list[tuple[int, int]]:
    return [(p["start"], p["end"]) for p in quote.content.get("parts") or [quote.content]]


def _overlaps(quote, span: tuple[int, int]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in _parts(quote))


def score(articles: list[dict], docs: list[Document]) -> dict:
    gold = found = recalled = named = named_right = lost = 0
    judged = judged_right = author_read = author = 0
    for article, doc in zip(articles, docs):
        quotes = [q for q in doc.quotes if q.kind in SPEECH_KINDS]
        spans = []
        for ph in article["phrases"]:
            where = _locate(doc.text, ph.get("txt") or "")
            quoted = ph.get("quote") == "yes"
            gold += quoted
            if where is None:
                lost += quoted
                continue
            spans.append((where, quoted))
            if not quoted:
                author += 1
                author_read += any(_overlaps(q, where) for q in quotes)
                continue
            found += 1
            hits = [q for q in quotes if _overlaps(q, where)]
            recalled += bool(hits)
            speaker = ph.get("speaker") or ""
            if hits and speaker and not speaker.lower().startswith("other"):
                named += 1
                source = hits[0].source or {}
                named_right += bool(_words(speaker) & (_words(source.get("name")) |
                                                        _words(source.get("text"))))
        for q in quotes:
            over = [quoted for where, quoted in spans if _overlaps(q, where)]
            if over:
                judged += 1
                judged_right += any(over)
    recall = recalled / found if found else 0.0
    precision = judged_right / judged if judged else 0.0
    return {"quote_recall": round(recall, 4), "phrase_precision": round(precision, 4),
            "phrase_f1": round(f1(precision, recall), 4),
            "speaker_right": round(named_right / named, 4) if named else 0.0,
            "author_phrases_read_as_quotes": round(author_read / author, 4) if author else 0.0,
            "gold_quoted_phrases": gold, "gold_quoted_phrases_unlocated": lost,
            "predicted_quotes_judged": judged, "speakers_judged": named}


def evaluate(path: Path, part: Part | None = None) -> dict:
    stages = []
    for st in default_stages():
        stages.append(st)
        if st.name == "quotes":
            break
    articles = read_basil(path, part)
    t0 = time.perf_counter()
    docs = list(Pipeline(stages=stages).pipe(Document(text=a["text"]) for a in articles))
    out = score(articles, docs)
    out.update(records=len(articles), seconds=round(time.perf_counter() - t0, 1))
    return out
