"""The reader's beliefs and the Quotes page in a real browser (headless Debian Chromium driven
by Playwright, a real uvicorn server on 127.0.0.1): a belief is drawn unlike a quote, listed
in its own labelled section, and hovering it lights its entry there; the Quotes page shows
the named source chain. The records are tests/helpers/envoy.py's."""
from __future__ import annotations

import pytest
from helpers.browser import CHROMIUM, CHROMIUM_ARGS, LiveServer, require_chromium
from helpers.envoy import other_record, trade_record
from helpers.web import fill_store

require_chromium(globals(), "browser tests of beliefs and the Quotes page")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from newsdesk.web import create_app

    path = tmp_path_factory.mktemp("browser22") / "b.duckdb"
    fill_store(path, [trade_record(), other_record()])
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


def test_a_belief_is_shown_apart_and_labelled(server, page):
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{server.url}/articles/{trade_record()['id']}")
    section = page.locator("section.beliefs")
    assert section.locator("h2").inner_text().startswith("Beliefs and stances")
    entry = section.locator(".side-belief")
    assert entry.count() == 1 and "Peru" in entry.inner_text() and "has accused" in entry.inner_text()
    assert "fishing boats" not in page.locator(".side-quote").all_inner_texts().__str__()

    mark = page.locator("#article-text span.belief").first
    assert mark.evaluate("el => getComputedStyle(el).borderBottomStyle") == "dashed"
    quote = page.locator("#article-text span.quote").first
    assert mark.evaluate("el => getComputedStyle(el).backgroundColor") != quote.evaluate(
        "el => getComputedStyle(el).backgroundColor")  # not drawn as a quote
    assert "Belief (stance)" in mark.get_attribute("data-tip")
    mark.hover()
    assert "lit" in entry.get_attribute("class")
    assert not errors


def test_the_quotes_page_shows_the_named_chain(server, page):
    page.goto(f"{server.url}/quotes")
    chains = page.locator("ul.quotes span.chain").all_inner_texts()
    assert chains == ["source chain: the Fjord Gazette › Ola Brekke"]
    hearers = sorted(page.locator("ul.quotes span.hearer").all_inner_texts())
    assert hearers == ["reported by the Fjord Gazette", "told Radio Andes"]
