"""Ingest into a store that a `newsdesk serve` holds: analyse here, write there.

The serving process is the store's one writer (store/live.py says why). An ingest that finds
the store held by a live server runs the same loop as `write_inputs` (writer.py), split over
HTTP at the two places where it touches the store:

    client (ingest, watch)                         server (web/handoff.py -> this module)
    read inputs, key + fingerprint each
    POST /api/handoff/probe  {items}         ->    account_read for each (ledger: resumed;
                                                   input error row; duplicate of a stored text
                             <- outcomes, keys to analyse           or URL), one transaction
    analyse those (any runner: inline, pool, Dask)
    POST /api/handoff/write  {records}       ->    write_outcome for each (article, error row,
                             <- outcomes           duplicate written meanwhile), one transaction
    POST /api/handoff/update-corpus          ->    corpus.update (stories, merged events)

So the ledger accounting (inputs = articles + errors + duplicates; a run cut anywhere resumes)
is the server's LedgerWriter's, exactly as in a local ingest, and the server's response cache
is cleared by its own writer. The client sends what the writer reads of an input (its key,
fingerprint, id, URL, source, doc id), never its text, until the record itself. The routes
take the server's handoff secret (X-Newsdesk-Handoff), which only the sidecar file holds.
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from typing import Callable, Iterable, Iterator

import httpx

from ..errors import InputError, StoreError
from ..model import SCHEMA, Meta, content_id
from ..store import Store
from ..store.ledger import InputKey, LedgerWriter, input_key_hash
from ..store.live import LiveServer
from .local import Failure, chunked
from .writer import Accounted, account_read, write_outcome

HEADER = "X-Newsdesk-Handoff"
# A request carries at most about this many bytes of records (a batch is split above it);
# the server accepts bodies up to MAX_BODY on these routes (web/app.py).
SEND_BYTES = 8 * 1024 * 1024
MAX_BODY = 64 * 1024 * 1024
CONNECT_TRIES = 20  # a server just started may take a moment to listen: 20 x 0.25 s


# -- the server's side --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Read:
    """What the writer reads of a document (its id and meta), as the client sent it."""

    id: str
    meta: Meta


def _read_item(item: dict) -> InputError | _Read:
    if item.get("error") is not None:
        err = item["error"]
        return InputError(str(err.get("reason") or "input error"), str(err.get("source") or ""),
                          err.get("doc_id"))
    doc = item.get("doc") or {}
    if not isinstance(doc.get("id"), str):
        raise InputError("a handoff item needs an error or a doc with its id")
    return _Read(doc["id"], Meta(source=doc.get("source"), doc_id=doc.get("doc_id"),
                                 url=doc.get("url")))


def _key(item: dict) -> InputKey:
    key, fingerprint = item.get("key"), item.get("fingerprint")
    if not isinstance(key, str) or not isinstance(fingerprint, str):
        raise InputError("a handoff item needs its key and fingerprint")
    return InputKey(key, fingerprint)


def _outcome(item: dict) -> tuple[_Read, dict | Failure]:
    record = item.get("record")
    if record is None:
        failure = item.get("failure") or {}
        meta = Meta(source=item.get("source"), doc_id=item.get("doc_id"))
        return _Read("", meta), Failure(str(failure.get("reason") or "analysis failed"),
                                        str(failure.get("stage") or "runner"))
    if (not isinstance(record, dict) or record.get("schema") != SCHEMA
            or record.get("id") != content_id(str(record.get("text", "")))):
        raise InputError("a handed record must be an article record whose id is its text's hash")
    meta = record.get("meta") or {}
    return _Read(record["id"], Meta(source=meta.get("source"), doc_id=meta.get("doc_id"),
                                    url=meta.get("url"))), record


def _in_one_transaction(store: Store, batch_size: int, work: Callable[[LedgerWriter], list]) -> list:
    writer = LedgerWriter(store, batch_size)
    try:
        done = work(writer)
    except BaseException:
        store.rollback()
        raise
    writer.close()
    return done


def probe(store: Store, items: list[dict]) -> dict:
    """Account for what needs no analysis; {"outcomes": [...], "analyse": [keys]}."""
    analyse: list[str] = []

    def work(writer: LedgerWriter) -> list:
        outcomes = []
        for item in items:
            key = _key(item)
            done = account_read(writer, key, _read_item(item))
            if done is None:
                analyse.append(key.key)
            else:
                outcomes.append(_wire(done))
        return outcomes

    outcomes = _in_one_transaction(store, len(items) + 1, work)
    return {"outcomes": outcomes, "analyse": analyse}


def write(store: Store, items: list[dict]) -> dict:
    """Write analysed inputs (records or failures); {"outcomes": [...]}."""

    def work(writer: LedgerWriter) -> list:
        outcomes = []
        for item in items:
            key = _key(item)
            if writer.accounted(key):  # another run of the same job wrote it meanwhile
                outcomes.append(_wire(Accounted(key.key, "resumed")))
                continue
            doc, outcome = _outcome(item)
            outcomes.append(_wire(write_outcome(writer, key, doc, outcome)))
        return outcomes

    return {"outcomes": _in_one_transaction(store, len(items) + 1, work)}


def _wire(item: Accounted) -> dict:
    return asdict(item)


def _accounted(data: dict) -> Accounted:
    data = dict(data)
    data["stage_errors"] = tuple(data.get("stage_errors") or ())
    return Accounted(**data)


# -- the client's side --------------------------------------------------------------------------
class HandoffClient:
    """Talks to the live server of a store (store.live.live_server). StoreError when the
    server does not answer or refuses; every call is one request."""

    def __init__(self, server: LiveServer, timeout: float = 120.0):
        self.server = server
        self._http = httpx.Client(base_url=server.url, headers={HEADER: server.secret},
                                  timeout=httpx.Timeout(timeout, connect=5.0), trust_env=False)

    def close(self) -> None:
        self._http.close()

    def request(self, path: str, payload: dict, timeout: float | None = -1.0,
                stream: bool = False) -> httpx.Response:
        """POST to /api/handoff/PATH; the response, whatever its status (`stream`: its body not
        read yet; the caller closes it). StoreError when the server does not answer (after
        CONNECT_TRIES: one just started may not listen yet)."""
        kwargs = {} if timeout == -1.0 else {"timeout": timeout}
        request = self._http.build_request("POST", f"/api/handoff/{path}", json=payload, **kwargs)
        for _ in range(CONNECT_TRIES):
            try:
                return self._http.send(request, stream=stream)
            except httpx.ConnectError as exc:
                refused = exc
                time.sleep(0.25)
            except httpx.HTTPError as exc:
                raise StoreError(f"the request to {self.server.url} failed: "
                                 f"{type(exc).__name__}: {exc}") from None
        raise StoreError(f"the server holding the store ({self.server.url}, pid {self.server.pid}) "
                         f"does not answer: {refused}; if no `newsdesk serve` runs on this store, "
                         f"its sidecar {self.server.sidecar} is stale (remove it)")

    def post(self, path: str, payload: dict, timeout: float | None = -1.0) -> dict:
        resp = self.request(path, payload, timeout)
        if resp.status_code >= 400:
            try:
                message = resp.json()["error"]["message"]
            except (ValueError, KeyError, TypeError):
                message = resp.text[:200]
            raise StoreError(f"the server at {self.server.url} refused the records "
                             f"(HTTP {resp.status_code}): {message}")
        return resp.json()

    def update_corpus(self, full: bool = False) -> dict:
        """The server's corpus.update result (what `newsdesk update-corpus` prints)."""
        return self.post("update-corpus", {"full": full}, timeout=None)


