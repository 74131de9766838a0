"""The handoff routes: where `newsdesk ingest` and `newsdesk watch` hand records to the server
that holds their store (runner/handoff.py has the protocol, store/live.py the sidecar), and
where the CLI's query commands and `update-corpus` have the server read and update it
(runner/reads.py).

They take the server's handoff secret in `X-Newsdesk-Handoff` (a fresh one per server run,
in the owner-only sidecar file), not the user's token: a read-only server (no token) still
takes the records of its own user's ingests, and no web client can write through here. They
are left out of the OpenAPI documentation: they are the CLI's, not a public API.
"""
from __future__ import annotations

import hmac
from contextlib import ExitStack
from typing import Iterator

from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from .. import corpus
from ..runner import handoff, reads
from ..store import watch_state
from ..store.ledger import accounted_keys
from .common import ApiError, db_of

router = APIRouter(prefix="/api/handoff", include_in_schema=False)
MAX_ITEMS = 10_000


def secret_ok(request: Request) -> bool:
    expected = request.app.state.handoff_secret
    given = request.headers.get(handoff.HEADER, "")
    return bool(expected and given) and hmac.compare_digest(given.encode(), expected.encode())


def _require_secret(request: Request) -> None:
    if request.app.state.handoff_secret is None:
        raise ApiError(403, "read_only", "this server takes no records (started --read-only)")
    if not secret_ok(request):
        raise ApiError(401, "unauthorized", "the handoff routes take the secret of the "
                                            "server's sidecar file")


class Items(BaseModel):
    items: list[dict] = Field(max_length=MAX_ITEMS)


class Keys(BaseModel):
    keys: list[str] = Field(max_length=MAX_ITEMS)


class Url(BaseModel):
    url: str = Field(max_length=2000)


class Poll(BaseModel):
    url: str = Field(max_length=2000)
    status: int
    etag: str | None = Field(None, max_length=1000)
    last_modified: str | None = Field(None, max_length=200)
    new_items: int = 0


@router.post("/probe")
def probe(request: Request, body: Items) -> dict:
    _require_secret(request)
    with db_of(request).writer(transaction=False) as store:  # handoff.probe commits itself
        return handoff.probe(store, body.items)


@router.post("/write")
def write(request: Request, body: Items) -> dict:
    _require_secret(request)
    with db_of(request).writer(transaction=False) as store:
        return handoff.write(store, body.items)


class UpdateCorpus(BaseModel):
    full: bool = False


@router.post("/update-corpus")
def update_corpus(request: Request, body: UpdateCorpus | None = None) -> dict:
    """corpus.update's result (`newsdesk update-corpus` prints it as it would locally)."""
    _require_secret(request)
    with db_of(request).writer(transaction=False) as store:  # corpus.update commits itself
        return corpus.update(store, full=bool(body and body.full))


class Read(BaseModel):
    read: str = Field(max_length=100)
    args: dict = Field(default_factory=dict)


@router.post("/read")
def read(request: Request, body: Read) -> Response:
    """A CLI query command's (or export's) read, run here because this server holds the file
    (runner/reads.py). A streamed read keeps its cursor until its last row is sent."""
    _require_secret(request)
    with ExitStack() as stack:
        store = stack.enter_context(db_of(request).reader())
        content, media_type = reads.answer(store, body.read, body.args)
        if isinstance(content, bytes):
            return Response(content, media_type=media_type)
        return StreamingResponse(_then_close(content, stack.pop_all()), media_type=media_type)


def _then_close(chunks: Iterator[bytes], stack: ExitStack) -> Iterator[bytes]:
    with stack:
        yield from chunks


@router.post("/accounted")
def accounted(request: Request, body: Keys) -> dict:
    _require_secret(request)
    with db_of(request).reader() as store:
        return {"keys": sorted(accounted_keys(store, body.keys))}


@router.post("/validators")
def validators(request: Request, body: Url) -> dict:
    _require_secret(request)
    with db_of(request).reader() as store:
        return watch_state.validators(store, body.url)


@router.post("/record-poll")
def record_poll(request: Request, body: Poll) -> dict:
    _require_secret(request)
    with db_of(request).writer(transaction=False) as store:
        watch_state.record_poll(store, body.url, body.status, body.etag, body.last_modified,
                                body.new_items)
    return {"ok": True}
