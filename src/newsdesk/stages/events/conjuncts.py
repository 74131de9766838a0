"""Parties named together: the tokens a conjunction, a list or a misparsed pair of names joins
to one party's token ("Hungarian and Romanian", "The AU, ECOWAS and the UN", "U.S. President
Trump and Chinese President Xi"). Used where doers and targets are read (arguments.py,
actors.py, phrase_actors.py)."""
from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "csubj")


def with_conjuncts(token) -> list:
    """A token and the tokens conjoined to it ("Hungarian and Romanian", "US and Britain"),
    also in a list of names the parser did not read as one (`_listed_after`)."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" or listed_apposition(token, child) or _list_misread(token, child):
            out.extend(with_conjuncts(child))
        elif coordinated_modifier(token, child):
            out.insert(0, child)  # the first of the two, named first
    listed = _listed_after(token)
    if listed is not None:
        out.extend(with_conjuncts(listed))
    return out


def _list_misread(token, child) -> bool:
    """ "Argentina, Chile, Peru, Uruguay and several other governments refused": the parser
    hung the second name on the first as a modifier ("Chile" an npadvmod) and the rest of
    the list on it; a name after a comma that heads conjuncts of its own is the list's."""
    return child.dep_ in ("npadvmod", "dep") and child.i > token.i and \
        child.pos_ == "PROPN" and token.pos_ == "PROPN" and \
        token.doc[child.left_edge.i - 1].text == "," and \
        any(c.dep_ == "conj" for c in child.children)


def coordinated_modifier(token, child) -> bool:
    """ "U.S. President Trump and Chinese President Xi Jinping reached a deal": the parser
    read the first name as a modifier of the second's ("Trump" an nmod of "Jinping", with
    "and President" its conjunct), so the subject was one person. A named modifier of a
    name that is itself coordinated with "and" (or whose apposition is: "Prime Minister
    Kishida and President Yoon Suk Yeol", "Minister" an nmod with "Kishida" its apposition)
    is the first of two parties."""
    if child.dep_ not in ("nmod", "compound") or child.i > token.i or \
            token.pos_ != "PROPN" or child.pos_ != "PROPN":
        return False
    return any(any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in name.children) and
               any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in name.children)
               for name in [child] + [a for a in child.children if a.dep_ == "appos"])


def listed_apposition(token, child) -> bool:
    """ "The AU, the EU and the UN condemned": the parser made the second name an apposition
    of the first and the third its conjunct. Names with conjuncts of their own are a list,
    not one name's other name ("Kagame, Rwanda's president" has no conjunct)."""
    return child.dep_ == "appos" and token.pos_ == "PROPN" and child.pos_ == "PROPN" and any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in child.children)


def _listed_after(token):
    """ "The AU, ECOWAS and the UN condemned": the parser made the list two subjects, the
    second (after a comma) with the third as its conjunct; the second, else None."""
    if token.dep_ not in SUBJECT_DEPS or token.head.i == token.i:
        return None
    later = [c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i]
    if not later:
        return None
    second = min(later, key=lambda c: c.i)
    before = second.left_edge.i - 1
    if before < 0 or token.doc[before].text != "," or before <= token.i:
        return None
    return second if any(c.dep_ == "conj" for c in second.children) else None
