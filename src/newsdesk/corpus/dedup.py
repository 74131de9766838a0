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

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..options import DedupOptions

if TYPE_CHECKING:
    from datasketch import MinHash

WORD = re.compile(r"\w+", re.UNICODE)
_MIX = np.uint64(0x100000001B3)  # FNV-1a's 64-bit prime: mixes word hashes into a k-gram's
_SEED = 1


@dataclass(frozen=True)
class NearDuplicate:
    article_id: str
    duplicate_of: str
    similarity: float


def _word_hash(word: str, cache: dict[str, int]) -> int:
    """A word's stable 64-bit hash (BLAKE2b): the same in every run and process, so signatures
    stored by one update can be compared with those of the next (a per-run vocabulary of word
    ids, as before, gave the same word different ids in different runs)."""
    h = cache.get(word)
    if h is None:
        h = cache[word] = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
    return h


def shingles(text: str, cache: dict[str, int], k: int = 3) -> np.ndarray:
    """The sorted distinct word k-grams of a lower-cased text, each hashed to 64 bits from its
    words' stable hashes (collisions: ~1e-19 a pair, far below any threshold's resolution)."""
    hashes = np.fromiter((_word_hash(w, cache) for w in WORD.findall(text.lower())), dtype=np.uint64)
    if len(hashes) < k:
        return np.unique(hashes)
    packed = np.zeros(len(hashes) - k + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):  # wrapping multiply-add is the mixing
        for i in range(k):
            packed = packed * _MIX + hashes[i:len(hashes) - k + 1 + i]
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


def shingle_sets(articles: list[dict], options: DedupOptions) -> dict[str, np.ndarray]:
    """{article id: shingles} of the texts long enough to call copies (min_shingles)."""
    cache: dict[str, int] = {}
    sets = {a["id"]: shingles(a.get("text") or "", cache, options.shingle) for a in articles}
    return {aid: s for aid, s in sets.items() if len(s) >= options.min_shingles}


def is_near_duplicate(a: np.ndarray, b: np.ndarray, options: DedupOptions) -> bool:
    return jaccard(a, b) >= options.jaccard or containment(a, b) >= options.containment


def find_near_duplicates(articles: list[dict], options: DedupOptions | None = None,
                         signatures: dict | None = None) -> list[NearDuplicate]:
    """Links for `articles` ([{id, text, published}]): one per copy, to its group's earliest
    article. `signatures`, when given, receives {article id: MinHash hash values} (what the
    incremental update stores and compares new articles with)."""
    from datasketch import MinHashLSH  # heavy (loads scipy, ~2 s): imported on first use, not by `import newsdesk`

    options = options or DedupOptions()
    sets = shingle_sets(articles, options)
    lsh = MinHashLSH(threshold=options.lsh_threshold, num_perm=options.num_perm)
    sigs = {}
    for aid, s in sets.items():
        sigs[aid] = signature(s, options.num_perm)
        lsh.insert(aid, sigs[aid])
    if signatures is not None:
        signatures.update({aid: m.hashvalues for aid, m in sigs.items()})
    parent = {aid: aid for aid in sets}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for aid, sig in sigs.items():
        for other in lsh.query(sig):
            if other <= aid:
                continue
            if is_near_duplicate(sets[aid], sets[other], options):
                parent[root(other)] = root(aid)
    return group_links(articles, sets, root)


def band_ranges(options: DedupOptions) -> list[tuple[int, int]]:
    """The (start, end) rows of each LSH band datasketch chooses for these options."""
    # datasketch loads scipy (~1 s): imported when near-duplicates are computed, not with newsdesk
    from datasketch import MinHashLSH

    return list(MinHashLSH(threshold=options.lsh_threshold, num_perm=options.num_perm).hashranges)


def band_candidates(sig: np.ndarray, matrix: np.ndarray, ranges: list[tuple[int, int]]) -> np.ndarray:
    """Rows of `matrix` (stored signatures, one a row) that MinHashLSH.query(sig) would return:
    those equal to `sig` on every value of at least one band. Rebuilding a MinHashLSH from
    6,000 stored signatures costs 0.55-1.0 s and unpickling a persisted one 0.2 s (3 MB to
    rewrite on every update); this comparison costs about a millisecond and, being the same
    test, finds the same candidates."""
    if not len(matrix):
        return np.zeros(0, dtype=np.int64)
    hit = np.zeros(len(matrix), dtype=bool)
    for start, end in ranges:
        hit |= (matrix[:, start:end] == sig[start:end]).all(axis=1)
    return np.nonzero(hit)[0]


def group_links(articles: list[dict], sets: dict, root) -> list[NearDuplicate]:
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
