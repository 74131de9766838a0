"""The REST API under /api/ (documented by OpenAPI at /openapi.json, browsable at /docs).

Reads are open; POST /api/analyze needs the server's token (`Authorization: Bearer TOKEN` or
`X-Newsdesk-Token: TOKEN`). Lists are paged with `limit` (at most MAX_PAGE_SIZE) and `offset`.
An article is found by its id or by a prefix of it (at least 8 characters: the pages and the
CLI show 12), an event or a story by its id or a prefix of 10+ characters (`newsdesk events`
shows 10); a prefix several ids share is answered 400 ambiguous_id.

A posted article that is stored goes through the same single writer as `newsdesk ingest`
(api.ingest_into: the inputs ledger, duplicates by text or URL, error rows), so the store's
accounting (inputs = articles + errors + duplicates) holds for the web's articles too.
"""
from __future__ import annotations

import hmac
from itertools import islice
from uuid import uuid4

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field, model_validator

from ..api import Accounted, analyze, analyze_text, ingest_into
from ..errors import BlockedAddressError, InputError
from ..ingest import clean_text, read_sources
from ..ingest.outlets import outlet_name
from ..model import Document, Meta
from ..options import Options
from ..pipeline import Pipeline
from ..corpus.dyads import dyad_report
from ..store import queries
from ..vocab import Modality, Period
from .common import MAX_PAGE_SIZE, ApiError, db_of

TOKEN_HEADERS = "`Authorization: Bearer TOKEN` or `X-Newsdesk-Token: TOKEN`"


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


@router.get("/health", summary="liveness, store counts")
def health(request: Request) -> dict:
    db = db_of(request)
    with db.reader() as store:
        counts = queries.counts(store)
    return {"status": "ok", "writable": db.writable, "counts": counts}


@router.get("/articles", summary="stored articles, newest first")
def articles(request: Request, publisher: str | None = ShortText(),
             since: str | None = ShortText(), until: str | None = ShortText(), q: str | None = ShortText(),
             limit: int = Limit(), offset: int = Offset()) -> dict:
    since, until = queries.check_date(since, "since"), queries.check_date(until, "until")
    with db_of(request).reader() as store:
        total, rows = queries.list_articles(store, publisher, since, until, q, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


@router.get("/articles/{article_id}",
            summary="one article record (the JSON contract), by id or id prefix (8+ characters)",
            responses=_errors(400))
def article(request: Request, article_id: str) -> dict:
    with db_of(request).reader() as store:
        record = queries.get_article(store, article_id)
    if record is None:
        raise ApiError(404, "not_found", f"no article with the id or id prefix {article_id!r} "
                                         "(a prefix needs 8+ characters)")
    return record


@router.get("/events", summary="events (one per real-world event, with its mentions)")
def events(request: Request, actor: str | None = ShortText(), dyad: str | None = ShortText(),
           cameo: str | None = Query(None, pattern=r"^\d{2,4}$"), modality: Modality | None = None,
           since: str | None = ShortText(), until: str | None = ShortText(),
           min_confidence: float | None = Query(None, ge=0.0, le=1.0),
           limit: int = Limit(), offset: int = Offset()) -> dict:
    pair = queries.parse_dyad(dyad) if dyad else None
    since, until = queries.check_date(since, "since"), queries.check_date(until, "until")
    with db_of(request).reader() as store:
        rows = queries.list_events(store, actor=actor.upper() if actor else None, dyad=pair,
                                   since=since, until=until, cameo=cameo, modality=modality,
                                   limit=limit, offset=offset, min_confidence=min_confidence)
    return {"limit": limit, "offset": offset, "items": rows}


@router.get("/events/{event_id}", summary="one merged event with its mentions (the evidence), "
                                          "by id or id prefix (10+ characters)",
            responses=_errors(400))
def event(request: Request, event_id: str) -> dict:
    with db_of(request).reader() as store:
        found = queries.get_event(store, event_id)
    if not found:
        raise ApiError(404, "not_found", f"no event with the id or id prefix {event_id!r} "
                                         "(a prefix needs 10+ characters, e.g. ev973b017e)")
    return found


@router.get("/stories", summary="stories: articles about one happening, most reports first")
def stories(request: Request, limit: int = Limit(), offset: int = Offset()) -> dict:
    with db_of(request).reader() as store:
        rows = queries.list_stories(store, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "items": rows}


@router.get("/stories/{story_id}", summary="one story with its articles, by id or id prefix "
                                           "(10+ characters)", responses=_errors(400))
def story(request: Request, story_id: str) -> dict:
    with db_of(request).reader() as store:
        found = queries.get_story(store, story_id)
    if not found:
        raise ApiError(404, "not_found", f"no story with the id or id prefix {story_id!r}")
    return found


@router.get("/dyads", summary="a dyad's events over time, or the busiest dyads")
def dyads(request: Request, dyad: str | None = ShortText(), by: Period = "month",
          limit: int = Query(10, ge=1, le=MAX_PAGE_SIZE)) -> dict:
    with db_of(request).reader() as store:
        if not dyad:
            return {"items": queries.busiest_dyads(store, limit=limit)}
        a, b, _ = queries.parse_dyad(dyad)
        # series, counted and left_out (corpus.dyads.dyad_report: what the series leaves out).
        return {"dyad": f"{a}:{b}", "by": by, **dyad_report(store, a, b, by=by)}


@router.get("/quotes", summary="quotes, optionally by speaker")
def quotes(request: Request, speaker: str | None = ShortText(), limit: int = Limit(),
           offset: int = Offset()) -> dict:
    with db_of(request).reader() as store:
        rows = queries.list_quotes(store, speaker=speaker, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "items": rows}


# -- writes -------------------------------------------------------------------------------------
def require_token(request: Request) -> None:
    """401 without the right token (the message says how to send it); 403 when the server
    was started read-only."""
    auth = request.headers.get("authorization", "")
    given = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    given = given or request.headers.get("x-newsdesk-token", "")
    challenge = {"WWW-Authenticate": "Bearer"}
    if not given:
        raise ApiError(401, "unauthorized", f"this request needs the server's token: send "
                                            f"{TOKEN_HEADERS}", challenge)
    expected = request.app.state.token
    if expected is None:
        raise ApiError(403, "read_only", "this server is read-only (started without a token)")
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "unauthorized", f"wrong token (sent as {TOKEN_HEADERS})", challenge)


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

    def meta(self) -> dict:
        return {k: v for k, v in (("title", self.title), ("publisher", outlet_name(self.publisher)),
                                  ("published", self.published)) if v}


