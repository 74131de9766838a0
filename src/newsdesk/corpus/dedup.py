"""Near-duplicates: syndicated copies and lightly edited rewrites of one article.

Exact copies never reach here (the article id is a hash of the clean text). Copies that differ
by a byline, a footer or a few edited sentences are found with MinHash signatures of word
3-gram shingles and an LSH index (datasketch), then checked on the exact shingle sets: a pair
is a near-duplicate when the Jaccard similarity is high, or when nearly all of the shorter
text appears in the longer one (a truncated or excerpted copy). Groups are closed
transitively; the earliest article of a group is the one that counts, every other one is
linked to it (`duplicate_of`) and is not counted again in merged events.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..options import DedupOptions

if TYPE_CHECKING:
    from datasketch import MinHash

WORD = re.compile(r"\w+", re.UNICODE)
_ID_MASK = (1 << 21) - 1
_SEED = 1


@dataclass(frozen=True)
class NearDuplicate:
    article_id: str
    duplicate_of: str
    similarity: float


def shingles(text: str, vocabulary: dict[str, int], k: int = 3) -> np.ndarray:
    """The sorted distinct word k-grams of a lower-cased text, each packed into one integer
    (k word ids of 21 bits: exact, no hash collisions for a vocabulary under 2M words)."""
    ids = np.fromiter((vocabulary.setdefault(w, len(vocabulary) & _ID_MASK)
                       for w in WORD.findall(text.lower())), dtype=np.uint64)
    if len(ids) < k:
        return np.unique(ids)
    packed = np.zeros(len(ids) - k + 1, dtype=np.uint64)
    for i in range(k):
        packed = (packed << np.uint64(21)) | ids[i:len(ids) - k + 1 + i]
    return np.unique(packed)


def _hash32(packed: int) -> int:
    """A packed shingle to 32 bits (Fibonacci hashing): the hash datasketch's MinHash applies
    to each value. Its default (SHA-1 of bytes) made signatures 3.9x slower (3.8 s against
    1.0 s for 1,500 allsides articles); with this one datasketch's own update_batch takes
    1.7 s, which we accept for using the library as it is."""
    return ((packed * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF) >> 32


def signature(values: np.ndarray, num_perm: int) -> MinHash:
    """The MinHash of a text's packed shingles (datasketch, fixed seed: runs agree)."""
    from datasketch import MinHash  # heavy (loads scipy, ~2 s): imported on first use, not by `import newsdesk`

    m = MinHash(num_perm=num_perm, seed=_SEED, hashfunc=_hash32)
    m.update_batch(values.tolist())
    return m


def _overlap(a: np.ndarray, b: np.ndarray) -> int:
    return len(np.intersect1d(a, b, assume_unique=True))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) or not len(b):
        return 0.0
    inter = _overlap(a, b)
    return inter / (len(a) + len(b) - inter)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller set found in the larger one."""
    if not len(a) or not len(b):
        return 0.0
    return _overlap(a, b) / min(len(a), len(b))


def find_near_duplicates(articles: list[dict], options: DedupOptions | None = None) -> list[NearDuplicate]:
    """Links for `articles` ([{id, text, published}]): one per copy, to its group's earliest article."""
    from datasketch import MinHashLSH  # heavy (loads scipy, ~2 s): imported on first use, not by `import newsdesk`

    options = options or DedupOptions()
    vocabulary: dict[str, int] = {}
    sets = {a["id"]: shingles(a.get("text") or "", vocabulary, options.shingle) for a in articles}
    sets = {aid: s for aid, s in sets.items() if len(s) >= options.min_shingles}
    lsh = MinHashLSH(threshold=options.lsh_threshold, num_perm=options.num_perm)
    signatures = {}
    for aid, s in sets.items():
        signatures[aid] = signature(s, options.num_perm)
        lsh.insert(aid, signatures[aid])
    parent = {aid: aid for aid in sets}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for aid, sig in signatures.items():
        for other in lsh.query(sig):
            if other <= aid:
                continue
            a, b = sets[aid], sets[other]
            if jaccard(a, b) >= options.jaccard or containment(a, b) >= options.containment:
                parent[root(other)] = root(aid)
    return _links(articles, sets, root)


def _links(articles: list[dict], sets: dict, root) -> list[NearDuplicate]:
    groups: dict[str, list[dict]] = {}
    for a in articles:
        if a["id"] in sets:
            groups.setdefault(root(a["id"]), []).append(a)
    links = []
    for members in groups.values():
        if len(members) < 2:
            continue
        # The earliest article is the original; undated ones come after dated ones.
        members.sort(key=lambda a: ((a.get("published") or "9999")[:19], a["id"]))
        first = members[0]
        for m in members[1:]:
            links.append(NearDuplicate(m["id"], first["id"], round(jaccard(sets[m["id"]], sets[first["id"]]), 4)))
    return links
