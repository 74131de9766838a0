"""The reader in a real browser: headless Chromium (Debian's /usr/bin/chromium, never a
downloaded one) driven by Playwright against a real uvicorn server on 127.0.0.1."""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers.browser import CHROMIUM, CHROMIUM_ARGS, LiveServer, require_chromium
from helpers.web import EVIL_TITLE, evil_record, fill_store, make_record, other_records, second_report

require_chromium(globals(), "browser tests")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from newsdesk.web import create_app

    path = tmp_path_factory.mktemp("browser") / "browser.duckdb"
    fill_store(path, [make_record(), second_report(), *other_records(), evil_record()])
    with LiveServer(create_app(path)) as live:
        yield live


@pytest.fixture(scope="module")
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = context.new_page()
        yield pg
        context.close()
        browser.close()


def test_reader_shows_the_highlights(server, page, tmp_path):
    rec = make_record()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{server.url}/articles/{rec['id']}")
    assert page.locator("h1.headline").inner_text() == rec["meta"]["title"]

    quotes = page.locator("#article-text span.quote")
    assert quotes.count() >= 3
    # the details of each mark (the server's title attribute) now live in data-tip
    wang = page.locator("#article-text span.quote", has_text="never supplied")
    assert "Wang Wenbin" in wang.first.get_attribute("data-tip")
    tan = page.locator("#article-text span.quote", has_text="head to Moscow")
    assert "Source chain: Daily Ledger › Tan Kefei" in tan.first.get_attribute("data-tip")

    event = page.locator("#article-text span.event").first
    assert "042" in event.get_attribute("data-tip")
    assert page.locator("#article-text sup.badge").first.inner_text() == "042"
    style = event.evaluate("el => getComputedStyle(el).textDecorationLine")
    assert "underline" in style

    opinion = page.locator("#article-text span.opinion")
    assert "massive foreign policy failure" in "".join(opinion.all_inner_texts())
    bg = opinion.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")

    # hovering a quote names its speaker in the tooltip and lights up its side-list entry
    tip = page.locator("div.tip")
    assert tip.is_hidden()
    wang.first.hover()
    assert tip.is_visible() and "Wang Wenbin" in tip.inner_text()
    assert page.locator(".side-quote.lit").count() == 1
    assert "Wang Wenbin" in page.locator(".side-quote.lit").inner_text()
    page.locator("h1.headline").hover()
    assert tip.is_hidden()

    shot = tmp_path / "reader.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert not errors, errors


def test_hostile_article_runs_no_script(server, page):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server.url}/articles/{evil_record()['id']}")
    page.locator("#article-text span.quote").first.hover()
    assert "<script>alert(6)</script>" in page.locator("div.tip").inner_text()  # as text
    page.locator("#article-text span.event").first.hover()
    page.wait_for_timeout(200)
    assert dialogs == []
    assert page.locator("h1.headline").inner_text() == EVIL_TITLE  # shown as text
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert "<script>alert('text')</script>" in page.locator("#article-text").inner_text()


def test_dyad_chart_draws(server, page):
    page.goto(f"{server.url}/dyads?dyad=CHN:RUS")
    assert page.locator("svg.chart rect.coop").count() >= 3
    assert page.locator("svg.chart rect.conf").count() >= 3
    box = page.locator("svg.chart").bounding_box()
    assert box["width"] > 400 and box["height"] > 150


def test_story_reports_side_by_side(server, page):
    page.goto(f"{server.url}/stories")
    page.locator("table.data a", has_text="defence").first.click()
    outlets = page.locator(".outlet h2").all_inner_texts()
    assert sorted(outlets) == ["Other Paper", "The Evening Courier"]
    boxes = [page.locator(".outlet").nth(i).bounding_box() for i in range(2)]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] != boxes[1]["x"]


def docs_screenshots(db: str, out_dir: str = "docs", dyad: str | None = None) -> None:
    """The README's screenshots from a store (e.g. `make run`'s):
    python tests/test_browser.py newsdesk.duckdb [DYAD]  ->  docs/reader.png, docs/dyads.png"""
    from playwright.sync_api import sync_playwright

    from newsdesk.store import Store
    from newsdesk.web import create_app

    with Store(db, read_only=True) as store:
        rows = store.query("SELECT id FROM articles WHERE title LIKE ? ORDER BY published",
                           ["China to send defence minister%"])
    shots = {"reader.png": f"/articles/{rows[0]['id']}" if rows else "/articles",
             "dyads.png": "/dyads" + (f"?dyad={dyad}" if dyad else "")}
    with LiveServer(create_app(db)) as live, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, path in shots.items():
            pg.set_viewport_size({"width": 1280, "height": 900})
            pg.goto(live.url + path)
            height = pg.evaluate("document.documentElement.scrollHeight")
            pg.set_viewport_size({"width": 1280, "height": height})  # the whole page, no resize
            quote = pg.locator('#article-text span.quote[data-tip*="Wang Wenbin"]')
            if quote.count():  # show a tooltip: the speaker named on hover
                quote.first.hover()
            pg.screenshot(path=str(Path(out_dir) / name))
        browser.close()


if __name__ == "__main__":
    import sys

    docs_screenshots(sys.argv[1], dyad=sys.argv[2] if len(sys.argv) > 2 else None)
