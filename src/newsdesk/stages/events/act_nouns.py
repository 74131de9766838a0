"""Nouns that name an act, by family (`FAMILIES`: noun lemma -> the CAMEO roots an act it names
again may have), for the mentions of an act told before ("the attack", "the summit": anaphora.py)
and the praise of one (actor_rules._praised_act). Written for newsdesk from general English."""
from __future__ import annotations

# Event nouns by family; a family is the set of CAMEO roots its antecedent may have.
VIOLENCE = frozenset({"18", "19", "20"})
FAMILIES: dict[str, frozenset[str]] = {}
for _lemmas, _roots in (
        ("attack assault bombing explosion blast massacre shooting raid ambush airstrike "
         "offensive killing killings strike shelling bombardment incursion invasion siege "
         "kidnapping abduction hijacking assassination", VIOLENCE),
        # fighting between two sides repeats a fight (19), not a one-sided attack (18): "the
        # fighting continued" after "fighters attacked civilians" is no attack on civilians
        ("clash fighting battle", frozenset({"19"})),
        ("flight overflight sortie", frozenset({"15"})),
        ("exercise drill maneuver manoeuvre", frozenset({"06", "15"})),
        ("investigation probe inquiry", frozenset({"09"})),
        ("expulsion", frozenset({"16", "17"})),
        ("aid assistance", frozenset({"07"})),
        ("meeting talk summit visit trip journey tour call conversation negotiation "
         "consultation contact discussion dialogue", frozenset({"04"})),
        ("sanction tariff embargo", frozenset({"16"})),
        ("deal agreement accord pact treaty", frozenset({"05"})),
        ("arrest detention crackdown", frozenset({"17"})),
        ("protest demonstration rally march", frozenset({"14"})),
        ("accusation allegation criticism", frozenset({"11"})),
        ("threat ultimatum", frozenset({"13"})),
        ("veto rejection", frozenset({"12"}))):
    for _lemma in _lemmas.split():
        FAMILIES[_lemma] = _roots

DEFINITE = {"the", "this", "that", "these", "those"}
