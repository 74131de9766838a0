"""Incremental corpus updates: k new articles placed into the tables of N, at a cost that
follows k and their candidate neighbours, not N (corpus.update picks this path when only
articles were added since the last update and the options are unchanged).

- Near-duplicates: each article's MinHash signature is stored (corpus_articles); a new one is
  compared with the stored ones band by band (dedup.band_candidates: the candidates
  MinHashLSH.query gives), the candidates are checked on their exact shingles as in a full
  run, and the groups they touch are closed again and relinked to their earliest member.
  Same tables as a full run: the candidate test and the check are the same, pair by pair.
- Stories: a new article joins the existing story whose members it is closest to by the
  average-linkage criterion (similarity summed over the members / the story's size >=
  threshold, the best such story), else starts its own, which later new articles of the batch
  may join. Candidates are the articles dated from max_days before the earliest dated new
  article to max_days after the latest (beyond max_days the time damping makes every
  similarity 0; one range, so a batch spanning years reads more than it needs) plus undated
  ones, or, for an undated new article, those naming one of its lead entities. The similarity is the full run's
  (stories.similarity_edges, with its specifics factor, which depends on the pair alone).
  Articles that then share a merged event (same_happening) have their whole stories joined
  (a full run must-links the pair and lets average linkage place the rest); the story joined
  away loses its row.
- Merged events: every merge key a new or re-storied article's mentions have is clustered
  again from all of its mentions, the stories those mentions lie in are joined again
  (merge.join_in_story), and only the merged events whose mentions, story or copies changed
  are rewritten (_remerge).

Where the result can differ from `update(full=True)`: average linkage over the whole corpus is
order-dependent and its similarities use the corpus-wide TF-IDF weights, while here the
weights are fitted on the new articles and their candidates, and a story once formed is never
split or merged with another by a new article by similarity (a new article that bridges two
stories joins the closer one; a full run may merge the two, or group the members
differently), while a shared merged event joins two stories whole. Stories' labels, keywords
and member similarities are recomputed over the touched stories only, with TF-IDF weights
fitted on their members. Given the same story membership, near-duplicate links and merged events and
their mentions are identical (tests/test_corpus_incremental.py checks it on a corpus of
well-separated stories with joins into existing stories, events and copy groups).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date

import numpy as np

from ..store import corpus_tables
from .dedup import band_candidates, band_ranges, group_links, is_near_duplicate, shingle_sets, signature
from .merge import ROOT_FAMILY, join_in_story, key_clusters, merge_block, merge_key, merged_event
from .records import load_articles, same_happening
from .stories import ENTITY_LABELS, _day, _story, similarity_edges


def options_key(opts) -> str:
    """A short hash of the corpus options: tables computed under others need a full update."""
    return hashlib.sha1(repr(opts).encode()).hexdigest()[:16]


def signature_bytes(hashvalues) -> bytes | None:
    """A MinHash signature (num_perm uint32 values) as the bytes corpus_articles stores."""
    return None if hashvalues is None else np.asarray(hashvalues, dtype=np.uint32).tobytes()


def plan(store, opts) -> list[str] | None:
    """The ids of the new articles when an incremental update is right, else None (full).

    Full when: no update ran with these options; an article the tables cover is gone or its
    events changed (a re-analysis: the counts differ from what the last run recorded); or more
    articles are new than covered (a full run is then as cheap, and exact)."""
    last = corpus_tables.last_corpus_run(store)
    if last.get("options") != options_key(opts):
        return None
    try:
        articles, _, events = (last.get("fingerprint") or "").split("/")
        articles, events = int(articles), int(events)
    except ValueError:
        return None
    covered = corpus_tables.covered_counts(store)
    if covered["missing"] or not covered["articles"] or covered["articles"] != articles \
            or covered["events"] != events:
        return None
    new = corpus_tables.new_article_ids(store)
    return new if len(new) <= covered["articles"] else None


def _order(article: dict) -> tuple:
    """Earliest first, undated last: the order that names stories and copy groups."""
    return ((article.get("published") or "9999")[:19], article["id"])


def story_id(first_article_id: str) -> str:
    """A story's id, from its earliest article's id (as stories._story names them)."""
    return "st" + hashlib.sha1(first_article_id.encode()).hexdigest()[:14]


# -- near-duplicates ---------------------------------------------------------------------------
def _near_duplicates(store, opts, new: list[dict]) -> dict:
    """{signatures, links, drop, members}: corpus_articles rows for the new articles, the links
    of the copy groups they touch, the articles whose old links go, and those groups' members."""
    o = opts.dedup
    sets = shingle_sets(new, o)
    sigs = {aid: np.asarray(signature(s, o.num_perm).hashvalues, dtype=np.uint32) for aid, s in sets.items()}
    out = {"signatures": [{"article_id": a["id"], "signature": signature_bytes(sigs.get(a["id"]))} for a in new],
           "links": [], "drop": [], "members": set()}
    if not sigs:
        return out
    ids, matrix = corpus_tables.stored_signatures(store, o.num_perm)
    new_ids = sorted(sigs)
    ids = ids + new_ids
    matrix = np.vstack([matrix, np.stack([sigs[aid] for aid in new_ids])])
    ranges = band_ranges(o)
    pairs = {tuple(sorted((aid, ids[i]))) for aid in new_ids
             for i in band_candidates(sigs[aid], matrix, ranges).tolist() if ids[i] != aid}
    if not pairs:
        return out
    others = sorted({x for p in pairs for x in p} - set(sets))
    sets.update(shingle_sets(corpus_tables.article_rows(store, others), o))
    found = [(a, b) for a, b in sorted(pairs) if is_near_duplicate(sets[a], sets[b], o)]
    if not found:
        return out
    # Close the groups again: the old groups the pairs touch, with the new pairs.
    touched = sorted({x for p in found for x in p})
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for original, copies in corpus_tables.duplicate_groups(store, touched).items():
        for c in copies:
            parent[root(c)] = root(original)
    for a, b in found:
        parent[root(b)] = root(a)
    members = sorted(parent)
    missing = [m for m in members if m not in sets]
    sets.update(shingle_sets(corpus_tables.article_rows(store, missing), o))
    rows = {a["id"]: a for a in new}
    rows.update({a["id"]: a for a in corpus_tables.article_rows(store, [m for m in members if m not in rows])})
    out["links"] = group_links([rows[m] for m in members], {m: sets[m] for m in members}, root)
    out["drop"] = members
    out["members"] = set(members)
    return out


