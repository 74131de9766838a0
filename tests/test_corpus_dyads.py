"""Dyad series, the departure flag and the chart, on hand-made rows; the corpus CLI commands."""
from __future__ import annotations

import json

import pytest

from newsdesk import corpus
from newsdesk.cli import main
from newsdesk.corpus import chart, dyads
from newsdesk.store import Store, queries
from helpers.corpus import event, record


def rows_per_month(counts: dict[str, int], goldstein: float = 1.0, quad: int = 1) -> list[dict]:
    return [{"date": f"{month}-{day + 1:02d}", "quad_class": quad, "goldstein": goldstein, "mentions": 2}
            for month, n in counts.items() for day in range(n)]


def test_series_counts_quads_goldstein_and_fills_empty_months():
    events = rows_per_month({"2022-01": 2, "2022-03": 1}) + [
        {"date": "2022-03-20", "quad_class": 4, "goldstein": -10.0, "mentions": 1}]
    rows = dyads.series(events)
    assert [r["period"] for r in rows] == ["2022-01", "2022-02", "2022-03"]
    jan, feb, mar = rows
    assert (jan["events"], jan["verbal_coop"], jan["goldstein_sum"], jan["mentions"]) == (2, 2, 2.0, 4)
    assert feb["events"] == 0 and feb["goldstein_mean"] is None
    assert (mar["material_conflict"], mar["goldstein_mean"], mar["goldstein_sum"]) == (1, -4.5, -9.0)
    assert (mar["cooperation"], mar["conflict"]) == (1, 1)


def test_spike_flag_on_a_burst_and_not_on_ordinary_months():
    counts = {f"2022-{m:02d}": n for m, n in zip(range(1, 13), [3, 4, 2, 3, 5, 3, 4, 3, 20, 3, 2, 4])}
    rows = dyads.series(rows_per_month(counts))
    flagged = [r["period"] for r in rows if "spike" in r["flag"]]
    assert flagged == ["2022-09"]
    assert rows[8]["z_events"] > 3.5


def test_goldstein_shift_is_flagged_as_conflict():
    calm = rows_per_month({f"2021-{m:02d}": 3 for m in range(1, 12)}, goldstein=3.0)
    war = rows_per_month({"2021-12": 3}, goldstein=-10.0, quad=4)
    rows = dyads.series(calm + war)
    assert rows[-1]["flag"] == "conflict"
    assert all(r["flag"] == "" for r in rows[:-1])


def test_weeks_start_on_monday():
    rows = dyads.series([{"date": "2024-01-03", "quad_class": 1, "goldstein": 1, "mentions": 1},
                         {"date": "2024-01-17", "quad_class": 1, "goldstein": 1, "mentions": 1}], by="week")
    assert [r["period"] for r in rows] == ["2024-01-01", "2024-01-08", "2024-01-15"]


def test_unknown_period_is_refused():
    with pytest.raises(ValueError):
        dyads.period_of("2024-01-03", "fortnight")


def test_plot_writes_a_png(tmp_path):
    rows = dyads.series(rows_per_month({"2022-01": 2, "2022-02": 9, "2022-03": 1}))
    out = tmp_path / "d.png"
    chart.plot(rows, str(out), "CHN–RUS")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "c.duckdb")
    with Store(path) as store:
        for month in range(1, 7):
            text = f"Report number {month}: Chinese and Russian officials met in Moscow to discuss trade and energy."
            store.write_record(record(text, f"Talks {month}", "Reuters", f"2023-{month:02d}-05",
                                      [event("E1", cameo="036", goldstein=4.0)]))
    return path


def test_cli_update_events_dyads_stories(db, tmp_path, capsys):
    assert main(["update-corpus", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["merged_events"] == 6
    assert main(["events", "--db", db, "--dyad", "RUS:CHN", "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6 and json.loads(lines[0])["date"] == "2023-06-05"
    chart = tmp_path / "chart.png"
    assert main(["dyads", "--db", db, "--dyad", "CHN:RUS", "--json", "--plot", str(chart)]) == 0
    periods = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [p["events"] for p in periods] == [1] * 6
    assert chart.stat().st_size > 1000
    assert main(["stories", "--db", db, "--json"]) == 0
    stories = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert sum(len(s["articles"]) for s in stories) == 6
    assert set(stories[0]) >= {"id", "label", "first_date", "last_date", "articles"}
    assert set(stories[0]["articles"][0]) >= {"id", "doc_id", "title", "publisher", "published"}


def test_cli_bad_dyad_is_a_one_line_error(db, capsys):
    assert main(["events", "--db", db, "--dyad", "CHN"]) == 2
    assert "dyad" in capsys.readouterr().err


def test_dyad_series_through_the_store(db):
    with Store(db) as store:
        corpus.update(store)
        rows = dyads.dyad_series(store, "chn", "rus")
    assert [r["period"] for r in rows] == [f"2023-{m:02d}" for m in range(1, 7)]
    assert all(r["goldstein_mean"] == 4.0 for r in rows)


def test_the_web_chart_and_the_cli_chart_are_one_drawing(tmp_path):
    from newsdesk.web.chart import dyad_svg

    rows = dyads.series(rows_per_month({"2022-01": 2, "2022-02": 9, "2022-03": 1}))
    drawing = chart.dyad_chart(rows, "CHN–RUS")
    web = str(dyad_svg(rows, "CHN–RUS"))
    assert web == drawing.svg()
    assert web.count('<rect class="coop"') == 3 and web.count('<rect class="conf"') == 3
    svg_file, png_file = tmp_path / "d.svg", tmp_path / "d.png"
    chart.plot(rows, str(svg_file), "CHN–RUS")
    chart.plot(rows, str(png_file), "CHN–RUS")
    # the file is the same drawing, with its title written on it
    assert svg_file.read_text().count('<rect class="coop"') == 3 and ">CHN–RUS</text>" in svg_file.read_text()
    assert png_file.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "No dated events" not in str(dyad_svg([], "x"))
