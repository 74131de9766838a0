"""The extraction and metadata scorers on hand-made cases (the benchmark's way of counting)."""
from newsdesk.evaluate.extraction import page_counts, score_pages, shingles
from newsdesk.evaluate.metadata import norm_text, same_authors, same_day

GOLD = "China will send its defence minister to Moscow next week, the ministry said."


def test_shingles_are_4_token_windows_with_a_short_text_as_one():
    assert sum(shingles("one two three four five").values()) == 2
    assert list(shingles("just two")) == [("just", "two")]
    assert shingles("") == {}


def test_perfect_empty_and_extra_text():
    assert score_pages([(GOLD, GOLD)])["f1"] == 1.0
    empty = score_pages([(GOLD, "")])
    assert empty["recall"] == 0.0 and empty["precision"] == 0.0
    padded = score_pages([(GOLD, GOLD + " Share this article on Facebook and Twitter now please")])
    assert padded["recall"] == 1.0 and 0.4 < padded["precision"] < 1.0


def test_pages_weigh_the_same_whatever_their_length():
    long_gold = " ".join(f"word{i}" for i in range(400))
    tp, fp, fn = page_counts(long_gold, long_gold)
    assert (tp, fp, fn) == (1.0, 0.0, 0.0)
    # one perfect long page and one missed short page: recall is the mean of 1 and 0
    assert score_pages([(long_gold, long_gold), (GOLD, "")])["recall"] == 0.5


def test_metadata_matching_rules():
    assert norm_text("Donna Kelce Calls Taylor Swift\u2019s Work \u2018Best\u2019") == \
        norm_text("donna kelce calls taylor swift's work 'best'")
    assert same_day("2023-04-28 17:40:08+00:00", "2023-04-28")
    assert same_day("2024-04-27 23:30:00-04:00", "2024-04-28T03:30:00+00:00")  # same instant
    assert not same_day("2023-04-28", "2023-04-29")
    assert same_authors(["STEVE PEOPLES", "Thomas Beaumont"], ["Thomas Beaumont", "Steve Peoples"])
    assert not same_authors(["Jane Doe"], ["Jane Doe", "John Roe"])
