"""Stories: the articles about one real-world happening, across outlets, wording and slant.

Each article becomes a TF-IDF vector of its title (weighted twice), its lead, the names of
its entities and the keys of its events (source country, target country, CAMEO root). Two
articles are similar by the cosine of their vectors, damped by the days between them (full
weight within `window_days`, nothing beyond `max_days`; undated articles get a fixed
penalty). Articles are then grouped by average-linkage clustering over that sparse
similarity graph: two groups merge while the mean similarity of all their cross pairs stays
above `threshold`, which, unlike single linkage, does not chain a whole month of
Russia-Ukraine news into one story.

Two reports of the same kind of event (two earthquakes, two pirate attacks, two celebrities'
deaths) share most of their words, so the cosine alone cannot keep them apart. What tells one
instance from another is its specifics: when (the weekday, the year), how many (counts,
magnitudes, sums), who and where. Each article's lead entities give it a set of values per
kind (`specifics`); a pair that shares a value of a kind is more likely one happening, and a
pair that names values of a kind but none in common is less likely one (`instance_factor`,
which scales the cosine). The same scaled similarity serves the full run and the incremental
one (corpus.incremental), which both call `similarity_edges`.
"""
from __future__ import annotations

import hashlib
import heapq
import re
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..options import StoryOptions

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "EVENT", "LOC", "FAC", "LAW", "PRODUCT")

# spaCy labels whose mentions say which instance of an event an article reports, and the kind
# of specific each gives.
SPECIFIC_LABELS = {"DATE": "time", "TIME": "time", "CARDINAL": "number", "QUANTITY": "number",
                   "MONEY": "number", "PERCENT": "number", "PERSON": "person", "GPE": "place",
                   "LOC": "place", "FAC": "place"}
# kind: (added to the factor when a pair shares a value, taken off when both name values of the
# kind and share none). When and how many weigh most: two reports of one happening agree on
# its day, year and counts, and two happenings of one kind rarely share them. Who and where
# weigh less: the same navy, country or politician recurs in different happenings, reports
# of one happening quote different people, and the cosine already counts shared names.
# Measured on the learn part of ECB+ (pairs within a topic, where the two events of a kind
# meet): a shared year, weekday or count is almost only seen in pairs of one event.
INSTANCE_WEIGHTS = {"day": (0.5, 0.25), "year": (0.5, 0.25), "number": (0.5, 0.25),
                    "person": (0.2, 0.2), "place": (0.2, 0.2)}
# Agreement can at most double the cosine: a pair with little text in common (two unrelated
# reports of one day that both name "Tuesday", the year and a round number) stays below the
# threshold unless its words already bring it halfway there.
MAX_INSTANCE_FACTOR = 2.0
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_POSSESSIVE = re.compile(r"['’]s?$|['’]s(?=\W)")
_PLACE_ABBREVIATIONS = [(re.compile(r"\bmt\b\.?"), "mount"), (re.compile(r"\bft\b\.?"), "fort"),
                        (re.compile(r"^st\b\.?"), "saint")]


@dataclass
class Story:
    id: str
    label: str
    first_date: str | None
    last_date: str | None
    article_ids: list[str]
    similarity: dict[str, float] = field(default_factory=dict)  # article id -> mean sim to the rest
    keywords: list[str] = field(default_factory=list)
    n_publishers: int = 0


def _token(prefix: str, name: str) -> str:
    return prefix + re.sub(r"\W+", "_", name.lower()).strip("_")


def story_text(article: dict, options: StoryOptions) -> str:
    """What an article says it is about: title, lead, entity and event tokens."""
    title = article.get("title") or ""
    body = (article.get("text") or "")[: options.lead_chars]
    if title and body.startswith(title):  # some texts open with their own title
        body = body[len(title):]
    parts = [title] * options.title_weight + [body]
    parts += [_token("ent_", n) for n in article.get("entities") or [] if n and n.strip()]
    parts += [_token("evt_", k) for k in article.get("events") or [] if k]
    return "\n".join(parts)


