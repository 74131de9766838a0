"""The pages' wording: counts in the singular and plural, the stories page's promise matching
what it lists, one outlet count for a story on the list and on its page, the events table's
report counts labelled, and dates in a column all of one form (days)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from helpers.web import event, fill_store, make_record, other_records, second_report

from newsdesk.web import create_app
from newsdesk.web.pages import story_columns


def undated_wire() -> dict:
    """An article published at a time of day, whose event has no date of its own."""
    text = "Report 9: Russia and China held talks in Beijing on trade."
    ev = event("e9", text, "held talks", "040", "Consult", 1, 1.0, "RUSGOV", "CHNGOV")
    return make_record(text, title="Talks 9", publisher="Outlet 9",
                       published="2023-03-02T08:15:00+00:00", url="https://example.org/9",
                       quotes=[], events=[ev])


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "pages.duckdb"
    fill_store(path, [make_record(), second_report(), *other_records(), undated_wire()])
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_counts_agree_in_number(client):
    for path in ("/", "/stories", "/events", "/dyads?dyad=CHN:RUS"):
        words = text_of(client.get(path).text)
        assert not re.search(r"\b1 (reports|outlets|quotes|events)\b", words), (path, words)
    overview = text_of(client.get("/").text)
    assert "1 report · 1 outlet" in overview and "2 reports · 2 outlets" in overview


def test_stories_page_says_what_it_lists(client):
    html = client.get("/stories").text
    counts = [int(n) for n in re.findall(r'<td class="num">(\d+)</td><td class="num">', html)]
    assert counts == sorted(counts, reverse=True) and counts[-1] == 1  # singles are listed too
    assert "reported by several outlets" not in html  # so the page does not promise only those
    assert "most reports come first" in text_of(html)


def test_a_storys_outlets_are_counted_alike_on_the_list_and_its_page(client):
    rows = re.findall(r'href="/stories/([^"]+)">.*?<td class="num">(\d+)</td><td class="num">(\d+)</td>',
                      client.get("/stories").text, re.S)
    assert rows
    for story_id, reports, outlets in rows:
        lead = text_of(client.get(f"/stories/{story_id}").text)
        report_word = "report" if reports == "1" else "reports"
        outlet_word = "outlet" if outlets == "1" else "outlets"
        assert f"{reports} {report_word} by {outlets} {outlet_word}" in lead, (story_id, lead)


def test_unnamed_outlets_are_one_column_each_as_the_count_has_them():
    story = {"n_publishers": 3, "articles": [
        {"id": "a1", "publisher": None, "published": "2023-01-02"},
        {"id": "a2", "publisher": None, "published": "2023-01-01"},
        {"id": "a3", "publisher": "Wire", "published": "2023-01-03"}]}
    columns = story_columns(story)
    assert len(columns) == story["n_publishers"]
    assert [c["outlet"] for c in columns] == ["Wire", "outlet not named", "outlet not named"]


def test_event_rows_label_their_report_counts_and_dates_are_days(client):
    html = client.get("/events").text
    assert "Reported by" in html and not re.search(r"/\s*\d+\s*</span>", html)
    assert re.search(r"\b\d+ reports?\b", text_of(html)) and re.search(r"\b\d+ outlets?\b", text_of(html))
    dates = re.findall(r'<td class="nowrap"[^>]*>([^<]*)</td>', html)
    assert dates and all(re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d) for d in dates), dates
    assert "2023-03-02" in dates  # the undated event shows its report's day, not a timestamp
    story = client.get("/stories").text
    assert "T08:15" not in story and "T08:15" not in client.get("/articles").text
