"""One options object, passed through ingest, the pipeline and the store (never 25 kwargs).

A `Pipeline` carries its Options (`pipeline.options`); runners and workers take them from it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

DEFAULT_DB = "newsdesk.duckdb"
VOICE_MODELS = ("linear", "encoder")

# -- the corpus stages (they run over the store, after ingest) ----------------------------


@dataclass(frozen=True)
class DedupOptions:
    shingle: int = 3            # words per shingle
    num_perm: int = 64          # MinHash permutations
    lsh_threshold: float = 0.4  # candidates: estimated Jaccard above this (recall first)
    jaccard: float = 0.55       # a near-duplicate: exact Jaccard at least this ...
    containment: float = 0.85   # ... or this share of the shorter text inside the longer
    min_shingles: int = 30      # texts shorter than this are too short to call copies


@dataclass(frozen=True)
class StoryOptions:
    lead_chars: int = 1000     # how much of the body counts (the lead says what happened)
    title_weight: int = 2
    window_days: int = 3       # full similarity within this many days
    max_days: int = 10         # no similarity beyond this many days
    undated_penalty: float = 0.8
    threshold: float = 0.18    # average-linkage stop: mean cross-pair similarity
    min_edge: float = 0.05     # pairs below this are treated as unrelated (sparsity)
    block: int = 512           # rows per similarity block (memory bound)


@dataclass(frozen=True)
class MergeOptions:
    # Mentions dated to the day, with both actors known, in no shared story: merged within
    # this many days of each other.
    window_days: int = 1
    # Never merged, story or not, when further apart than the coarser of the two dates
    # allows: day-dated mentions this many days, week-dated ones this many days (month- and
    # year-dated ones must fall in the same month / year).
    day_window: int = 3
    week_window: int = 7


@dataclass(frozen=True)
class CorpusOptions:
    dedup: DedupOptions = field(default_factory=DedupOptions)
    stories: StoryOptions = field(default_factory=StoryOptions)
    merge: MergeOptions = field(default_factory=MergeOptions)


# -- one document's analysis and its ingest ----------------------------------------------------


@dataclass(frozen=True)
class Options:
    # Inputs larger than this are refused with an error row: a 5 MB "article" is a data dump.
    max_bytes: int = 5 * 1024 * 1024
    # "raise": a failing stage raises (tests); "record": it is recorded on the article and the
    # batch goes on (batch runs).
    on_error: str = "record"
    # Field mapping for JSONL/CSV corpora: record field name -> document field name.
    # e.g. {"content_original": "text", "date": "published"}
    fields: dict[str, str] = field(default_factory=dict)
    # Languages the English stages run on; others are stored and skipped with a reason.
    languages: tuple[str, ...] = ("en",)
    # The voice stage's opinion models: "encoder" (default: a fine-tuned MiniLM on the outlet's
    # own sentences, with the linear models; the scores the README gives) or "linear" (the
    # linear models alone: lower scores, and the voice stage costs a few ms an article
    # instead of about a third of the analysis).
    voice_model: str = "encoder"
    # Per-article time limit in seconds for the analysis (0 = none).
    time_limit: float = 60.0
    # Commit to the store every this many articles (resume granularity).
    batch_size: int = 50
    # Progress bar and per-error messages on stderr.
    quiet: bool = False
    # URL fetching.
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 10 * 1024 * 1024
    fetch_delay: float = 1.0  # seconds between two requests to one host
    user_agent: str = "newsdesk/0.1 (+research news analysis; contact: see README)"
    # Refuse hosts that resolve to private, loopback, link-local, multicast, reserved or
    # unspecified addresses, on every redirect hop (the web API sets it: no SSRF). The CLI
    # leaves it off: it fetches on the user's own machine.
    fetch_public_only: bool = False
    # Fetch each feed item's page (else the item's title + summary, marked summary_only).
    # Off by default: reading a file should not reach the network unasked.
    fetch_feed_items: bool = False
    # The corpus stages' options (near-duplicates, stories, event merging).
    corpus: CorpusOptions = field(default_factory=CorpusOptions)

    def __post_init__(self):
        if self.voice_model not in VOICE_MODELS:
            raise ValueError(f"voice_model must be one of {VOICE_MODELS}, not {self.voice_model!r}")

    def with_(self, **changes) -> "Options":
        return replace(self, **changes)