def specifics(entities) -> dict[str, list[str]]:
    """{kind: sorted values} from an article's lead entities [(spaCy label, name or text)].

    Kinds: `day` (weekday names), `year` (four-digit years in dates), `number` (counts,
    magnitudes, sums and shares above ten or with a decimal point: "two" or "three" say little
    about which happening), `person` (surnames: "Brian Nichols" and "Nichols" are one person),
    `place` (place names). Calendar days ("March 14") are left out: reports of one happening
    name different ones (the day it happened, the day of writing, the day of a hearing)."""
    out: dict[str, set[str]] = {}
    for label, name in entities:
        kind = SPECIFIC_LABELS.get(label)
        # one name however written: "New Zealand's" / "New Zealand", "Mt Cook" / "Mount Cook"
        text = _POSSESSIVE.sub("", (name or "").strip().lower())
        if kind is None or not text:
            continue
        if kind == "time":
            out.setdefault("day", set()).update(d for d in _WEEKDAYS if d in text)
            if label == "DATE":
                out.setdefault("year", set()).update(re.findall(r"\b(?:1[89]|20)\d\d\b", text))
        elif kind == "number":
            for x in re.findall(r"\d+(?:[.,]\d+)*", text):
                x = re.sub(r",(?=\d{3}\b)", "", x).replace(",", ".")
                try:
                    value = float(x)
                except ValueError:
                    continue
                if value > 10 or "." in x:
                    out.setdefault("number", set()).add(x)
        elif kind == "person":
            words = [w for w in re.findall(r"[^\W\d_]+", text) if w not in _NAME_SUFFIXES]
            if words and len(words[-1]) > 1:
                out.setdefault("person", set()).add(words[-1])
        else:
            place = re.sub(r"^the\s+", "", text)
            for short, word in _PLACE_ABBREVIATIONS:
                place = short.sub(word, place)
            if place:
                out.setdefault("place", set()).add(re.sub(r"\W+", "_", place).strip("_"))
    return {k: sorted(v) for k, v in out.items() if v}


def _specific_matrices(articles: list[dict]) -> dict:
    """{kind: sparse articles x values 0/1 matrix} for the kinds some article names."""
    from scipy.sparse import csr_matrix

    out = {}
    for kind in INSTANCE_WEIGHTS:
        vocabulary: dict[str, int] = {}
        rows, cols = [], []
        for i, a in enumerate(articles):
            for value in (a.get("specifics") or {}).get(kind, ()):
                rows.append(i)
                cols.append(vocabulary.setdefault(value, len(vocabulary)))
        if vocabulary:
            out[kind] = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                                   shape=(len(articles), len(vocabulary)))
    return out


def instance_factor(matrices: dict, lo: int, hi: int) -> np.ndarray:
    """(hi - lo) x n factors for the rows lo..hi against every article: 1, plus the agreement
    weight per kind the pair shares a value of, minus the conflict weight per kind both name
    but share no value of; between 0 and MAX_INSTANCE_FACTOR (1 everywhere when no article
    names a specific)."""
    factor = 1.0
    for kind, B in matrices.items():
        agree, conflict = INSTANCE_WEIGHTS[kind]
        shared = (B[lo:hi] @ B.T).toarray() > 0
        named = np.asarray(B.getnnz(axis=1) > 0)
        both = named[lo:hi, None] & named[None, :]
        term = agree * shared - conflict * (both & ~shared)
        factor = factor + term
    return np.clip(factor, 0.0, MAX_INSTANCE_FACTOR)


def _day(value: str | None) -> int | None:
    """Days since 0001-01-01 for an ISO date or datetime; None when absent or unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _time_weight(d1: np.ndarray, d2: np.ndarray, options: StoryOptions) -> np.ndarray:
    """Damping by days apart: 1 within the window, linear to 0 at max_days; NaN = undated."""
    gap = np.abs(d1[:, None] - d2[None, :])
    span = max(options.max_days - options.window_days, 1)
    w = np.clip(1.0 - (gap - options.window_days) / span, 0.0, 1.0)
    return np.where(np.isnan(gap), options.undated_penalty, w)


def similarity_edges(articles: list[dict], options: StoryOptions):
    """Sparse similarity graph: {(i, j): sim} for i < j, plus the TF-IDF matrix and vocabulary."""
    # Heavy (scikit-learn loads scipy, ~1 s): imported when stories are grouped, not when
    # newsdesk is imported.
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [story_text(a, options) for a in articles]
    # Words in over half the articles say nothing about which story, but only in a corpus
    # large enough for "half" to mean common (two articles share half their words).
    max_df = 0.5 if len(texts) >= 50 else 1.0
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, max_df=max_df,
                                 min_df=1, dtype=np.float32)
    try:
        X = vectorizer.fit_transform(texts)
    except ValueError:  # empty vocabulary: nothing to compare
        return {}, None, []
    days = np.array([np.nan if (d := _day(a.get("published"))) is None else d for a in articles],
                    dtype=np.float64)
    specific = _specific_matrices(articles)
    edges: dict[tuple[int, int], float] = {}
    n = len(articles)
    for lo in range(0, n, options.block):
        hi = min(lo + options.block, n)
        sims = (X[lo:hi] @ X.T).toarray() * _time_weight(days[lo:hi], days, options)
        sims *= instance_factor(specific, lo, hi)
        rows, cols = np.nonzero(sims >= options.min_edge)
        for r, c in zip(rows.tolist(), cols.tolist()):
            i = lo + r
            if i < c:
                edges[(i, c)] = float(sims[r, c])
    return edges, X, vectorizer.get_feature_names_out()


def average_linkage(n: int, edges: dict[tuple[int, int], float], threshold: float,
                    must_link: list[tuple[int, int]] = ()) -> list[list[int]]:
    """Clusters of 0..n-1: merge the pair with the highest mean cross similarity while >= threshold.

    Missing pairs count as similarity 0, so a group only absorbs an article that is close to
    most of its members. Pairs in `must_link` are joined first, whatever their similarity.
    """
    size = [1] * n
    sums: list[dict[int, float]] = [dict() for _ in range(n)]
    for (i, j), s in edges.items():
        sums[i][j] = sums[j][i] = s
    version = [0] * n
    alive = [True] * n
    members = [[i] for i in range(n)]
    heap: list = []

    def join(i: int, j: int) -> None:
        """Merge group j into group i and queue i's new averages."""
        alive[j] = False
        members[i].extend(members[j])
        members[j] = []
        size[i] += size[j]
        sums[i].pop(j, None)  # a must-link pair may have no similarity edge
        for k, s in sums[j].items():
            if k == i:
                continue
            sums[i][k] = sums[i].get(k, 0.0) + s
            del sums[k][j]
            sums[k][i] = sums[i][k]
        sums[j] = {}
        version[i] += 1
        for k, s in sums[i].items():
            avg = s / (size[i] * size[k])
            if avg >= threshold:
                a, b = (i, k) if i < k else (k, i)
                heapq.heappush(heap, (-avg, a, b, version[a], version[b]))

    group = list(range(n))  # a member's group, for must-link pairs (groups only grow here)
    for a, b in must_link:
        i, j = group[a], group[b]
        if i != j:
            i, j = min(i, j), max(i, j)
            for m in members[j]:
                group[m] = i
            join(i, j)
    heap += [(-s, i, j, 0, 0) for (i, j), s in edges.items()
             if s >= threshold and alive[i] and alive[j] and version[i] == version[j] == 0]
    heapq.heapify(heap)
    while heap:
        neg, i, j, vi, vj = heapq.heappop(heap)
        if -neg < threshold:
            break
        if not (alive[i] and alive[j]) or version[i] != vi or version[j] != vj:
            continue
        join(i, j)
    return [m for m in members if m]


