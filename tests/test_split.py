"""The internal-test split: stable, order-free, about a fifth, independent per data set."""
from newsdesk.evaluate.split import TEST_FRACTION, only, part_of, split


def test_part_is_stable_and_order_free():
    keys = [f"article-{i}" for i in range(2000)]
    learn, test = split(keys, key=str, dataset="demo")
    learn2, test2 = split(reversed(keys), key=str, dataset="demo")
    assert set(test) == set(test2) and set(learn) == set(learn2)
    assert set(learn).isdisjoint(test) and len(learn) + len(test) == len(keys)


def test_about_a_fifth_is_test():
    keys = [str(i) for i in range(5000)]
    share = len(only(keys, str, "demo", "test")) / len(keys)
    assert abs(share - TEST_FRACTION) < 0.03


def test_data_sets_split_independently():
    keys = [str(i) for i in range(1000)]
    a = {k for k in keys if part_of(k, "babe") == "test"}
    b = {k for k in keys if part_of(k, "polnear") == "test"}
    assert a != b


def test_only_none_keeps_all_and_bad_part_raises():
    assert only([1, 2, 3], str, "demo", None) == [1, 2, 3]
    try:
        only([1], str, "demo", "dev")
    except ValueError as exc:
        assert "part" in str(exc)
    else:
        raise AssertionError("a bad part name must raise")
