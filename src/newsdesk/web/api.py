"""The REST API under /api/ (documented by OpenAPI at /openapi.json).

Reads are open; POST /api/analyze needs the server's token (`Authorization: Bearer TOKEN` or
`X-Newsdesk-Token: TOKEN`). Lists are paged with `limit` (at most MAX_PAGE_SIZE) and `offset`.
"""
from __future__ import annotations

import hmac
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field, model_validator

from .. import corpus
from . import queries
from .app import MAX_PAGE_SIZE, ApiError



class ErrorDetail(BaseModel):
    status: int
    code: str = Field(description="stable machine-readable code, e.g. not_found, unauthorized")
    message: str


class ErrorBody(BaseModel):
    """The one shape of every error the API returns."""
    error: ErrorDetail


def _errors(*statuses: int) -> dict:
    return {s: {"model": ErrorBody} for s in statuses}


router = APIRouter(prefix="/api", tags=["api"], responses=_errors(404, 422, 500))



# FastAPI keeps state on each Query object, so every parameter gets its own.
def Limit():  # noqa: N802 (reads like the constant it stands for)
    return Query(50, ge=1, le=MAX_PAGE_SIZE, description=f"page size (1–{MAX_PAGE_SIZE})")


def Offset():  # noqa: N802
    return Query(0, ge=0, le=10_000_000)


def ShortText():  # noqa: N802
    return Query(None, max_length=200)

MAX_TEXT_CHARS = 1_000_000


def _db(request: Request):
    return request.app.state.db


@router.get("/health", summary="liveness, store counts")
def health(request: Request) -> dict:
    db = _db(request)
    with db.reader() as store:
        counts = queries.counts(store)
    return {"status": "ok", "writable": db.writable, "counts": counts}


@router.get("/articles", summary="stored articles, newest first")
def articles(request: Request, publisher: str | None = ShortText(),
             since: str | None = ShortText(), until: str | None = ShortText(), q: str | None = ShortText(),
             limit: int = Limit(), offset: int = Offset()) -> dict:
    since, until = queries.check_date(since, "since"), queries.check_date(until, "until")
    with _db(request).reader() as store:
        total, rows = queries.list_articles(store, publisher, since, until, q, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


@router.get("/articles/{article_id}", summary="one article record (the JSON contract)")
def article(request: Request, article_id: str) -> dict:
    with _db(request).reader() as store:
        record = store.record(article_id)
    if record is None:
        raise ApiError(404, "not_found", "no article with that id")
    return record


@router.get("/events", summary="events (one per real-world event, with its mentions)")
def events(request: Request, actor: str | None = ShortText(), dyad: str | None = ShortText(),
           cameo: str | None = Query(None, pattern=r"^\d{2,4}$"),
           modality: Literal["asserted", "planned", "hedged", "negated", "hypothetical",
                             "requested"] | None = None,
           since: str | None = ShortText(), until: str | None = ShortText(),
           limit: int = Limit(), offset: int = Offset()) -> dict:
    pair = queries.parse_dyad(dyad) if dyad else None
    since, until = queries.check_date(since, "since"), queries.check_date(until, "until")
    with _db(request).reader() as store:
        rows = corpus.list_events(store, actor=actor.upper() if actor else None, dyad=pair,
                                  since=since, until=until, cameo=cameo, modality=modality,
                                  limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "items": rows}


@router.get("/events/{event_id}", summary="one merged event with its mentions (the evidence)")
def event(request: Request, event_id: str) -> dict:
    with _db(request).reader() as store:
        found = corpus.get_event(store, event_id)
    if not found:
        raise ApiError(404, "not_found", "no event with that id")
    return found


@router.get("/stories", summary="stories: one real-world event reported by several articles")
def stories(request: Request, limit: int = Limit(), offset: int = Offset()) -> dict:
    with _db(request).reader() as store:
        rows = corpus.list_stories(store, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "items": rows}


@router.get("/stories/{story_id}", summary="one story with its articles")
def story(request: Request, story_id: str) -> dict:
    with _db(request).reader() as store:
        found = corpus.get_story(store, story_id)
    if not found:
        raise ApiError(404, "not_found", "no story with that id")
    return found


@router.get("/dyads", summary="a dyad's events over time, or the busiest dyads")
def dyads(request: Request, dyad: str | None = ShortText(),
          by: Literal["day", "week", "month", "year"] = "month",
          limit: int = Query(10, ge=1, le=MAX_PAGE_SIZE)) -> dict:
    with _db(request).reader() as store:
        if not dyad:
            return {"items": corpus.busiest_dyads(store, limit=limit)}
        a, b, _ = queries.parse_dyad(dyad)
        return {"dyad": f"{a}:{b}", "by": by, "series": corpus.dyad_series(store, a, b, by=by)}


@router.get("/quotes", summary="quotes, optionally by speaker")
def quotes(request: Request, speaker: str | None = ShortText(), limit: int = Limit(),
           offset: int = Offset()) -> dict:
    with _db(request).reader() as store:
        rows = corpus.list_quotes(store, speaker=speaker, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "items": rows}


# -- writes -------------------------------------------------------------------------------------
def require_token(request: Request) -> None:
    """401 without the right token; 403 when the server was started read-only."""
    auth = request.headers.get("authorization", "")
    given = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    given = given or request.headers.get("x-newsdesk-token", "")
    challenge = {"WWW-Authenticate": "Bearer"}
    if not given:
        raise ApiError(401, "unauthorized", "this request needs a token", challenge)
    expected = request.app.state.token
    if expected is None:
        raise ApiError(403, "read_only", "this server is read-only (started without a token)")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "wrong token", challenge)


