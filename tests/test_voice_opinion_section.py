"""A piece filed under an opinion section: where the section comes from (a label line, the
page's article:section or JSON-LD articleSection, the URL's path), and the writer's sentences
scored under that genre's SUBJ prior (issue 16, field case 19). Texts and pages written for
this test."""
from __future__ import annotations

import json

import pytest

from newsdesk.api import analyze_text
from newsdesk.ingest.html import document_from_html
from newsdesk.ingest.html_meta import section_in_url
from newsdesk.ingest.text import clean_text
from newsdesk.model import Meta
from newsdesk.stages.voice.scoring import OPINION_PRIOR_FILE, opinion_prior

BODY = ("<article><h1>Night buses return</h1>"
        "<p>The regional transport board restored four night bus lines on Monday after a "
        "two-year pause, the board said in a notice posted at the main depot.</p>"
        "<p>Drivers were hired over the winter and the first buses left the depot shortly "
        "after midnight with a few dozen passengers, according to a union representative.</p>"
        "</article>")


def _page(head: str = "") -> str:
    return f"<html><head>{head}</head><body>{BODY}</body></html>"


@pytest.mark.parametrize("head, section", [
    ('<meta property="article:section" content="Opinion">', "Opinion"),
    ('<meta property="article:section" content="Local News">', "Local News"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Night buses",'
     ' "articleSection": ["Commentary", "Transport"]}</script>', "Commentary"),
])
def test_the_page_declares_its_section(head, section):
    doc = document_from_html(_page(head), "page.html")
    assert doc.meta.extra["section"] == section


@pytest.mark.parametrize("url, section", [
    ("https://www.example-times.com/opinion/2024/05/02/night-buses.html", "Opinion"),
    ("https://news.example.org/commentary/night-buses-return", "Opinion"),
    ("https://example.net/columns/jane-roe/the-night-bus", "Opinion"),
    ("https://www.example-times.com/world/2024/05/02/night-buses.html", None),
    ("https://opinion-daily.example.com/2024/night-buses", None),  # the host, not the path
    (None, None),
])
def test_an_opinion_path_in_the_url_is_the_section(url, section):
    assert section_in_url(url) == section
    doc = document_from_html(_page(), "page.html", meta=Meta(source="page.html", url=url))
    assert doc.meta.extra.get("section") == section


def test_a_declared_section_wins_over_the_url():
    doc = document_from_html(_page('<meta property="article:section" content="Transport">'),
                             "page.html", meta=Meta(source="page.html",
                                                    url="https://example.com/opinion/x"))
    assert doc.meta.extra["section"] == "Transport"


def test_bayes_rule_for_a_new_prior():
    p = [0.0, 0.1, 0.25, 0.5, 0.9, 1.0]
    assert opinion_prior(p, 1.0) == pytest.approx(p)  # the same prior: nothing moves
    assert opinion_prior(0.25, 3.0) == pytest.approx(0.5)  # odds 1/3 x 3 = 1
    shifted = opinion_prior(p, 2.5)
    assert list(shifted) == sorted(shifted) and shifted[0] == 0.0 and shifted[-1] == 1.0
    assert all(b >= a for a, b in zip(p, shifted))


EDITORIAL = ("Riders have waited ten years for a new bus network, and the stops are still "
             "as empty as the council's speeches.\n\n"
             "\"The new routes will open in March,\" the transport director said on Monday.\n\n"
             "It is long past time this city had a transport plan worth the paper.")


def _scores(text: str) -> tuple[dict[str, float], dict]:
    record = analyze_text(text)
    return {record["text"][s["start"]:s["end"]][:12]: s["subjectivity"]["score"]
            for s in record["sentences"]}, record


@pytest.mark.skipif(not OPINION_PRIOR_FILE.exists(), reason="opinion prior not built")
def test_the_writers_sentences_in_an_opinion_piece_take_the_genres_prior():
    odds = json.loads(OPINION_PRIOR_FILE.read_text())["odds_ratio"]
    assert odds > 1.0  # the measured genre shift makes SUBJ likelier, not rarer
    plain, _ = _scores(EDITORIAL)
    filed, record = _scores("Opinion\n\n" + EDITORIAL)
    assert record["meta"]["section"] == "Opinion"
    for start in ("Riders have ", "It is long p"):
        assert filed[start] == pytest.approx(float(opinion_prior(plain[start], odds)), abs=1e-3)
        assert filed[start] > plain[start]
    # a quoted sentence is its speaker's: the genre of the piece does not move it
    assert filed["\"The new rou"] == pytest.approx(plain["\"The new rou"], abs=1e-4)


def test_a_news_section_moves_nothing():
    plain, _ = _scores(EDITORIAL)
    filed, record = _scores("World\n\n" + EDITORIAL)
    assert record["meta"]["section"] == "World"
    assert filed == pytest.approx(plain, abs=1e-4)


def test_a_stored_storys_url_files_it_too():
    doc = clean_text(EDITORIAL, Meta(url="https://example.com/opinion/2024/buses"))
    assert doc.meta.extra["section"] == "Opinion"
    assert "section" not in clean_text(EDITORIAL, Meta(url="https://example.com/local/buses")).meta.extra