def group_stories(articles: list[dict], options: StoryOptions | None = None,
                  same_happening: list[tuple[str, str]] = ()) -> list[Story]:
    """Stories over `articles` ([{id, title, text, published, publisher, entities, events}]).

    Every article lands in exactly one story (a story of one when nothing else is close).
    `same_happening` holds pairs of article ids known to report one happening (they share a
    merged event, corpus.update): each pair ends in one story however differently worded.
    """
    options = options or StoryOptions()
    if not articles:
        return []
    edges, X, vocabulary = similarity_edges(articles, options)
    index = {a["id"]: i for i, a in enumerate(articles)}
    must_link = [(index[a], index[b]) for a, b in same_happening if a in index and b in index]
    clusters = average_linkage(len(articles), edges, options.threshold, must_link)
    return [_story(articles, c, edges, X, vocabulary) for c in clusters]


def _story(articles, cluster: list[int], edges, X, vocabulary) -> Story:
    cluster = sorted(cluster, key=lambda i: ((articles[i].get("published") or "9999")[:19], articles[i]["id"]))
    centrality = {i: 0.0 for i in cluster}
    for a in cluster:
        for b in cluster:
            if a < b and (a, b) in edges:
                centrality[a] += edges[(a, b)]
                centrality[b] += edges[(a, b)]
    denominator = max(len(cluster) - 1, 1)
    # The most central article names the story (ties: a titled one, then the earliest).
    order = {i: rank for rank, i in enumerate(cluster)}
    central = max(cluster, key=lambda i: (centrality[i], bool(articles[i].get("title")), -order[i]))
    dates = sorted(a[:10] for i in cluster if (a := articles[i].get("published")))
    first = articles[cluster[0]]
    return Story(
        id="st" + hashlib.sha1(first["id"].encode()).hexdigest()[:14],
        label=_label(articles[central]),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        article_ids=[articles[i]["id"] for i in cluster],
        similarity={articles[i]["id"]: round(centrality[i] / denominator, 4) for i in cluster},
        keywords=_keywords(X, vocabulary, cluster) if len(cluster) > 1 else [],
        n_publishers=len({articles[i].get("publisher") or articles[i]["id"] for i in cluster}),
    )


def _label(article: dict) -> str:
    title = (article.get("title") or "").strip()
    if title:
        return title
    text = " ".join((article.get("text") or "").split())
    return text[:80] + ("…" if len(text) > 80 else "")


def _keywords(X, vocabulary, cluster: list[int], k: int = 6) -> list[str]:
    """The words that weigh most in the story's mean vector (entity/event tokens left out)."""
    if X is None:
        return []
    centroid = np.asarray(X[cluster].mean(axis=0)).ravel()
    out = []
    for idx in np.argsort(-centroid):
        word = vocabulary[idx]
        if centroid[idx] <= 0 or len(out) >= k:
            break
        if not word.startswith(("ent_", "evt_")) and not word.isdigit():
            out.append(word)
    return out