def pipeline_of(request: Request) -> Pipeline:
    """The app's one Pipeline, built on the first analysis (it loads the spaCy model). Its
    options fetch public addresses only unless the app allows private ones, and show no
    progress bar."""
    state = request.app.state
    with state.pipeline_lock:
        if state.pipeline is None:
            state.pipeline = Pipeline(options=Options(
                quiet=True, fetch_public_only=not state.allow_private_fetch))
        return state.pipeline


def _refused(item: InputError | None) -> ApiError:
    if isinstance(item, BlockedAddressError):
        return ApiError(403, "blocked_address", str(item))
    return ApiError(422, "invalid_input", str(item or "nothing could be read at that URL"))


def _posted_document(body: AnalyzeRequest, pipeline: Pipeline) -> Document:
    """The posted text, or the first document read from the posted URL; ApiError when the
    URL gives none (refused requests are answered, not stored)."""
    if body.text:
        return clean_text(body.text, Meta(source="api", **body.meta()))
    item = next(islice(read_sources([body.url], pipeline.options), 1), None)
    if not isinstance(item, Document):
        raise _refused(item)
    return item


def _analyze_only(body: AnalyzeRequest, pipeline: Pipeline) -> dict:
    if body.text:
        return analyze_text(body.text, pipeline=pipeline, source="api", **body.meta())
    item = next(iter(analyze([body.url], pipeline=pipeline)), None)
    if not isinstance(item, dict):
        raise _refused(item)
    return item


def _store_posted(request: Request, body: AnalyzeRequest, pipeline: Pipeline) -> tuple[Accounted, dict]:
    """Analyse and store through the ingest writer; (what became of it, the stored record)."""
    document = _posted_document(body, pipeline)
    # Each POST is a job of its own, so the same text posted again is written as a duplicate
    # of the stored article (as a second `ingest` of it would be), never skipped as resumed.
    key = f"api:{uuid4().hex}#0"
    heard: list[Accounted] = []
    with db_of(request).writer(transaction=False) as store:  # the ledger writer commits itself
        ingest_into(store, [(key, document)], pipeline, on_input=heard.append)
        (outcome,) = heard
        record = store.record(outcome.article_id) if outcome.article_id else None
    if record is None:  # the analysis failed: an error row was written
        raise ApiError(500, "analysis_failed", "the article could not be analysed (recorded "
                                               "in the store's errors)")
    return outcome, record


@router.post("/analyze", summary="analyse a posted text or URL, and store it",
             dependencies=[Depends(require_token)], status_code=201,
             responses=_errors(401, 403, 413))
def analyze_post(request: Request, body: AnalyzeRequest) -> dict:
    """The record of the posted article. With `store` (the default) it is stored the way
    `newsdesk ingest` stores an input (the inputs ledger; a text or URL already stored is a
    duplicate: `stored` false, the stored record returned), and the corpus tables (stories,
    merged events) are brought up to date so it shows up in them. A URL whose host (or a
    redirect's) is a private, loopback, link-local or other non-public address is refused
    (403 blocked_address) unless the app allows private fetches."""
    pipeline = pipeline_of(request)
    with request.app.state.analysis_lock:  # one Pipeline per app: analyses take turns
        if not body.store:
            record = _analyze_only(body, pipeline)
            return {"id": record["id"], "stored": False, "record": record}
        outcome, record = _store_posted(request, body, pipeline)
    return {"id": record["id"], "stored": outcome.outcome == "article", "record": record}
