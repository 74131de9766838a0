"""The single writer loop: inputs in, every one accounted for in the store, through the ledger.

`write_inputs(store, inputs, runner, on_input)` takes keyed inputs (`("SOURCE#n", Document or
InputError)`), skips those an earlier run accounted for, writes input errors and documents
already stored at once, has the runner analyse the rest, and writes each outcome in input
order: an article, a duplicate (same clean text or URL as a stored article) or an error row,
each with its row in the `inputs` ledger (store.ledger), in transactions of
`Options.batch_size` inputs, so a run killed at any moment is finished by running it again.
`on_input` hears of every input (an `Accounted`); `IngestReport` is the usual listener:

    inputs = articles + errors + duplicates   (plus `resumed`: skipped, accounted before)

`ingest` (api.py) and the web's POST /api/analyze both write through here.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, Literal

from ..errors import InputError
from ..model import Document
from ..store import Store
from ..store.ledger import InputKey, LedgerWriter, input_key_hash
from .local import Failure

# The report keeps this many article ids and error messages (all are in the store): a
# ten-million-article run must not hold ten million ids in memory.
KEEP_IDS, KEEP_MESSAGES = 100_000, 1_000

Outcome = Literal["article", "error", "duplicate", "resumed"]


@dataclass(frozen=True)
class Accounted:
    """What became of one input."""

    key: str  # SOURCE#n
    outcome: Outcome
    article_id: str | None = None  # the stored article (article, duplicate)
    message: str | None = None  # why it is an error row: "SOURCE[ DOC_ID]: reason"
    stage_errors: tuple[dict, ...] = ()  # an article's failed stages ({stage, reason})
    source: str | None = None  # the input as read (path, path:line, URL)
    doc_id: str | None = None  # the caller's own id of the document, if any

    def where(self) -> str:
        """'SOURCE' or 'SOURCE DOC_ID': which input this is, as messages name it."""
        return f"{self.source}{' ' + self.doc_id if self.doc_id else ''}"


@dataclass
class IngestReport:
    """The accounting of one ingest: inputs = articles + errors + duplicates."""

    inputs: int = 0
    articles: int = 0
    errors: int = 0
    duplicates: int = 0
    stage_errors: int = 0  # articles stored with a failed stage
    resumed: int = 0  # inputs an earlier run of the same job already accounted for (skipped)
    seconds: float = 0.0
    peak_worker_rss_mb: float | None = None
    # Seconds per stage (parse, actors, quotes, voice, events, records) summed over the
    # analysed documents, in whichever process analysed them: with N workers they add up to
    # about N times the wall time of the analysis (runner/local.py, add_timings).
    stage_seconds: dict[str, float] = field(default_factory=dict)
    error_messages: list[str] = field(default_factory=list)
    stage_error_messages: list[str] = field(default_factory=list)  # "SOURCE[ DOC_ID]: stage: reason"
    article_ids: list[str] = field(default_factory=list)

    def count(self, item: Accounted) -> None:
        """Add one input's outcome (an `on_input` listener for write_inputs)."""
        if item.outcome == "resumed":
            self.resumed += 1
            return
        self.inputs += 1
        if item.outcome == "error":
            self.errors += 1
            if item.message and len(self.error_messages) < KEEP_MESSAGES:
                self.error_messages.append(item.message)
        elif item.outcome == "duplicate":
            self.duplicates += 1
        else:
            self.articles += 1
            if len(self.article_ids) < KEEP_IDS:
                self.article_ids.append(item.article_id)
            if item.stage_errors:
                self.stage_errors += 1
                if len(self.stage_error_messages) < KEEP_MESSAGES:
                    self.stage_error_messages.append(
                        f"{item.where()}: " + "; ".join(f"{e.get('stage')}: {e.get('reason')}"
                                                       for e in item.stage_errors))

    def summary(self) -> str:
        return (f"{self.inputs} inputs = {self.articles} articles + {self.errors} errors"
                f" + {self.duplicates} duplicates"
                + (f" ({self.stage_errors} articles with a failed stage)" if self.stage_errors else "")
                + (f"; {self.resumed} inputs already accounted for by an earlier run were skipped"
                   if self.resumed else ""))


def write_inputs(store: Store, inputs: Iterable[tuple[str, Document | InputError]], runner,
                 on_input: Callable[[Accounted], None]) -> None:
    """Account for every input in `store` (see the module docstring). `runner` is an entered
    runner (runner.local.InlineRunner, runner.pool.WorkerPool, runner.dask.DaskRunner); its
    pipeline's options give the field mapping (part of each input's ledger hash) and the
    batch size. Commits at the end; an exception leaves the last batch uncommitted."""
    options = runner.pipeline.options
    writer = LedgerWriter(store, options.batch_size)
    fresh = _fresh(inputs, options.fields, writer, on_input)
    for key, doc, outcome in runner.map(fresh):
        on_input(write_outcome(writer, key, doc, outcome))
    writer.close()


def _fresh(inputs, fields, writer: LedgerWriter, on_input) -> Iterator[tuple[InputKey, Document]]:
    """Documents still to analyse, keyed. Inputs an earlier run accounted for are skipped;
    input errors and documents already stored are written here and not analysed."""
    for job_key, item in inputs:
        key = InputKey(job_key, input_key_hash(item, fields))
        done = account_read(writer, key, item)
        if done is None:
            yield key, item
        else:
            on_input(done)


def account_read(writer: LedgerWriter, key: InputKey, item) -> Accounted | None:
    """What becomes of an input as read, before any analysis: skipped (resumed), an error row
    (an input error) or a duplicate row (its text or URL is stored); None: analyse it.
    `item` is an InputError or a Document (anything with `.id` and `.meta` will do: the
    server's handoff route passes what the client sent, runner/handoff.py)."""
    if writer.accounted(key):
        return Accounted(key.key, "resumed")
    if isinstance(item, InputError):
        writer.error(key, item.source, item.doc_id, item.reason)
        return Accounted(key.key, "error", message=str(item), source=item.source,
                         doc_id=item.doc_id)
    stored = writer.stored_as(item.id, item.meta.url)
    if stored:
        writer.duplicate(key, item.meta.source, item.meta.doc_id, stored)
        return Accounted(key.key, "duplicate", stored, source=item.meta.source,
                         doc_id=item.meta.doc_id)
    return None


def write_outcome(writer: LedgerWriter, key: InputKey, doc: Document,
                  outcome: dict | Failure) -> Accounted:
    """Write an analysed input: an error row (a Failure), a duplicate (its text or URL was
    stored while it was analysed) or the article; with its ledger row."""
    meta = doc.meta
    if isinstance(outcome, Failure):
        writer.error(key, meta.source, meta.doc_id, outcome.reason, stage=outcome.stage)
        failed = Accounted(key.key, "error", source=meta.source, doc_id=meta.doc_id)
        return replace(failed, message=f"{failed.where()}: {outcome.reason}")
    # Same text or URL as an article written since this document was read (in flight).
    stored = writer.stored_as(outcome["id"], outcome["meta"].get("url"))
    if stored:
        writer.duplicate(key, meta.source, meta.doc_id, stored)
        return Accounted(key.key, "duplicate", stored, source=meta.source, doc_id=meta.doc_id)
    writer.article(key, outcome)
    return Accounted(key.key, "article", outcome["id"], stage_errors=tuple(outcome["errors"]),
                     source=meta.source, doc_id=meta.doc_id)
