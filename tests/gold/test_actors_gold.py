"""Gold gate for the actor coder: PLOVER gold actors (source/target words → country, sector)."""
from newsdesk.evaluate import evaluate

from conftest import assert_floors, gold


def test_actors_on_plover_gold():
    scores = evaluate("actors", gold("events/plover_gsr.json"))
    # measured on dev: country 0.945, sector 0.758, coverage 0.985 (n=330)
    assert_floors(scores, {"country_accuracy": 0.92, "sector_accuracy": 0.73, "coverage": 0.95})


def test_actors_on_the_internal_test_part():
    """Measured 2026-12-01 with `newsdesk eval actors --data
    ../shared/data/events/plover_gsr.json --part test`: country 0.986, sector 0.750,
    coverage 1.0 (70 actors of 33 records)."""
    scores = evaluate("actors", gold("events/plover_gsr.json"), part="test")
    assert scores["records"] == 33
    assert_floors(scores, {"country_accuracy": 0.95, "sector_accuracy": 0.71, "coverage": 0.97})
