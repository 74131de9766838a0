"""The one exception hierarchy of newsdesk.

    NewsdeskError            anything newsdesk raises on purpose
    ├── InputError           a source could not become a document (empty, binary, bad JSON, too big)
    │   ├── AmbiguousIdError an id prefix that several stored articles, events or stories share
    │   └── FetchError       a URL could not be fetched (timeout, status, size cap)
    │       └── BlockedAddressError  refused: the host is a private/loopback/... address
    ├── StageError           a pipeline stage failed or broke its contract (e.g. returned None)
    ├── StoreError           the database could not be opened, migrated or written
    │   └── StoreBusyError   another process holds the file (a `newsdesk serve`, an ingest)
    └── EvalError            an evaluation task is unknown or its data is missing or malformed

The CLI turns a NewsdeskError into a one-line message and a non-zero exit; the web API into
one JSON error shape. Anything else escaping is a bug.
"""


class NewsdeskError(Exception):
    """Base of every error newsdesk raises on purpose."""


class InputError(NewsdeskError):
    """A source could not become a document. `source` is the input as given (path, URL, line)."""

    def __init__(self, reason: str, source: str = "", doc_id: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.source = source
        self.doc_id = doc_id

    def __str__(self) -> str:
        # Built when shown, not when raised: readers set `source` to the line or row
        # ("corpus.jsonl:3") after a record-level error is raised.
        return f"{self.source}: {self.reason}" if self.source else self.reason


class AmbiguousIdError(InputError):
    """A lookup by id prefix matched more than one article, event or story (the web API
    answers 400 ambiguous_id; give more characters)."""


class FetchError(InputError):
    """A URL could not be fetched."""


class BlockedAddressError(FetchError):
    """A URL (or a redirect on the way) points at a non-public address, and the fetch was
    limited to public ones (`Options.fetch_public_only`, set by the web API)."""


class StageError(NewsdeskError):
    """A stage raised, or returned something other than the document it was given."""

    def __init__(self, stage: str, reason: str):
        super().__init__(f"stage {stage}: {reason}")
        self.stage = stage
        self.reason = reason


class StoreError(NewsdeskError):
    """The DuckDB store could not be opened, migrated or written."""


class StoreBusyError(StoreError):
    """Another process holds the DuckDB file (DuckDB allows one writing process per file).
    When that process is a `newsdesk serve`, ingest hands its records to it instead
    (store/live.py, runner/handoff.py)."""


class EvalError(NewsdeskError):
    """An evaluation task is unknown, or its gold data is missing or malformed."""