# -- stories -----------------------------------------------------------------------------------
def _candidates(store, opts, new: list[dict]) -> list[str]:
    """Articles a new one may be similar to: within max_days of a dated new article (and the
    undated), or naming a lead entity of an undated one."""
    so = opts.stories
    days = [d for a in new if (d := _day(a.get("published"))) is not None]
    found: set[str] = set()
    if days:
        found.update(corpus_tables.article_ids_near(
            store, date.fromordinal(min(days) - so.max_days).isoformat(),
            date.fromordinal(max(days) + so.max_days).isoformat()))
    names = sorted({n for a in new if _day(a.get("published")) is None for n in a["entities"] if n})
    if names:
        found.update(corpus_tables.article_ids_naming(store, names, ENTITY_LABELS, so.lead_chars))
    return sorted(found - {a["id"] for a in new})


def _place(store, opts, new: list[dict]) -> tuple[dict[str, list[str]], set[str]]:
    """({story key: member ids} of the stories new articles joined or started, keys of those).
    A key is the story's stored id, or 'new:' + the article that started it."""
    so = opts.stories
    candidates = _candidates(store, opts, new)
    old_story = corpus_tables.stories_of(store, candidates)
    members = corpus_tables.story_members(store, sorted(set(old_story.values())))
    local = new + load_articles(store, so.lead_chars, candidates)
    edges, _, _ = similarity_edges(local, so)
    near: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), s in edges.items():
        near[i][j] = near[j][i] = s
    group = {i: old_story[a["id"]] for i, a in enumerate(local) if a["id"] in old_story}
    size = {k: len(v) for k, v in members.items()}
    touched: set[str] = set()
    for i in sorted(range(len(new)), key=lambda i: _order(new[i])):
        sums: dict[str, float] = defaultdict(float)
        for j, s in near[i].items():
            if j in group:
                sums[group[j]] += s
        means = [(total / size[k], k) for k, total in sums.items() if total / size[k] >= so.threshold]
        key = max(means, key=lambda m: (m[0], m[1]))[1] if means else "new:" + new[i]["id"]
        group[i] = key
        size[key] = size.get(key, 0) + 1
        members.setdefault(key, []).append(new[i]["id"])
        touched.add(key)
    return {k: members[k] for k in touched}, touched