def _probe_item(key: InputKey, item) -> dict:
    if isinstance(item, InputError):
        return {"key": key.key, "fingerprint": key.fingerprint,
                "error": {"reason": item.reason, "source": item.source, "doc_id": item.doc_id}}
    meta = item.meta
    return {"key": key.key, "fingerprint": key.fingerprint,
            "doc": {"id": item.id, "url": meta.url, "source": meta.source, "doc_id": meta.doc_id}}


def _write_item(key: InputKey, doc, outcome: dict | Failure) -> dict:
    item = {"key": key.key, "fingerprint": key.fingerprint, "source": doc.meta.source,
            "doc_id": doc.meta.doc_id}
    if isinstance(outcome, Failure):
        item["failure"] = {"reason": outcome.reason, "stage": outcome.stage}
    else:
        item["record"] = outcome
    return item


def hand_off(client: HandoffClient, inputs: Iterable[tuple[str, object]], runner,
             on_input: Callable[[Accounted], None]) -> None:
    """`write_inputs` with the store behind a server: the same outcomes, heard by `on_input`.
    `runner` is an entered runner; its pipeline's options give the field mapping and the
    batch size (inputs probed, and records sent, per request)."""
    options = runner.pipeline.options
    size = max(1, options.batch_size)

    def fresh() -> Iterator[tuple[InputKey, object]]:
        for batch in chunked(inputs, size):
            keyed = [(InputKey(k, input_key_hash(item, options.fields)), item) for k, item in batch]
            answer = client.post("probe", {"items": [_probe_item(k, i) for k, i in keyed]})
            for done in answer["outcomes"]:
                on_input(_accounted(done))
            wanted = set(answer["analyse"])
            yield from ((k, i) for k, i in keyed if k.key in wanted)

    pending: list[dict] = []
    for key, doc, outcome in runner.map(fresh()):
        pending.append(_write_item(key, doc, outcome))
        if len(pending) >= size:
            _send(client, pending, on_input)
            pending = []
    _send(client, pending, on_input)


def _send(client: HandoffClient, items: list[dict], on_input) -> None:
    """POST the records in requests of about SEND_BYTES at most (a request per record over it)."""
    group, size = [], 0
    for item in items:
        n = len(json.dumps(item, ensure_ascii=False).encode())
        if group and size + n > SEND_BYTES:
            _send_group(client, group, on_input)
            group, size = [], 0
        group.append(item)
        size += n
    if group:
        _send_group(client, group, on_input)


def _send_group(client: HandoffClient, group: list[dict], on_input) -> None:
    for done in client.post("write", {"items": group})["outcomes"]:
        on_input(_accounted(done))
