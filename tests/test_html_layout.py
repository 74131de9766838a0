"""Pages laid out with tables: the body is the content cell's paragraphs, apart and whole;
a data table inside the article stays a table (trafilatura issue 890's kind of page)."""
from __future__ import annotations

from newsdesk.ingest.html import document_from_html

THREE_COLUMNS = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Council delays vote on bus lanes</title></head><body>
<table width="100%"><tr>
<td valign="top"><a href="/">Front page</a><br><a href="/sport">Sport</a><br>
<a href="/letters">Letters</a></td>
<td valign="top"><h2>Council delays vote on bus lanes</h2>
<p>The city council on Monday postponed a vote on new bus lanes along the river road after
<b>shop owners</b> presented a petition with more than <i>four thousand</i> signatures.</p>
<p>The transport committee will now hold two public hearings in <i>June</i> before the plan
returns to the full council, a spokeswoman for the mayor said.</p>
<p>Cycling groups, which had backed the lanes, called the delay disappointing but said they
would take part in the hearings.</p></td>
<td valign="top"><a href="/ads">Advertise with us</a></td>
</tr></table></body></html>"""

NESTED_DATA_TABLE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Turnout rises in all districts</title></head><body>
<table><tr><td><a href="/">Home</a> <a href="/news">News</a></td>
<td><h1>Turnout rises in all districts</h1>
<p>Turnout in the regional election rose in every district compared with four years ago,
according to figures published by the electoral commission on Sunday evening.</p>
<table><tr><th>District</th><th>Turnout</th></tr>
<tr><td>North</td><td>61 percent</td></tr><tr><td>South</td><td>58 percent</td></tr></table>
<p>The commission said the final count would be certified within ten days, once postal
ballots from abroad had been added to the totals.</p></td></tr></table></body></html>"""


def test_content_cell_paragraphs_come_out_apart_without_the_side_cells():
    doc = document_from_html(THREE_COLUMNS, "three-columns.html")
    paras = doc.text.split("\n\n")
    assert len(paras) == 3, paras
    assert paras[0].startswith("The city council on Monday")
    assert "more than four thousand signatures" in paras[0]
    assert "|" not in doc.text
    for furniture in ("Front page", "Letters", "Advertise"):
        assert furniture not in doc.text
    assert doc.meta.title == "Council delays vote on bus lanes"
    assert not doc.text.startswith("Council delays")


def test_a_data_table_inside_a_layout_table_stays_a_table():
    doc = document_from_html(NESTED_DATA_TABLE, "nested.html")
    assert "Home News" not in doc.text
    assert doc.text.startswith("Turnout in the regional election")
    assert "postal ballots from abroad" in doc.text
    # the data table's rows keep their cells together, one row per line
    assert any("North" in line and "61 percent" in line for line in doc.text.splitlines())
