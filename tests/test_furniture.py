"""Boilerplate lines of news sites (newsdesk/furniture.py): caption labels with their captions,
media notices left where a player was, related-link lines and the links listed under them are
dropped from the body, from a pasted or corpus text and from a saved page alike, so that
they are never read as the writer's sentences. Texts and pages written for these tests."""
from __future__ import annotations

from newsdesk.ingest import clean_text
from newsdesk.furniture import furniture_lines, is_furniture
from newsdesk.ingest.html import document_from_html
from newsdesk.model import Meta

BODY = [
    "Farmers in the Po valley began rationing water on Tuesday after the driest spring in "
    "forty years left the river at a record low.",
    "The regional council said it would ask Rome for emergency funds to pay for irrigation "
    "pipes and tankers.",
    "Rice growers, who need flooded fields, were the first to cut their planting.",
]

SITE_LINES = [
    "Media playback is unsupported on your device",
    "Media caption, A farmer shows the cracked bed of an irrigation canal",
    "Image source, Getty Images",
    "Image caption, The river has fallen to its lowest level since records began",
    "Image copyright EPA Image caption Tankers queued outside a pumping station near Cremona",
    "This video can not be played",
    "Your browser does not support the audio element.",
    "Read more: How droughts are changing Italian farming",
    "See also: Europe's rivers run dry",
    "Related Topics",
    "Italy",
    "Drought in Europe",
]


def bbc_style_text() -> str:
    """A pasted report with the site's lines where a page puts them: under the first
    paragraph, between the others, and the related links at the end."""
    return "\n\n".join([
        "Italy's farmers ration water as the Po runs low",
        BODY[0], *SITE_LINES[:4], BODY[1], *SITE_LINES[4:9], BODY[2], *SITE_LINES[9:]])


def test_each_kind_of_site_line_is_furniture():
    for line in SITE_LINES[:-2]:  # the links under "Related Topics" are furniture by position
        assert is_furniture(line), line
    # body sentences that merely begin like a label stay
    for line in ("Image rights are a matter for the courts, the judge said.",
                 "Related firms were fined as well.",
                 "Media reports said the minister had resigned.",
                 "See the full list of measures below.",
                 "Photographs of the river bed were shared widely."):
        assert not is_furniture(line), line


def test_the_buttons_a_player_or_picture_leaves_are_furniture():
    # NPR-style pages print these where the picture's controls were
    for line in ("toggle caption", "Hide caption", "Enlarge this image",
                 "toggle caption Anna Moneymaker/Getty Images"):
        assert is_furniture(line), line
    for line in ("Toggle switches in the cockpit were checked twice.",
                 "Hide-and-seek games were banned in the camp."):
        assert not is_furniture(line), line


def test_links_under_a_related_label_go_with_it_until_a_sentence():
    lines = ["Related Topics", "Italy", "Drought in Europe",
             "The council will meet again next week to decide on further cuts."]
    assert furniture_lines(lines) == {0, 1, 2}
    # a short line with no label above it is a body line (a crosshead)
    assert furniture_lines(["Italy", "Drought in Europe"]) == set()


def test_a_pasted_text_keeps_the_article_and_drops_the_site_lines():
    doc = clean_text(bbc_style_text(), Meta())
    assert doc.meta.title == "Italy's farmers ration water as the Po runs low"
    assert doc.text.split("\n\n") == BODY


def test_a_corpus_text_with_the_notice_and_caption_on_one_line():
    # corpus texts (a JSONL field) often glue the player's notice to its caption
    text = "\n\n".join([BODY[0], "Media playback is unsupported on your device Media caption "
                                 "The mayor of Piacenza walks on the dry river bed", BODY[1]])
    assert clean_text(text, Meta(title="Drought")).text.split("\n\n") == BODY[:2]


def test_a_saved_page_drops_captions_media_notices_and_related_links():
    def p(line: str) -> str:
        return f"<p>{line}</p>"

    page = ("<html><head><title>Italy's farmers ration water as the Po runs low</title>"
            "<meta property=\"og:site_name\" content=\"Example News\"></head><body>"
            "<nav><a href=\"/\">Home</a></nav><main><article>"
            "<h1>Italy's farmers ration water as the Po runs low</h1>"
            + p(BODY[0])
            + "<div><p>Media playback is unsupported on your device</p>"
              "<p>Media caption, A farmer shows the cracked bed of an irrigation canal</p></div>"
            + "<figure><figcaption><p>Image source, Getty Images</p>"
              "<p>Image caption, The river has fallen to its lowest level since records began</p>"
              "</figcaption></figure>"
            + p(BODY[1])
            + p("Read more: How droughts are changing Italian farming")
            + p(BODY[2])
            + "<section><h2>Related Topics</h2><ul><li><a href=\"/t/1\">Italy</a></li>"
              "<li><a href=\"/t/2\">Drought in Europe</a></li></ul></section>"
            + "</article></main></body></html>")
    doc = document_from_html(page, "po.html")
    for line in BODY:
        assert line in doc.text
    for gone in ("Media playback", "Media caption", "Image source", "Image caption", "Read more",
                 "Related Topics", "Drought in Europe"):
        assert gone not in doc.text, gone
