"""Plain-text articles as people paste them: title, date, byline, furniture."""
import pytest

from newsdesk.errors import InputError
from newsdesk.ingest.text import clean_text, decode, parse_date_line
from newsdesk.model import Meta

PASTED = """Minister to visit Moscow next week
Published 15 Apr 2023 10:02 ET
By Ana Ruiz

BEIJING - The minister will travel to Moscow next week, officials said.

Share this article

Talks are expected to cover energy.

Advertisement

Related: Earlier visits by the minister

© 2023 The Example Herald. All rights reserved.
Independent news since 1901.
"""


def test_pasted_article_title_date_byline_and_footer():
    doc = clean_text(PASTED)
    assert doc.meta.title == "Minister to visit Moscow next week"
    assert doc.meta.published == "2023-04-15"
    assert doc.meta.authors == ["Ana Ruiz"]
    assert doc.text == ("BEIJING - The minister will travel to Moscow next week, officials said."
                        "\n\nTalks are expected to cover energy.")


@pytest.mark.parametrize("label", ["Analysis", "Opinion", "OP-ED", "Fact check"])
def test_a_section_label_near_the_top_is_meta_not_text(label):
    doc = clean_text(f"Why the port strike matters\n2024-02-01\n{label}\n\n"
                     "The strike closed three terminals. Analysis of the data is slow.")
    assert doc.meta.extra["section"] == label
    assert doc.text == "The strike closed three terminals. Analysis of the data is slow."


@pytest.mark.parametrize("label", ["Opinion", "ANALYSIS", "Opinion:"])
def test_a_section_label_above_the_headline_is_no_title(label):
    doc = clean_text(f"{label}\nWhy the port strike matters\n2024-02-01\n\n"
                     "The strike closed three terminals.")
    assert doc.meta.title == "Why the port strike matters"
    assert doc.meta.extra["section"] == label.rstrip(":")
    assert doc.text == "The strike closed three terminals."


def test_a_one_word_line_that_is_no_section_stays():
    doc = clean_text("Why the port strike matters\n2024-02-01\n\nUpdate\n\nThe strike closed "
                     "three terminals.")
    assert "section" not in doc.meta.extra and doc.text.startswith("Update")


@pytest.mark.parametrize("line, iso", [
    ("April 15, 2023", "2023-04-15"),
    ("2023-04-15", "2023-04-15"),
    ("Published 15 Apr 2023 10:02 ET", "2023-04-15"),
    ("Updated: 2023-04-15T10:02:00Z", "2023-04-15"),
    ("Saturday, April 15, 2023", "2023-04-15"),
    ("Sept. 3, 2022", "2022-09-03"),
    ("31/12/2022", "2022-12-31"),
])
def test_date_lines(line, iso):
    assert parse_date_line(line) == iso


@pytest.mark.parametrize("line", ["China will go", "In April 2023 the talks began.", "04/05/2023",
                                  "February 30, 2023"])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


def test_first_line_that_is_a_sentence_is_not_a_title():
    doc = clean_text("The minister said on Monday that talks with the rebels had failed and "
                     "that the army would resume its offensive in the north of the country.\n"
                     "More fighting is expected.")
    assert doc.meta.title is None
    assert doc.text.startswith("The minister said")


def test_colon_line_ends_its_paragraph_for_block_quotes():
    doc = clean_text("A headline\n\nThe spokesman said:\nWe will not comment.")
    assert doc.text == "The spokesman said:\n\nWe will not comment."


def test_hard_wrapped_lines_join_into_one_paragraph():
    raw = ("Headline here\n\nThe ministry said on Tuesday that the talks, which began in\n"
           "Geneva last month, would resume after the holiday period ends.\n\nSecond paragraph.")
    assert clean_text(raw).text == ("The ministry said on Tuesday that the talks, which began in "
                                    "Geneva last month, would resume after the holiday period ends."
                                    "\n\nSecond paragraph.")


def test_copyright_in_the_middle_of_a_long_text_is_kept():
    body = "\n\n".join(f"Paragraph {i} of the story with enough words to be body text." for i in range(12))
    raw = "Title\n\nCopyright law was the subject of the debate.\n\n" + body
    assert "Copyright law" in clean_text(raw).text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"caf\xe9 au lait", "invalid UTF-8"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_decode_refuses_bad_bytes(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data, "x.txt")


