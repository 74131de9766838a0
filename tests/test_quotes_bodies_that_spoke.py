""""The agency" / "the lender" as a speaker stands for the organisation named just before,
also when that organisation was no sentence's subject but spoke through "according to" in
the sentence before; an international lender is "the lender" as a bank is (bodies.py;
session 37, found by probing with new wire copy; sentences written for this test)."""
from __future__ import annotations

import pytest

from helpers.quotes import analyse, quote_with


@pytest.mark.parametrize("text, said, name", [
    ("According to the World Health Organization, cholera cases in the region have tripled "
     "since June. The agency warned that vaccine stocks were running low.",
     "vaccine stocks were running low", "World Health Organization"),
    ("The IMF approved a $3 billion loan for Egypt on Friday. The lender said reforms must "
     "continue.", "reforms must continue", "International Monetary Fund"),
])
def test_the_body_noun_names_the_organisation_before(text, said, name):
    assert quote_with(analyse(text), said).source["name"] == name


def test_a_business_noun_is_no_public_body_before_it():
    text = ("According to the health ministry, 40 people were wounded. The company said its "
            "staff were safe.")
    assert quote_with(analyse(text), "its staff were safe").source["name"] == "The company"
