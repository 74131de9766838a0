"""Server-rendered pages: overview, articles, the reader, events, stories, dyads, quotes.

Templates autoescape everything; the reader's highlight markup is built in reader.py from
offsets with each piece escaped. Links to article URLs are emitted only for http(s) URLs
(common.safe_url). An article is found by its id or a prefix of it (8+ characters), so the
12-character ids the pages and the CLI show resolve.
"""
from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..corpus.dyads import dyad_report
from ..store import queries
from ..vocab import MODALITIES, MODALITY_COLOURS, Period
from .chart import dyad_svg
from .common import ApiError, db_of, render_page
from .reader import build_reading

router = APIRouter(include_in_schema=False)
PAGE = 50


def _pager(request: Request, offset: int, count: int, total: int | None = None) -> dict:
    """Links to the previous and next page, keeping the other query parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "offset" and v}

    def link(off: int) -> str:
        return "?" + urlencode({**params, "offset": off})

    has_next = count == PAGE if total is None else offset + count < total
    return {"prev": link(max(0, offset - PAGE)) if offset > 0 else None,
            "next": link(offset + PAGE) if has_next else None,
            "first": offset + 1 if count else 0, "last": offset + count, "total": total}


@router.get("/favicon.ico")
def favicon():
    return RedirectResponse("/static/favicon.svg", status_code=301)


def modality_css() -> str:
    """The modality labels' classes (.m-planned, ...), written from the vocabulary."""
    return "".join(f".m-{m} {{ background: {colour}; }}\n" for m, colour in MODALITY_COLOURS.items())


@router.get("/static/modalities.css")
def modality_stylesheet():
    return Response(modality_css(), media_type="text/css")


@router.get("/", response_class=HTMLResponse)
def overview(request: Request):
    with db_of(request).reader() as store:
        counts = queries.counts(store)
        _, latest = queries.list_articles(store, limit=8)
        stories = queries.list_stories(store, limit=8, offset=0)
        dyads = queries.busiest_dyads(store, limit=8)
    return render_page(request, "overview.html", counts=counts, latest=latest, stories=stories,
                       dyads=dyads)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, q: str | None = Query(None, max_length=200),
             publisher: str | None = Query(None, max_length=200),
             offset: int = Query(0, ge=0)):
    with db_of(request).reader() as store:
        total, rows = queries.list_articles(store, publisher or None, q=q or None, limit=PAGE,
                                            offset=offset)
        pubs = queries.publishers(store)
    return render_page(request, "articles.html", rows=rows, q=q or "", publisher=publisher or "",
                       publishers=pubs, paging=_pager(request, offset, len(rows), total))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def reader(request: Request, article_id: str):
    with db_of(request).reader() as store:
        record = queries.get_article(store, article_id)
    if record is None:
        raise ApiError(404, "not_found", "No article with that id.")
    return render_page(request, "reader.html", record=record, meta=record.get("meta") or {},
                       reading=build_reading(record))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, actor: str | None = Query(None, max_length=40),
           dyad: str | None = Query(None, max_length=40),
           cameo: str | None = Query(None, max_length=4),
           modality: str | None = Query(None, max_length=20),
           since: str | None = Query(None, max_length=30),
           until: str | None = Query(None, max_length=30), offset: int = Query(0, ge=0)):
    if cameo and not cameo.isdigit():
        raise ApiError(422, "invalid_input", "cameo must be a CAMEO code (digits), e.g. 04")
    if modality and modality not in MODALITIES:
        raise ApiError(422, "invalid_input", "unknown modality")
    pair = queries.parse_dyad(dyad) if dyad else None
    since, until = queries.check_date(since, "since"), queries.check_date(until, "until")
    with db_of(request).reader() as store:
        rows = queries.list_events(store, actor=actor.upper() if actor else None, dyad=pair,
                                   since=since, until=until, cameo=cameo or None,
                                   modality=modality or None, limit=PAGE, offset=offset)
    filters = {"actor": actor or "", "dyad": dyad or "", "cameo": cameo or "",
               "modality": modality or "", "since": since or "", "until": until or ""}
    return render_page(request, "events.html", rows=rows, filters=filters, modalities=MODALITIES,
                       paging=_pager(request, offset, len(rows)))


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, offset: int = Query(0, ge=0)):
    with db_of(request).reader() as store:
        rows = queries.list_stories(store, limit=PAGE, offset=offset)
    return render_page(request, "stories.html", rows=rows, paging=_pager(request, offset, len(rows)))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str):
    with db_of(request).reader() as store:
        found = queries.get_story(store, story_id)
        if not found:
            raise ApiError(404, "not_found", "No story with that id.")
        leads = queries.leads(store, [a["id"] for a in found.get("articles") or []])
    for art in found.get("articles") or []:
        art["lead"] = leads.get(art["id"])
    return render_page(request, "story.html", story=found, columns=story_columns(found))


def story_columns(story: dict) -> list[dict]:
    """One column per outlet: its articles in this story, in date order. An article whose
    outlet is not named is a column of its own, as the story's outlet count (n_publishers)
    counts it, so the page and the list give the same number of outlets."""
    by_outlet: dict[str, dict] = {}
    for art in story.get("articles") or []:
        key = art.get("publisher") or f"article:{art['id']}"
        column = by_outlet.setdefault(key, {"outlet": art.get("publisher") or "outlet not named",
                                            "articles": []})
        column["articles"].append(art)
    columns = sorted(by_outlet.values(), key=lambda c: (c["outlet"] == "outlet not named",
                                                        c["outlet"]))
    for column in columns:
        column["articles"].sort(key=lambda a: a.get("published") or "")
    return columns


@router.get("/dyads", response_class=HTMLResponse)
def dyads_page(request: Request, dyad: str | None = Query(None, max_length=40), by: Period = "month"):
    with db_of(request).reader() as store:
        busiest = queries.busiest_dyads(store, limit=15)
        if not dyad and busiest:
            dyad = f"{busiest[0]['a']}:{busiest[0]['b']}"
        pair = queries.parse_dyad(dyad) if dyad else None
        # The report, not the series alone: the page says what the series leaves out.
        report = dyad_report(store, pair[0], pair[1], by=by) if pair else None
        series = report["series"] if report else []
        recent = queries.list_events(store, dyad=pair, limit=12) if pair else []
    title = f"{pair[0]}–{pair[1]} cooperation and conflict by {by}" if pair else ""
    return render_page(request, "dyads.html", dyad=dyad or "", by=by, busiest=busiest, pair=pair,
                       series=series, chart=dyad_svg(series, title), title=title, recent=recent,
                       report=report)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, speaker: str | None = Query(None, max_length=200),
           offset: int = Query(0, ge=0)):
    with db_of(request).reader() as store:
        rows = queries.list_quotes(store, speaker=speaker or None, limit=PAGE, offset=offset)
    return render_page(request, "quotes.html", rows=rows, speaker=speaker or "",
                       paging=_pager(request, offset, len(rows)))
