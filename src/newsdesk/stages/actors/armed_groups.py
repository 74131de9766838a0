"""Armed groups named like armies: "the Arakan Army", "the Kachin Independence Army".

The tables know a state's army by the country word before "army" ("the Myanmar army",
"Pakistan Army") and list the famous rebel armies by name ("Free Syrian Army"). Every other
capitalised name that ends in "Army" fell to the generic word "army" (MIL): a state
military, of whatever state the sentence named. In foreign news most such names are
insurgents': they carry a name of their own (a people, a region: "Arakan", "Wa", "Kachin")
or the words of a cause ("Liberation", "Independence", "Democratic Alliance"). CAMEO codes
them REB, in the country they fight in (the country word in the name when there is one,
else whatever the document says; see entities._fill_countries).
"""
from __future__ import annotations

# Words a state's own army carries in its name ("the Afghan National Army", "the Royal Thai
# Army", "the Red Army", "the Korean People's Army"): no sign of an insurgency.
_STATE_ARMY_WORDS = {"national", "royal", "imperial", "continental", "red", "people's",
                     "peoples", "regular", "federal", "territorial", "arab", "the", "of", "a", "an",
                     "its", "their", "army"}
# Words of a cause: an army named for one fights its state ("the Kosovo Liberation Army",
# even with the country's name in it).
_CAUSE_WORDS = {"liberation", "independence", "resistance", "republican", "revolutionary",
                "democratic", "alliance", "salvation", "free", "islamic", "mujahideen",
                "state", "freedom", "rebel", "insurgent", "separatist", "solidarity",
                "defence", "defense", "restoration"}


# Words a state's forces carry with a cause's ("Self-Defense Forces", "Defence Forces"):
# among "Forces" they tell no insurgency.
_STATE_FORCES_CAUSES = {"defence", "defense", "self", "state"}


def names_a_rebel_army(words_: list[str], matches: list) -> bool:
    """Do the words name a non-state army: a capitalised name ending in "Army" whose other
    words are not only a country and a state army's words, or in "Forces" with a cause's
    word ("the Allied Democratic Forces", "the Revolutionary Armed Forces of Colombia": a
    country after "of" is where it fights)? `matches` are the table matches (phrase.Match);
    a proper table row for the whole name ("Indian Army") decides instead."""
    words_ = _without_country_tail(words_, matches)
    if "Forces" in words_:  # ("the Democratic Forces for the Liberation of Rwanda")
        return any(w.lower() in _CAUSE_WORDS - _STATE_FORCES_CAUSES for w in words_) and \
            all(w[:1].isupper() or w.lower() in ("the", "of", "for", "and") for w in words_)
    if not words_ or words_[-1] != "Army":
        return False
    name = [(i, w) for i, w in enumerate(words_[:-1]) if w.lower() not in ("the", "a", "an")]
    first = name[0][0] if name else len(words_) - 1
    if any("proper" in m.entry.role and m.end == len(words_) and m.start <= first
           for m in matches if m.entry.kind == "inst"):
        # a named army in the tables ("People's Liberation Army", "US Army"); not one whose
        # name only ends like it ("the Sudan People's Liberation Army")
        return False
    covered = {i for m in matches if m.entry.kind in ("country", "igo")
               for i in range(m.start, m.end)}
    if not name or not all(w[:1].isupper() or w.lower() in ("of", "'s") for _, w in name):
        return False  # "the army", "its army", "a rebel army" (the table's own word)
    if any(w.lower() in _CAUSE_WORDS for _, w in name):
        return True
    # a word of its own that is neither a country's nor a state army's: a people or a region
    return any(i not in covered and w.lower() not in _STATE_ARMY_WORDS for i, w in name)


def _without_country_tail(words_: list[str], matches: list) -> list[str]:
    """The words before a closing "of <country>" ("... Armed Forces of Colombia")."""
    for m in matches:
        if m.entry.kind == "country" and m.end == len(words_) and m.start >= 2 and \
                words_[m.start - 1] == "of":
            return words_[:m.start - 1]
    return words_