class AnalyzeRequest(BaseModel):
    text: str | None = Field(None, max_length=MAX_TEXT_CHARS, description="the article text")
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://",
                            description="or a web page to fetch and analyse")
    title: str | None = Field(None, max_length=1000)
    publisher: str | None = Field(None, max_length=300)
    published: str | None = Field(None, max_length=40)
    store: bool = Field(True, description="store the record (false: analyse only)")

    @model_validator(mode="after")
    def one_source(self):
        if bool(self.text) == bool(self.url):
            raise ValueError("give exactly one of text or url")
        return self


def _pipeline(request: Request):
    state = request.app.state
    with state.pipeline_lock:  # built once, on the first analysis (loads the spaCy model)
        if state.pipeline is None:
            from ..pipeline import Pipeline

            state.pipeline = Pipeline()
        return state.pipeline


def _analyse(request: Request, body: AnalyzeRequest) -> dict:
    from ..errors import BlockedAddressError, InputError
    from ..options import Options
    from ..runner.ingest import analyze, analyze_text

    pipeline = _pipeline(request)
    if body.text:
        meta = {k: v for k, v in (("title", body.title), ("publisher", body.publisher),
                                  ("published", body.published)) if v}
        return analyze_text(body.text, pipeline=pipeline, source="api", **meta)
    options = Options(fetch_public_only=not request.app.state.allow_private_fetch)
    item = next(iter(analyze([body.url], options=options, pipeline=pipeline)), None)
    if isinstance(item, BlockedAddressError):
        raise ApiError(403, "blocked_address", str(item))
    if item is None or isinstance(item, InputError):
        raise ApiError(422, "invalid_input", str(item or "nothing could be read at that URL"))
    return item


@router.post("/analyze", summary="analyse a posted text or URL, and store it",
             dependencies=[Depends(require_token)], status_code=201,
             responses=_errors(401, 403, 413))
def analyze_post(request: Request, body: AnalyzeRequest) -> dict:
    """The record of the posted article. With `store` (the default) it is stored, and the
    corpus tables (stories, merged events) are recomputed so it shows up in them. A URL whose
    host (or a redirect's) is a private, loopback, link-local or other non-public address is
    refused (403 blocked_address) unless the app allows private fetches."""
    record = _analyse(request, body)
    stored = False
    if body.store:
        db = _db(request)
        with db.writer() as store:
            stored = store.write_record(record)
        if stored:
            with db.writer(transaction=False) as store:
                corpus.update(store)  # opens its own transaction
    return {"id": record["id"], "stored": stored, "record": record}
