"""An analyst's path through the web UI in a real browser, checked against the store.

A small corpus with dates and outlets (the example China article, two BBC reports of the same
visit, one from the BBC's feed-style name "BBC News - Home" and one with a timestamp for a
date, and a later wire story) is ingested with `newsdesk ingest` into a real DuckDB file;
`newsdesk serve`'s app runs under uvicorn on 127.0.0.1; headless Chromium (Debian's
/usr/bin/chromium, never a downloaded one) goes overview -> an article -> its events -> a
story -> a dyad. What each page shows (counts, dates, speakers, outlets) is compared with what
newsdesk's own query functions (store.queries) answer on the same file, read before the
server starts.

NEWSDESK_SCREENSHOTS=docs writes the README's screenshots (docs/overview.png, reader.png,
story.png, dyads.png) from this walkthrough; by default they go to a temporary directory.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.browser import CHROMIUM, CHROMIUM_ARGS, LiveServer, require_chromium

ROOT = Path(__file__).resolve().parent.parent
require_chromium(globals(), "browser walkthrough")

REPORTS = [
    {"id": "bbc-1", "title": "China's defence minister to visit Moscow next week",
     "published": "2023-04-16T08:30:00+00:00", "publisher": "BBC News - Home",
     "url": "https://www.bbc.com/news/world-asia-china-1",
     "text": "China will send its defence minister, Li Shangfu, to Russia next week, the Chinese "
             "Defense Ministry said on Sunday.\n\nDefense Ministry spokesman Tan Kefei said the "
             "minister will head to Moscow for talks with Russian officials. The visit will "
             "deepen strategic communication between the two militaries, he said.\n\nChinese "
             "President Xi Jinping met Russian President Vladimir Putin in Moscow in March. "
             "According to two U.S. officials, Beijing appears to be preparing military aid for "
             "Moscow. China has denied the claim."},
    {"id": "bbc-2", "title": "Li Shangfu: China's defence minister heads to Russia",
     "published": "2023-04-17", "publisher": "BBC News",
     "url": "https://www.bbc.com/news/world-asia-china-2",
     "text": "China's defence minister Li Shangfu will travel to Moscow next week for talks with "
             "Russian officials, China's Defense Ministry said.\n\n\"The visit will deepen "
             "strategic communication between the two militaries,\" spokesman Tan Kefei said."
             "\n\nChinese President Xi Jinping met Russian President Vladimir Putin in Moscow in "
             "March. Beijing has denied that it is preparing military aid for Moscow."},
    {"id": "wire-9", "title": "Russia and China hold talks in Moscow", "published": "2023-05-20",
     "publisher": "Pacific Desk", "url": "https://example.org/pacific/russia-china-talks",
     "text": "Russian Defence Minister Sergei Shoigu met Chinese Defence Minister Li Shangfu in "
             "Moscow on Saturday, the Russian defence ministry said.\n\n\"Our cooperation is not "
             "directed against third countries,\" Shoigu said.\n\nRussia praised China for its "
             "support."},
]
DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")  # a day, or a month/year an event is known to

@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The corpus ingested by the CLI into a fresh DuckDB file; the file's path."""
    tmp = tmp_path_factory.mktemp("walkthrough")
    src = tmp / "corpus"
    src.mkdir()
    (src / "china-defence-minister.txt").write_text(
        (ROOT / "examples" / "china-defence-minister.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (src / "reports.jsonl").write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    db = tmp / "walkthrough.duckdb"
    done = subprocess.run([str(Path(sys.executable).with_name("newsdesk")), "ingest", str(src),
                           "--db", str(db), "--quiet"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "4 inputs = 4 articles + 0 errors + 0 duplicates" in done.stdout, done.stdout
    return db


@pytest.fixture(scope="module")
def held(corpus) -> dict:
    """What the store holds, through newsdesk's own queries (store.queries)."""
    from newsdesk.corpus import dyads
    from newsdesk.store import Store, queries

    with Store(corpus, read_only=True) as store:
        _, articles = queries.list_articles(store, limit=100)
        stories = queries.list_stories(store, limit=100)
        big = max(stories, key=lambda s: s["n_articles"])
        held = {
            "counts": queries.counts(store), "articles": articles, "stories": stories,
            "publishers": queries.publishers(store), "story": queries.get_story(store, big["id"]),
            "busiest": queries.busiest_dyads(store, limit=15),
            "records": {a["id"]: queries.get_article(store, a["id"]) for a in articles},
        }
        top = held["busiest"][0]
        held["dyad"] = (top["a"], top["b"])
        held["series"] = dyads.dyad_series(store, top["a"], top["b"], by="month")
        held["dyad_events"] = queries.list_events(store, dyad=held["dyad"], limit=12)
        held["events"] = queries.list_events(store, limit=100)
    return held


@pytest.fixture(scope="module")
def server(corpus, held):
    from newsdesk.web import create_app

    with LiveServer(create_app(corpus)) as live:
        yield live


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page that may reach the test server only (any other request is refused and recorded)
    and that records script errors."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.outside, pg.errors = [], []

    def route(r):
        if r.request.url.startswith(server.url):
            r.continue_()
        else:
            pg.outside.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()


def shot(pg, name: str, tmp_path: Path) -> None:
    """A full-page screenshot: into docs/ when NEWSDESK_SCREENSHOTS=docs, else tmp_path."""
    out = ROOT / "docs" if os.environ.get("NEWSDESK_SCREENSHOTS") == "docs" else tmp_path
    height = pg.evaluate("document.documentElement.scrollHeight")
    pg.set_viewport_size({"width": 1280, "height": min(max(height, 600), 2400)})
    pg.screenshot(path=str(out / name))
    pg.set_viewport_size({"width": 1280, "height": 900})
    assert (out / name).stat().st_size > 10_000


def column(pg, table, n: int) -> list[str]:
    return [t.strip() for t in pg.locator(f"{table} tbody tr td:nth-child({n})").all_inner_texts()]


# -- the walk ---------------------------------------------------------------------------------
def test_outlet_names_are_one_per_outlet(held):
    """The feed-style "BBC News - Home" and the page-style "BBC News" are one outlet."""
    assert held["publishers"] == ["BBC News", "Pacific Desk", "The Evening Courier"]
    # named outlets: the .txt article names its own only in its copyright line
    assert held["counts"]["publishers"] == 3


def test_overview_shows_the_store(page, server, held, tmp_path):
    page.goto(server.url + "/")
    counts = dict(zip(page.locator("section.counts span").all_inner_texts(),
                      page.locator("section.counts b").all_inner_texts()))
    c = held["counts"]
    assert counts == {"articles": str(c["articles"]), "outlets": str(c["publishers"]),
                      "quotes": str(c["quotes"]), "event mentions": str(c["events"])}
    # the story list: label, reports and outlets in words that agree with the store
    big = held["story"]
    item = page.locator("ul.list li", has=page.locator(f'a[href="/stories/{big["id"]}"]'))
    n_rep, n_out = big["n_articles"], big["n_publishers"]
    assert (f"{n_rep} report{'s' * (n_rep != 1)} · {n_out} outlet{'s' * (n_out != 1)}"
            in item.inner_text())
    # latest articles: newest first, each date a day
    latest = page.locator("h2:has-text('Latest articles') + ul.list li a").all_inner_texts()
    assert latest == [a["title"] for a in held["articles"]][:8]
    # busiest dyads: the pairs and their counts, in the store's order
    rows = page.locator("table.dyads tbody tr")
    assert rows.count() == min(8, len(held["busiest"]))
    for i, d in enumerate(held["busiest"][:8]):
        cells = rows.nth(i).locator("td").all_inner_texts()
        assert cells[0].replace("–", ":") == d["dyad"] and cells[1] == str(d["events"])
        assert cells[2] == str(d["mentions"])
    shot(page, "overview.png", tmp_path)
    assert not page.errors and not page.outside


def test_articles_list_dates_are_days(page, server, held):
    page.goto(server.url + "/articles")
    dates = column(page, "table.data", 1)
    assert dates == [(a["published"] or "")[:10] for a in held["articles"]]
    assert all(DAY.match(d) for d in dates), dates  # no timestamp next to a day
    assert "2023-04-16T08:30" in {a["published"][:16] for a in held["articles"]}  # there was one
    outlets = page.locator("select[name=publisher] option").all_inner_texts()
    assert outlets == ["all", *held["publishers"]]


def test_an_article_and_its_events(page, server, held, tmp_path):
    # from the overview to the BBC report that carried a timestamp
    art = next(a for a in held["articles"] if a["published"].startswith("2023-04-16T"))
    record = held["records"][art["id"]]
    page.goto(server.url + "/")
    page.locator("a[href^=\"/articles/\"]", has_text=art["title"]).first.click()
    page.wait_for_url(f"**/articles/{art['id']}")
    assert page.locator("h1.headline").inner_text() == record["meta"]["title"]
    kicker = " ".join(page.locator("p.kicker").text_content().split())  # the text, not its CSS case
    assert kicker == f"{record['meta']['publisher']} · {record['meta']['published'][:10]}" == "BBC News · 2023-04-16"
    assert page.locator("p.kicker time").get_attribute("datetime") == record["meta"]["published"]
    # who says so: as many quotes as the record, each with its speaker
    assert page.locator(".side-quote").count() == len(record["quotes"])
    assert int(page.locator("h2:has-text('Who says so') .count").inner_text()) == len(record["quotes"])
    chains = page.locator(".side-quote p.chain b").all_inner_texts()
    speakers = {(q.get("source") or {}).get("name") for q in record["quotes"]} - {None}
    assert speakers and speakers <= set(chains), (speakers, chains)
    assert "Tan Kefei" in speakers
    # who did what to whom: the record's events, with their codes
    assert page.locator(".side-event").count() == len(record["events"])
    assert (sorted(page.locator(".side-event code.code").all_inner_texts())
            == sorted(e["cameo"] for e in record["events"]))

    # the README's reader screenshot: the example article, a speaker named on hover
    china = next(a for a in held["articles"] if a["title"].startswith("China to send defence minister"))
    page.goto(f"{server.url}/articles/{china['id'][:12]}")
    wang = page.locator('#article-text span.quote[data-tip*="Wang Wenbin"]').first
    wang.hover()
    assert "Wang Wenbin" in page.locator("div.tip").inner_text()
    shot(page, "reader.png", tmp_path)

    # its events across the corpus: the merged events with a mention in this article
    page.goto(server.url + "/events")
    ours = [e for e in held["events"] if any(m["article_id"] == art["id"] for m in e["mention_list"])]
    assert ours
    rows = page.locator("table.events tbody tr")
    assert rows.count() == len(held["events"])
    shown = [r.split("\t") for r in rows.all_inner_texts()]
    for e in ours:
        i = held["events"].index(e)
        cells = shown[i]
        assert cells[0].strip() == (e["date"] or e["mention_list"][0]["published"])[:10]
        assert cells[1].strip() == e["cameo"]
        n, s = e["mentions"] or 1, e["sources"]
        assert cells[8].strip().startswith(f"{n} report{'s' * (n != 1)}")
        if s:
            assert f"{s} outlet{'s' * (s != 1)}" in cells[8]
    assert all(DAY.match(r[0].strip()) for r in shown), [r[0] for r in shown]
    assert not page.errors and not page.outside


def test_a_story_side_by_side(page, server, held, tmp_path):
    story = held["story"]
    page.goto(server.url + "/stories")
    first = page.locator("table.data tbody tr").first.locator("td").all_inner_texts()
    assert first[1].startswith(story["label"])
    assert first[2:] == [str(story["n_articles"]), str(story["n_publishers"])]
    page.locator("table.data a", has_text=story["label"]).first.click()
    page.wait_for_url(f"**/stories/{story['id']}")
    n, o = len(story["articles"]), story["n_publishers"]
    assert page.locator("p.lead").inner_text() == (
        f"{n} report{'s' * (n != 1)} by {o} outlet{'s' * (o != 1)}, side by side.")
    outlets = page.locator(".outlet h2").all_inner_texts()
    want = {a["publisher"] or "outlet not named" for a in story["articles"]}
    assert sorted(outlets) == sorted(want) and len(outlets) == o
    assert "BBC News" in outlets and "BBC News - Home" not in page.content()
    bbc = page.locator(".outlet", has=page.locator("h2", has_text="BBC News"))
    assert (bbc.locator(".report p.muted").all_inner_texts()
            == sorted(a["published"][:10] for a in story["articles"] if a["publisher"] == "BBC News"))
    assert page.locator("table.events tbody tr").count() == len(story["events"])
    shot(page, "story.png", tmp_path)
    assert not page.errors and not page.outside


def test_a_dyad_month_by_month(page, server, held, tmp_path):
    a, b = held["dyad"]
    page.goto(server.url + "/")
    page.locator("table.dyads a").first.click()
    page.wait_for_url("**/dyads?dyad=*")
    assert page.locator("h1.page-title").inner_text() == f"Dyads: {a}–{b}"
    series = held["series"]
    # one pair of bars per month of the series, named on the axis, with the store's counts
    tips = page.locator("svg.chart rect.coop title").all_text_contents()
    assert [t.split(":")[0] for t in tips] == [r["period"] for r in series]
    for tip, row in zip(tips, series):
        assert tip == f"{row['period']}: {int(row['cooperation'])} cooperation events"
    conf = page.locator("svg.chart rect.conf title").all_text_contents()
    assert conf == [f"{r['period']}: {int(r['conflict'])} conflict events" for r in series]
    labels = page.locator("svg.chart text.tick[text-anchor=middle]").all_text_contents()
    assert labels == [r["period"] for r in series]  # few months: every one is named
    # the chart explains itself: what the colours, the line and the marks are
    legend = page.locator("figcaption.legend").inner_text()
    for words in ("cooperation", "conflict", "mean Goldstein", "unusual period"):
        assert words in legend
    # the recent events between them, as the store lists them, each row dated to a day/month
    rows = page.locator("table.events tbody tr")
    assert rows.count() == len(held["dyad_events"])
    for row, e in zip(rows.all_inner_texts(), held["dyad_events"]):
        cells = row.split("\t")
        assert cells[0].strip() == (e["date"] or e["mention_list"][0]["published"])[:10]
        assert {cells[3].strip(), cells[4].strip()} == {e["source_code"] or "—", e["target_code"] or "—"}
        n = e["mentions"] or 1
        assert cells[8].strip().startswith(f"{n} report{'s' * (n != 1)}")
    shot(page, "dyads.png", tmp_path)
    assert not page.errors and not page.outside


# -- the chart at any length, as Chromium lays it out ----------------------------------------
def _series(n: int, by: str) -> list[dict]:
    from datetime import date, timedelta

    rows = []
    for i in range(n):
        if by == "month":
            period = f"{2010 + i // 12}-{i % 12 + 1:02d}"
        elif by == "week":
            period = f"{2010 + i // 52}-W{i % 52 + 1:02d}"
        else:
            period = (date(2020, 1, 1) + timedelta(days=i)).isoformat()
        rows.append({"period": period, "cooperation": i % 5, "conflict": (i * 3) % 7,
                     "goldstein": (i % 9) - 4.0, "flag": "spike" if i % 11 == 3 else None,
                     "z_events": 3.1})
    return rows


@pytest.mark.parametrize("by", ["month", "week", "day"])
def test_chart_labels_never_overlap_and_bars_stay_narrow(browser, by):
    from newsdesk.web.chart import dyad_svg

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    try:
        for n in (1, 2, 7, 13, 23, 40, 100, 250):
            pg.set_content(f"<!doctype html><body style='margin:0'>{dyad_svg(_series(n, by))}</body>")
            boxes = pg.eval_on_selector_all(
                "svg.chart text.tick[text-anchor=middle]",
                "els => els.map(e => { const b = e.getBBox(); return [b.x, b.x + b.width]; })")
            assert boxes, (by, n)
            for (_, right), (left, _) in zip(boxes, boxes[1:]):
                assert left - right >= 4, f"{n} {by}s: period labels touch ({right:.0f} > {left:.0f})"
            width = pg.eval_on_selector("svg.chart", "e => e.getBBox().width")
            bars = pg.eval_on_selector_all("svg.chart rect.coop", "els => els.map(e => e.getBBox().width)")
            assert len(bars) == n and max(bars) <= 0.05 * width, (by, n, max(bars))
            flags = pg.eval_on_selector_all(
                "svg.chart path.flag", "els => els.map(e => { const b = e.getBBox(); return [b.x, b.x + b.width]; })")
            assert len(flags) == sum(1 for r in _series(n, by) if r["flag"])
    finally:
        context.close()


def test_api_docs_render_offline(page, server):
    """/docs draws its operations with every request answered by the app itself."""
    page.goto(server.url + "/docs")
    page.wait_for_selector(".opblock", timeout=15_000)
    assert page.locator(".opblock").count() >= 5
    assert page.locator(".info .title").first.inner_text().startswith("newsdesk")
    assert not page.outside, page.outside


def test_short_ids_resolve(page, server, held):
    art = held["articles"][0]
    page.goto(f"{server.url}/articles/{art['id'][:12]}")
    assert page.locator("h1.headline").inner_text() == art["title"]
    got = page.request.get(f"{server.url}/api/articles/{art['id'][:12]}")
    assert got.status == 200 and got.json()["id"] == art["id"]