# -- merged events -----------------------------------------------------------------------------
def _remerge(store, opts, affected: set[str], story_over: dict, copy_over: dict) -> dict:
    """{merged, mentions, drop, rows}: the merged events that change when the affected
    articles' mentions (and their stories and copies) do, and the stored ones they replace.

    A merged event is its key's clusters (merge.key_clusters: a key's own mentions decide
    them) joined within one story (merge.join_in_story: the clusters of one block and one
    story decide the groups there). So the keys of the affected mentions are clustered again
    from all their mentions; the stories those mentions lie in (now or before) are joined
    again, from every cluster of the block lying there, the clusters of other keys included
    (those are clustered again too: they are not stored). Clusters elsewhere and the groups
    of other stories are what they were."""
    own = corpus_tables.event_mentions(store, ids=sorted(affected))
    keys = {merge_key(r) for r in own}
    blocks = {merge_block(k) for k in keys}
    families = {family for family, _ in blocks}
    roots = sorted({(r.get("cameo") or "")[:2] for r in own}
                   | {root for root, family in ROOT_FAMILY.items() if family in families})
    candidates = [r for r in corpus_tables.event_mentions(store, roots=roots)
                  if merge_block(merge_key(r)) in blocks] if keys else []
    story_of = corpus_tables.stories_of(store, sorted({r["article_id"] for r in candidates}))
    stored_story = dict(story_of)
    story_of.update({a: s for a, s in story_over.items() if a in story_of or a in affected})
    rows, places = _sharing_stories(candidates, keys, story_of, stored_story)
    article_ids = sorted({r["article_id"] for r in rows})
    copy_of = corpus_tables.copies_of(store, article_ids)
    for a, original in copy_over.items():
        if original is None:
            copy_of.pop(a, None)
        else:
            copy_of[a] = original
    clusters = []
    for block, found in sorted(key_clusters(rows, story_of, opts.merge).items()):
        clusters += join_in_story([c for c in found if merge_key(c[0]) in keys
                                   or (block, _one_story(c)) in places], opts.merge)
    # A merged event whose mentions are the ones it had, none of them in an affected article
    # (whose story or copy may have changed), is the row it was: kept, not rewritten.
    old = corpus_tables.merged_ids_of(store, article_ids)
    old_members: dict[str, set] = defaultdict(set)
    for mention, merged_id in old.items():
        old_members[merged_id].add(mention)
    merged, mentions, drop = [], [], set()
    for cluster in clusters:
        members = {(r["article_id"], r["id"]) for r in cluster}
        was = {old[m] for m in members if m in old}
        if len(was) == 1 and old_members[next(iter(was))] == members \
                and not any(r["article_id"] in affected for r in cluster):
            continue
        drop |= was
        event, its_mentions = merged_event(cluster, copy_of)
        merged.append(event)
        mentions += its_mentions
    return {"merged": merged, "mentions": mentions, "drop": sorted(drop), "rows": rows}


def _one_story(cluster: list[dict]) -> str | None:
    """The story all of a cluster's mentions lie in, else None (such a cluster joins none)."""
    stories = {r["story_id"] for r in cluster}
    return stories.pop() if len(stories) == 1 else None


def _sharing_stories(candidates: list[dict], keys: set, story_of: dict,
                     stored_story: dict) -> tuple[list[dict], set]:
    """(the mentions of `keys` and of every other key with a mention in a story of theirs,
    the (block, story) places those stories are): a key's story, now or as stored, is one
    where its clusters join others (merge.join_in_story), and the other keys' clusters there
    are computed from all their mentions."""
    placed = [(k, merge_block(k), r["article_id"]) for r, k in zip(candidates, map(merge_key, candidates))]
    places = {(block, story) for k, block, a in placed if k in keys
              for story in (story_of.get(a), stored_story.get(a)) if story is not None}
    sharing = {k for k, block, a in placed if (block, story_of.get(a)) in places}
    return [r for r, (k, _, _) in zip(candidates, placed) if k in keys or k in sharing], places


