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
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DedupOptions:
    shingle: int = 3            # words per shingle
    num_perm: int = 128         # MinHash permutations
    lsh_threshold: float = 0.4  # candidates: estimated Jaccard above this (recall first)
    jaccard: float = 0.55       # a near-duplicate: exact Jaccard at least this ...
    containment: float = 0.85   # ... or this share of the shorter text inside the longer
    min_shingles: int = 30      # texts shorter than this are too short to call copies


@dataclass(frozen=True)
class NearDuplicate:
    article_id: str
    duplicate_of: str
    similarity: float


def shingles(text: str, k: int = 3) -> set[int]:
    """Hashed word k-grams of a lower-cased text (crc32: fast, stable across runs)."""
    words = WORD.findall(text.lower())
    if len(words) < k:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i:i + k]).encode()) for i in range(len(words) - k + 1)}


def _identity_hash(value: int) -> int:
    return value


def _signature(shingle_set: set[int], num_perm: int) -> MinHash:
    m = MinHash(num_perm=num_perm, hashfunc=_identity_hash)
    m.update_batch(np.fromiter(shingle_set, dtype=np.uint64, count=len(shingle_set)))
    return m


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def containment(a: set, b: set) -> float:
    """Share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def find_near_duplicates(articles: list[dict], options: DedupOptions | None = None) -> list[NearDuplicate]:
    """Links for `articles` ([{id, text, published}]): one per copy, to its group's earliest article."""
    options = options or DedupOptions()
    sets = {a["id"]: shingles(a.get("text") or "", options.shingle) for a in articles}
    sets = {aid: s for aid, s in sets.items() if len(s) >= options.min_shingles}
    lsh = MinHashLSH(threshold=options.lsh_threshold, num_perm=options.num_perm)
    signatures = {}
    for aid, s in sets.items():
        signatures[aid] = _signature(s, options.num_perm)
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
