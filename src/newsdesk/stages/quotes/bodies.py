"""What a speaking "it" stands for, as "he" stands for a person: the organisation or body
that is the subject of its own sentence or of the nearest sentence before ("The agency
released its review. It said ...": the agency), and what "the company" or "the agency" stands
for, the same way. A mixin of `sources.Speakers`, kept apart so that module stays small."""
from __future__ import annotations

from ...model import Entity
from ..actors import code_phrase
from .people import BODY_NOUNS, PERSON_ROLES

GENERIC = {"each", "every", "any", "no", "either", "neither", "another"}
BODY_SECTORS = {"GOV", "BUS", "JUD", "LEG", "MIL", "PTY", "LAB", "NGO", "IGO", "JRN", "EDU",
                "MED", "REL", "SOC", "COP"}
# How many sentences back a pronoun looks for a person named as a subject or speaker (also
# used by sources.py), or for the body a speaking "it" stands for.
LOOK_BACK = 4

# Nouns of a kind of organisation a closing "the company said" names the body by, and whether
# that kind is a business ("BUS") or a public body ("PUB"); written for newsdesk.
KIND_OF_BODY = {**dict.fromkeys(("company", "firm", "carmaker", "automaker", "airline", "bank",
                                 "lender", "insurer", "retailer", "manufacturer", "maker",
                                 "operator", "carrier", "utility", "conglomerate", "startup",
                                 "broadcaster", "publisher", "miner", "producer"), "BUS"),
                **dict.fromkeys(("agency", "department", "regulator", "authority", "watchdog",
                                 "bureau", "service", "office", "commission", "ministry",
                                 "council", "committee", "court", "board", "administration",
                                 "institute", "body"), "PUB")}


# Kinds of business noun an international body is called by too ("the lender": the IMF).
PUBLIC_LENDERS = {"lender"}


def _overlapping(entities: list[Entity], start: int, end: int) -> list[Entity]:
    return [e for e in entities if e.start < end and start < e.end]


class BodySpeakers:
    """`_body_subject`, `_body` and `_body_of_kind` of `sources.Speakers` (which provides
    `doc`, `said`, `spoke`, `person_names` and `_is_group`)."""

    def _body_subject(self, before: int) -> tuple[Entity | None, str, tuple[int, int]] | None:
        """What a speaking "it" at `before` stands for, as "he" stands for a person: the
        organisation or body that is the subject of its own sentence (before it) or of the
        nearest sentence before, the main clause's subject first ("The agency released its
        review of the Boeing fleet. It said ...": the agency, not Boeing), as (its group
        entity or None, its name or words, its character span)."""
        sdoc = self.doc.spacy
        if sdoc is None:
            return None
        sentences = [s for s in self.doc.sentences if s.start < before]
        for sent in reversed(sentences[-(LOOK_BACK + 1):]):
            span = sdoc.char_span(sent.start, min(sent.end, before), alignment_mode="contract")
            if span is None:
                continue
            subjects = sorted((t for t in span if t.dep_ in ("nsubj", "nsubjpass")),
                              key=lambda t: (t.head.dep_ != "ROOT", t.i))
            for tok in subjects:
                if self._within_said(tok.idx) and sent.end <= before:
                    # "The report concluded that the State Department failed ... It also
                    # said": a subject inside what someone said in a sentence before is no
                    # speaker "it" stands for (in its own sentence a content may have run on
                    # past a missed sentence end: left as it was)
                    continue
                body = self._spoke_as(tok) or self._body(tok)
                if body is not None:
                    return body
            if sent.start <= before < sent.end:
                # "the target [the United States] said it would meet": a group named earlier
                # in the pronoun's own sentence
                named = [e for e in _overlapping(self.doc.entities, sent.start, before)
                         if self._is_group(e) and e.end <= before]
                if named:
                    return named[-1], named[-1].name, (named[-1].start, named[-1].end)
        return None

    def _body(self, tok) -> tuple[Entity | None, str, tuple[int, int]] | None:
        """The subject headed by `tok` as (entity, name, span) when it is one organisation or body
        (a group entity, or a singular noun of an organisation: "the agency", "the union")."""
        if tok.tag_ not in ("NN", "NNP") or tok.lower_ in PERSON_ROLES or any(
                c.dep_ == "det" and c.lower_ in GENERIC for c in tok.children):
            return None  # "each state" is no one body
        lo, hi = tok.left_edge.idx, tok.idx + len(tok.text)
        groups = [e for e in _overlapping(self.doc.entities, lo, hi) if self._is_group(e)]
        head = [e for e in groups if e.start <= tok.idx < e.end]
        if head:  # "The European Commission opened an inquiry"
            return head[0], head[0].name, (lo, hi)
        if tok.lower_ in BODY_NOUNS or \
                (code_phrase(f"the {tok.lower_}") or {}).get("sector") in BODY_SECTORS:
            # "The agency", "Russia's foreign ministry" (Russia speaks through it)
            return (groups[0] if groups else None), self.doc.text[lo:hi], (lo, hi)
        return None

    def _within_said(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.said)

    def _spoke_as(self, tok) -> tuple[Entity | None, str, tuple[int, int]] | None:
        """The speaker already found whose words `tok` heads, when it is no person ("The
        inspector general's report concluded ... It also said", "the military's media wing
        said ... It said"): a report or a unit speaks again as "it", though its noun names no
        organisation `_body` knows."""
        for start, end, entity, name in reversed(self.spoke):
            if start <= tok.idx < end:
                if tok.lower_ in PERSON_ROLES or tok.ent_type_ == "PERSON" or \
                        tok.tag_ not in ("NN", "NNP"):
                    return None  # a person, "officials", "they": not what "it" stands for
                return entity, name, (start, end)
        return None

    def _body_that_spoke(self, before: int) -> Entity | None:
        """The organisation entity of the last speaker found in the sentence before `before`
        or in its own sentence, else None."""
        sentences = [s for s in self.doc.sentences if s.start < before][-2:]
        if not sentences:
            return None
        for start, _end, entity, _name in reversed(self.spoke):
            if start < sentences[0].start:
                return None
            if start < before and entity is not None and self._is_group(entity):
                return entity
        return None

    def _body_of_kind(self, before: int, head: str) -> Entity | None:
        """The organisation a "the company" / "the agency" at `before` stands for: the one a
        speaking "it" there would (`_body_subject`: the subject of its own
        sentence or of the nearest before), when the tagger labelled it an organisation of
        the noun's kind (a company is a business, an agency no business)."""
        body = self._body_subject(before)
        entity = body[0] if body is not None else None
        if entity is None:
            # "According to the United Nations, 2 million people have fled. The agency
            # warned ...": the organisation that spoke in the sentence before
            entity = self._body_that_spoke(before)
        if entity is None or entity.label != "ORG" or entity.name in self.person_names:
            return None
        sector = (entity.actor or {}).get("sector")
        if KIND_OF_BODY[head] == "BUS":
            # (a lender may be an international one: "The World Bank ... The lender said")
            return entity if sector in (None, "BUS") or head in PUBLIC_LENDERS and \
                sector == "IGO" else None
        # a public body only when the tables know it as one (a company the tables do not
        # know is no agency: "Shell agreed to pay, the regulator said"); the press only for
        # "the agency" (a news agency: "According to Xinhua, the ministry said" is no Xinhua)
        press = ("JRN", "MED") if head != "agency" else ()
        return entity if sector not in (None, "BUS", *press) else None