def update_incremental(store, opts, new_ids: list[str], lap) -> int:
    """Place the articles `new_ids` into the corpus tables; returns the articles covered."""
    new = load_articles(store, opts.stories.lead_chars, new_ids) if new_ids else []
    dedup = _near_duplicates(store, opts, new)
    copy_over = {m: None for m in dedup["members"]}
    copy_over.update({l.article_id: l.duplicate_of for l in dedup["links"]})
    lap("dedup")
    stories, touched = _place(store, opts, new) if new else ({}, set())
    lap("stories")
    affected = {a["id"] for a in new} | dedup["members"] | {m for v in stories.values() for m in v}
    published = {a["id"]: a.get("published") for a in corpus_tables.article_rows(store, sorted(affected))}

    def story_over() -> dict[str, str]:
        return {m: story_id(min(v, key=lambda x: _order({"id": x, "published": published.get(x)})))
                for v in stories.values() for m in v}

    merge = _remerge(store, opts, affected, story_over(), copy_over)
    # Reports of one happening worded apart share a merged event: their stories become one
    # (a full run's must-link pairs), then the merge runs again with the joined stories.
    over = story_over()
    key_of = {m: k for k, v in stories.items() for m in v}
    old_of = corpus_tables.stories_of(store, [x for p in same_happening(merge["mentions"], merge["rows"])
                                             for x in p])
    joined = False
    gone: list[str] = []  # stored stories joined into another: their rows go
    for a, b in same_happening(merge["mentions"], merge["rows"]):
        if not ({a, b} & affected) or over.get(a, old_of.get(a)) == over.get(b, old_of.get(b)):
            continue
        ka, kb = (key_of.get(x) or _adopt(store, stories, key_of, old_of[x], published) for x in (a, b))
        if ka != kb:
            stories[ka] = stories[ka] + stories.pop(kb)
            if not kb.startswith("new:"):
                gone.append(kb)
            for m in stories[ka]:
                key_of[m] = ka
            touched.discard(kb)
            touched.add(ka)
            joined = True
            over = story_over()
    if joined:
        affected |= {m for v in stories.values() for m in v}
        merge = _remerge(store, opts, affected, story_over(), copy_over)
    lap("merge")
    story_rows, member_rows, old_keys = _story_rows(store, opts, stories)
    corpus_tables.patch_corpus_tables(
        store, {"near_duplicates": dedup["drop"], "stories": old_keys + gone,
                "story_articles": [r["article_id"] for r in member_rows], "merged_events": merge["drop"]},
        near_duplicates=[{"article_id": l.article_id, "duplicate_of": l.duplicate_of,
                          "similarity": l.similarity} for l in dedup["links"]],
        stories=story_rows, story_articles=member_rows, merged=merge["merged"],
        mentions=merge["mentions"], signatures=dedup["signatures"])
    lap("write")
    return corpus_tables.covered_counts(store)["articles"]


def _adopt(store, stories: dict, key_of: dict, key: str, published: dict) -> str:
    """Bring a stored story no new article joined into `stories` (to be joined to another)."""
    members = corpus_tables.story_members(store, [key]).get(key, [])
    stories[key] = members
    for m in members:
        key_of[m] = key
    published.update({a["id"]: a.get("published") for a in corpus_tables.article_rows(store, members)})
    return key


def _story_rows(store, opts, stories: dict[str, list[str]]):
    """Rows of stories and story_articles for the touched stories, and the stored story ids
    they replace (their old keys)."""
    ids = sorted({m for v in stories.values() for m in v})
    articles = load_articles(store, opts.stories.lead_chars, ids)
    index = {a["id"]: i for i, a in enumerate(articles)}
    edges, X, vocabulary = similarity_edges(articles, opts.stories)
    story_rows, member_rows = [], []
    for members in stories.values():
        s = _story(articles, [index[m] for m in members], edges, X, vocabulary)
        story_rows.append({"id": s.id, "label": s.label, "first_date": s.first_date,
                           "last_date": s.last_date, "n_articles": len(s.article_ids),
                           "n_publishers": s.n_publishers, "keywords": s.keywords})
        member_rows += [{"story_id": s.id, "article_id": aid, "similarity": s.similarity.get(aid)}
                        for aid in s.article_ids]
    return story_rows, member_rows, [k for k in stories if not k.startswith("new:")]