# --- the outlet a pasted wire story names only in its dateline or byline ------------------

@pytest.mark.parametrize("raw, publisher", [
    ("Floods cut off villages\n\nDHAKA, Bangladesh (AP) \u2014 Floods cut off hundreds of "
     "villages on Monday, officials said.", "Associated Press"),
    ("Strike halts port\n\nMARSEILLE, Oct. 4 (AFP) -- Dock workers walked out on Friday.",
     "Agence France-Presse"),
    ("Talks resume\n\nGENEVA, Switzerland, Jan 9 (Reuters) - Envoys met again on Thursday.",
     "Reuters"),
    ("Curfew lifted\n\nBy Lena Ortiz\n\nQUITO (EFE) - The government lifted the curfew.", "EFE"),
])
def test_the_dateline_agency_is_the_publisher_when_nothing_else_names_one(raw, publisher):
    assert clean_text(raw).meta.publisher == publisher


def test_metadata_and_the_copyright_line_name_the_outlet_before_a_dateline():
    raw = "Talks resume\n\nGENEVA (Reuters) - Envoys met again.\n\n\u00a9 2024 The Lake Post"
    assert clean_text(raw).meta.publisher == "The Lake Post"
    assert clean_text(raw, Meta(publisher="Harbour Wire")).meta.publisher == "Harbour Wire"
    assert clean_text("Talks\n\nGENEVA - Envoys met again on Monday.").meta.publisher is None


@pytest.mark.parametrize("byline, authors, publisher", [
    ("By Nino Kapanadze, Associated Press", ["Nino Kapanadze"], "Associated Press"),
    ("By Omar Haddad and Ruth Klein, AFP", ["Omar Haddad", "Ruth Klein"],
     "Agence France-Presse"),
    ("By Pieter Visser, The Harbour Ledger", ["Pieter Visser"], "The Harbour Ledger"),
    ("By Ana Ruiz, Tomas Berg", ["Ana Ruiz", "Tomas Berg"], None),
])
def test_an_outlet_after_the_bylines_comma_is_the_publisher(byline, authors, publisher):
    doc = clean_text(f"Ferry sinks off coast\n{byline}\n\nA ferry sank on Monday, the coast "
                     f"guard said.")
    assert (doc.meta.authors, doc.meta.publisher) == (authors, publisher)


@pytest.mark.parametrize("outlet, publisher", [
    ("NPR", "NPR"),
    ("The Harbour Gazette", "The Harbour Gazette"),
    ("Reuters", "Reuters"),
    ("AP", "Associated Press"),
    ("Valley Public Radio", "Valley Public Radio"),
])
def test_an_outlet_named_alone_under_the_title_is_the_publisher(outlet, publisher):
    doc = clean_text(f"Council approves new bridge\n2025-03-04\n{outlet}\n\n"
                     "The city council on Tuesday approved a new bridge over the river.")
    assert doc.meta.publisher == publisher
    assert doc.text.startswith("The city council")


@pytest.mark.parametrize("line", ["The Pentagon", "The Kremlin", "Breaking: ferry sinks",
                                  "Mayor Jane Holt"])
def test_a_short_line_that_names_no_outlet_stays_in_the_text(line):
    doc = clean_text(f"Council approves new bridge\n2025-03-04\n{line}\n\n"
                     "The city council on Tuesday approved a new bridge over the river.")
    assert doc.meta.publisher is None
    assert line in doc.text



@pytest.mark.parametrize("outlet", ["Politico", "Axios", "Haaretz", "Bloomberg", "The Guardian"])
def test_an_outlet_of_the_actor_tables_named_alone_under_the_title_is_the_publisher(outlet):
    # names with no outlet word in them: the tables that code them as media name them
    doc = clean_text(f"Senators weigh port security bill\n2025-05-12\n{outlet}\n\n"
                     "WASHINGTON — Senators on Monday debated a bill on port security.")
    assert doc.meta.publisher == outlet
    assert doc.text.startswith("WASHINGTON")
