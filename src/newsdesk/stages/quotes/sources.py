"""Who a quote's source is: the entity in the source span, or — for pronouns ("he"), role
nouns ("the mayor", "the spokeswoman") and descriptions ("the Examiner") — a mention earlier
in the text that fits.

- "he"/"she" go to a person (never a place or an organisation) whose gender fits (people.py:
  titles, gendered role nouns, given names): one named earlier in the same sentence, else the
  subject or speaker of the nearest sentence before that names a fitting person (or is an
  unnamed one of that gender: "A spokeswoman for the UN welcomed it."), else the last
  fitting speaker or person;
- a speaking "it" goes, as "he" goes to a person, to the organisation or body that is the
  subject of its own sentence or of the nearest sentence before ("The agency released its
  review. It said ...": the agency, named or not; a report or a unit that spoke there too:
  "The report concluded that ... It said"; never one named inside what was said before),
  else a group named earlier in its sentence (bodies.py);
- "it" (with no such subject) and "they" go to an organisation, a place or a group (the last
  such speaker first; "they" also to an unnamed group that just spoke: "officials");
- a role noun goes to the person the text gives that role ("Anne Roy, the mayor", "Mayor Anne
  Roy"), whose gender fits the noun; when no one has it, the words stay the name
  (a different, unnamed person: "the finance director");
- a description goes to the entity whose name holds its head word ("the Examiner"); "the
  company" / "the agency" to the organisation of that kind a speaking "it" would stand for
  ("Boeing delivered 40 jets, the company said"; bodies.py); "the statement" to who issued
  it, "his office" to his, "its statement" to the body "it" stands for, "one of them" to the
  group that spoke; "the spokeswoman" after "a Microsoft spokeswoman" is that one, named by
  those words.
Anonymous sources ("officials", "a source familiar with the talks") keep their own words as
their name and no entity. Demonstratives ("These", "This") and an "it" with nothing to stand
for are no speaker at all (`Speakers.resolve` returns None).
"""
from __future__ import annotations

import re

from ...model import Document, Entity
from ..actors import code_phrase
from ..actors.lexicon import load
from ..actors.refer import BODY_NOUNS
from ..base import after_dateline
from .antecedents import (ISSUED_TEXTS, a_platform_or_outlet, actor_of, document_author,
                          in_adjunct_phrase, one_of, plural_speaker, pronoun_subjects,
                          relative_clauses, subject_rank)
from .bodies import KIND_OF_BODY, LOOK_BACK, BodySpeakers, _overlapping
from .people import (OUTLET_NOUNS, PERSON_ROLES, ROLE_ABBREVIATIONS,
                     SPEAKS_FOR, name_gender, role_gender)
from .speakeractors import UnnamedSpeakers, speaker_actor
from .spokespeople import for_the_body
from .speakerspans import (after_preposition, described_before, described_in, gendered_subject,
                           opens_clause, remember_described)

PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "i": None}
GROUP_PRONOUNS = {"they", "we", "it", "them"}
NON_SPEAKERS = {"this", "these", "that", "those", "which", "what", "there", "here", "such",
                "both", "all", "some", "none", "who", "you", "nobody", "no one"}
PERSON_LABELS = ("PERSON",)
GROUP_LABELS = ("ORG", "NORP", "GPE")
ANONYMOUS_HEADS = {"official", "officials", "source", "sources", "people", "person", "someone",
                   "observers", "critics", "experts", "analysts", "residents", "witnesses"}
# Nouns of one person among many that an unnamed speaker is introduced by ("a member of the
# rescue team", "a witness"), besides the role nouns.
ONE_OF_MANY = {"member", "witness", "resident", "survivor", "villager", "relative", "worker",
               "student", "doctor", "nurse", "farmer", "soldier", "fighter", "volunteer"}
# Role nouns that name the same office ("the CIA chief" is its director).
_OFFICES = [{"chief", "director", "head", "leader"}, {"spokesman", "spokeswoman", "spokesperson"},
            {"chairman", "chairwoman", "chair", "chairperson"}, {"minister", "secretary"},
            {"councillor", "councilor", "councilman", "councilwoman"},
            {"representative", "congressman", "congresswoman"}]
SAME_ROLE = {role: group for group in _OFFICES for role in group}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")



def _pick(entities: list[Entity], labels: tuple[str, ...]) -> Entity | None:
    for label in labels:
        for ent in entities:
            if ent.label == label:
                return ent
    return None


class Speakers(BodySpeakers):
    """Resolves the source spans of one document, in text order (`resolve`), remembering the
    speakers found so far."""

    def __init__(self, doc: Document, quoted: list[tuple[int, int]] = ()):
        """`quoted`: character spans of the quotations; a person named inside one (or inside
        a statement already attributed, see `reported`) is not what "he" or "she" refers to."""
        self.doc = doc
        # "the Clintons" is a family, not what "he" or "she" stands for, nor is a platform
        # or an outlet the tagger took for a person ("posted on Twitter")
        self.people = [e for e in doc.entities if _a_person(e) and not
                       (e.name.endswith("s") and doc.text[max(0, e.start - 4):e.start].lower()
                        == "the ") and not (e.label == "PERSON" and a_platform_or_outlet(
                            e.name, code_phrase(e.name)))]
        self.person_names = {e.name for e in self.people}
        self.history: list[tuple[Entity | None, str]] = []  # (entity, source text)
        self.spoke: list[tuple[int, int, Entity | None, str]] = []  # their spans, in order
        self.said: list[tuple[int, int]] = list(quoted)
        self._roles: dict[str, set[str]] = {}
        self._gender: dict[str, str | None] = {}
        self._subjects: dict[str, int] | None = None
        # a "he"/"she" source's offset -> (its person's entity or None, its name)
        self._pronouns: dict[int, tuple[Entity | None, str]] = {}
        self.described: list[tuple[int, Entity]] = []  # (offset, person) of "the minister"
        self._named_by_pronoun: str | None = None  # see _person_before
        self._group: tuple | None = None  # the last plural speaker (for "one of them")
        self.unnamed = UnnamedSpeakers()  # "a Ukrainian official ... the official": its actor
        # the latest speaker, when its words open with a name no entity was found for, or
        # are a role noun no one named holds: (start, its place in `history`, the name, head)
        self._unnamed: tuple[int, int, str, str] | None = None
        self._actor_at: dict[int, dict | None] = {}  # history index -> that speaker's actor

    # -- what the text says of each person -------------------------------------------------
    def roles(self, ent: Entity) -> set[str]:
        """Role nouns the text gives this person: before the name in its sentence ("Health
        Minister Anne Roy", "the mayor, Anne Roy,") or in an apposition after it ("Anne Roy,
        the mayor of ...")."""
        if ent.id not in self._roles:
            text = self.doc.text
            sent = self.doc.sentence_at(ent.start)
            lo = sent.start if sent else max(0, ent.start - 80)
            before = text[self._title_start(max(lo, ent.start - 60), ent.start):ent.start]
            after = text[ent.end:ent.end + 70]
            m = re.match(r"\s*,\s*((?:the|a|an|its|his|her)?\s*[^,.;:()]{0,60})", after)
            words = [w.lower() for w in _WORD.findall(before)[-4:]]
            if m:
                words += [w.lower() for w in _WORD.findall(m.group(1))[:8]]
            words = [ROLE_ABBREVIATIONS.get(w, w) for w in words]  # "Gov." is the governor
            self._roles[ent.id] = {w for w in words if w in PERSON_ROLES}
        return self._roles[ent.id]

    def _title_start(self, lo: int, at: int) -> int:
        """Where the words that may be a title of the name at `at` begin, from `lo`: after the
        last verb or adverb before the name ("President Obama formally endorsed [Hillary
        Clinton]": the title is Obama's, not hers), found in the parse."""
        sdoc = self.doc.spacy
        span = sdoc.char_span(lo, at, alignment_mode="contract") if sdoc is not None else None
        for tok in reversed(span or []):
            if tok.pos_ in ("VERB", "AUX", "ADV") and tok.is_lower:
                return tok.idx + len(tok.text)
        return lo

    def gender(self, ent: Entity) -> str | None:
        """'f', 'm' or None: the name's title or given name, else a gendered role noun the
        text gives the person, else an earlier mention of the same name."""
        if ent.name not in self._gender:
            found = name_gender(self.doc.text[max(0, ent.start - 6):ent.start] + " " + ent.name)
            if found is None:
                found = name_gender(ent.text or ent.name) or next(
                    (g for g in map(role_gender, self.roles(ent)) if g), None)
            self._gender[ent.name] = found
        return self._gender[ent.name]

    def _fits(self, ent: Entity, gender: str | None) -> bool:
        return gender is None or self.gender(ent) in (None, gender)

    def reported(self, start: int, end: int) -> None:
        """Note a statement's span [start, end): the people named in it are what was said,
        not who is speaking."""
        self.said.append((start, end))

    def _in_statement(self, ent: Entity) -> bool:
        return any(a <= ent.start and ent.end <= b for a, b in self.said)

    def subjects(self) -> dict[str, int]:
        """Entity id -> 2 for a person mention that is the subject of its sentence's main verb,
        1 for the subject of another clause (person mentions that are no subject are absent)."""
        if self._subjects is None:
            self._subjects = {}
            sdoc = self.doc.spacy
            for ent in self.people:
                span = sdoc.char_span(ent.start, ent.end, alignment_mode="expand") \
                    if sdoc is not None else None
                rank = subject_rank(span.root) if span is not None else None
                if span is not None and rank is None and opens_clause(span):
                    # "And Hollis on NBC said has now ...": a parse gone wrong still leaves
                    # the name that opens the sentence before its verb as its subject
                    self._subjects[ent.id] = 2
                elif rank is not None:
                    self._subjects[ent.id] = rank
        return self._subjects

    # -- antecedents -----------------------------------------------------------------------
    def _person_before(self, before: int, gender: str | None, depth: int = 0
                       ) -> Entity | None:
        """A fitting person for "he"/"she" at `before` (see the module note): named earlier in
        the same sentence, else the latest subject or speaker in the sentences before, else
        the last fitting speaker, else the last fitting person named outside statements."""
        sentences = [s for s in self.doc.sentences if s.start < before]
        speakers = {e.id for e, _ in self.history if e is not None}
        speaker_names = {e.name for e, _ in self.history if e is not None}
        named = [e for e in self.people if e.end <= before and self._fits(e, gender)
                 and (not self._in_statement(e) or e.id in speakers)]
        subjects = self.subjects()
        for sent in reversed(sentences[-(LOOK_BACK + 1):]):
            inside = [(e, (subjects.get(e.id) == 2, e.id in speakers or e.name in
                           speaker_names, e.id in subjects, e.start))
                      for e in named if sent.start <= e.start < sent.end]
            pronouns = self._pronoun_subjects(sent, before, gender, depth)
            if pronouns:
                # "He said Olaf Scholz had told ...": the person the main clause's "he" stands
                # for is its subject, ahead of anyone named in what he reports; a name the
                # entity tagger missed ("Okafor said ... He said ...") is passed on by name
                entity, name = pronouns[-1]
                if depth == 0:
                    self._named_by_pronoun = name
                return entity
            if sent.start <= before < sent.end:  # "After talks with Biden, he said": not Biden
                inside = [(e, rank) for e, rank in inside if rank[0] or rank[1] or rank[2] or
                          not in_adjunct_phrase(self.doc.spacy, e.start, e.end)]
            if not inside:
                # "The minister added ... . He said:": a speaker named by a description
                described = described_in(self, sent, before, gender)
                if described is not None:
                    return described
                role = gendered_subject(self.doc, sent, before, gender)  # "A spokeswoman
                if role is not None and depth == 0:  # ... welcomed it. It will, she said"
                    self._named_by_pronoun = role
                    return None
                continue
            # the main subject first, then a speaker, then another clause's subject
            best = max(inside, key=lambda pair: pair[1])[0]
            # only the pronoun's own sentence takes any person named in it; a pronoun opening
            # its sentence has none before it ("... spoke with Ana Ruiz. She called ...")
            same = sent.start <= before < sent.end
            if same or best.id in subjects or best.id in speakers or \
                    best.name in speaker_names:
                return best  # the same sentence: "Merkel told her party she ..."
        for entity, _ in reversed(self.history):
            if entity is not None and _a_person(entity) and self._fits(entity, gender):
                return entity
        return named[-1] if named else None

    def _pronoun_subjects(self, sent, before: int, gender: str | None, depth: int
                          ) -> list[tuple[Entity | None, str | None]]:
        """(entity, name) for each "he"/"she" before `before` that is the main subject of
        `sent` and fits `gender`: what it was resolved to as a speaker (a person, or a name
        the entity tagger missed, entity None), else the person it stands for (looked up at
        most twice over, so a chain of pronouns ends)."""
        sdoc = self.doc.spacy
        span = sdoc.char_span(sent.start, min(sent.end, before), alignment_mode="contract") \
            if sdoc is not None and depth < 2 else None
        found = []
        for tok in pronoun_subjects(span or [], before, gender):
            if tok.idx in self._pronouns:
                found.append(self._pronouns[tok.idx])
                continue
            person = self._person_before(tok.idx, PERSON_PRONOUNS[tok.lower_], depth + 1)
            if person is not None and _a_person(person):
                found.append((person, None))
        return found

    def _is_group(self, ent: Entity | None) -> bool:
        """An organisation, place or group, and not a person's name tagged as one."""
        return ent is not None and ent.label in GROUP_LABELS and ent.name not in \
            self.person_names

    def _group_before(self, before: int) -> Entity | None:
        for entity, _ in reversed(self.history):
            if self._is_group(entity):
                return entity
        for ent in reversed([e for e in self.doc.entities if e.end <= before]):
            if self._is_group(ent):
                return ent
        return None

    def _with_role(self, before: int, head: str, actor: dict | None = None) -> Entity | None:
        """The latest person before `before` the text gives the role `head` (or a role of
        the same office: "chief" / "director"), if any. With the `actor` a description
        names ("the Jordanian minister": JORGOV), never one of another country, and one of
        the very same code also when the text gives them no role word ("his Jordanian
        counterpart Ayman Safadi"); one of no known country only if no one fits better."""
        gender = role_gender(head)
        wanted = SAME_ROLE.get(head, {head})
        country = (actor or {}).get("country")
        unknown = None
        for ent in reversed([e for e in self.people if e.end <= before]):
            own = ent.actor or {}
            if country and own.get("country") not in (None, country) or \
                    not self._fits(ent, gender):
                continue
            if country and own.get("code") == actor.get("code") and actor.get("sector") and \
                    not self.roles(ent):
                return ent
            if wanted & self.roles(ent):
                if country and own.get("country") is None:
                    unknown = unknown or ent
                    continue
                return ent
        return unknown

    def _described(self, before: int, head: str, words: str = "") -> Entity | None:
        """The entity a description like "the Examiner" or "the ministry" refers to: the
        latest whose name holds the head word (a person only for a role noun: the one of
        the country the description names, if it names one)."""
        head = head.lower()
        role = head in PERSON_ROLES
        if role:
            actor = code_phrase(words) if len(words.split()) > 2 else None
            found = self._with_role(before, head, actor if (actor or {}).get("country")
                                    else None)
            if found is not None or (actor or {}).get("country"):
                return found
        for ent in reversed([e for e in self.doc.entities if e.end <= before]):
            if role and ent.label != "PERSON":
                continue
            if head in ent.name.lower().split() or \
                    head in self.doc.text[ent.start:ent.end].lower().split() or \
                    not role and ent.label in ("ORG", "PERSON") and \
                    described_before(self.doc.text, ent.start) == head:
                return ent  # (or the noun set right before the name: "news agency NNA")
        return self._outlet_before(before) if head in OUTLET_NOUNS else None

    def _outlet_before(self, before: int) -> Entity | None:
        """'the channel', 'the newspaper': the latest outlet named before `before` (an entity
        the actors stage coded as the press)."""
        for ent in reversed([e for e in self.doc.entities if e.end <= before]):
            if ent.label in GROUP_LABELS and (ent.actor or {}).get("sector") in ("JRN", "MED"):
                return ent
        return None

    def _fuller(self, entity: Entity) -> Entity:
        """An earlier mention of the same label with a fuller name ("Trump" -> "Donald
        Trump", "The Examiner" -> "The Washington Examiner"), else the entity itself."""
        words = {w for w in entity.name.lower().split() if w != "the"}
        if not words:
            return entity
        best = entity
        for ent in self.doc.entities:
            if ent.start >= entity.start:
                break
            if ent.label == entity.label and len(ent.name) > len(best.name) and \
                    words <= set(ent.name.lower().split()):
                best = ent
        return best

    # -- the one entry point ---------------------------------------------------------------
    def resolve(self, start: int, end: int, head: str, remember: bool = True) -> dict | None:
        """A source dict {start, end, text, name, entity, actor} for the span [start, end)
        (`head`: its syntactic head word), or None when the span names no speaker."""
        doc = self.doc
        start = after_dateline(doc, start, end)  # "LUXEMBOURG - The court ruled": the court
        text = doc.text[start:end]
        lower = text.lower().strip()
        inside = _overlapping(doc.entities, start, end)
        name = text.strip()
        clauses = relative_clauses(doc.spacy, start, end)
        if clauses:  # "Kenyatta, who backed Odinga, said": not Odinga
            inside = [e for e in inside if not any(a <= e.start < b for a, b in clauses)]
            name = text[:clauses[0][0] - start].strip(" ,") or name
        entity = _pick(inside, PERSON_LABELS + GROUP_LABELS)
        own_words = False  # the source's words stay its name ("Turkish authorities")
        actor_span = None  # the words the speaker's actor is coded from, when not [start, end)
        speaks_for = None  # the person an office or a spokesman speaks for, whose actor it has
        named_back = None  # the actor of an unnamed speaker a pronoun stands for
        if lower in NON_SPEAKERS:
            return None
        definite = lower.split()[:1] in (["the"], ["this"])
        named = self._apposed_person(start, end) if head.lower() in PERSON_ROLES else None
        if named is not None:  # "Col. Jane Roe, [an army spokeswoman], says": Jane Roe
            entity = named
        elif entity is not None and entity.label != "PERSON" and definite and \
                head.lower() in PERSON_ROLES:
            # "the CIA chief": the person holding that office, if the text names one ("the
            # Jordanian minister": one of Jordan's)
            entity = self._with_role(start, head.lower(), code_phrase(text)) or entity
        leading = self._leading_name(start, end) if entity is None or \
            entity.label != "PERSON" else None
        if leading and after_preposition(
                doc.text[start:entity.start if entity is not None else end], leading):
            # "Hollis on NBC's evening show said": the person the entity tagger missed
            # speaks, on the outlet
            entity, name, own_words = None, leading, True
        elif entity is not None:
            entity = self._fuller(entity)
        elif leading and self._by_surname(start, leading) is not None:
            # "Mohamed Hamdan Dagalo ... Dagalo said", the repeated surname untagged: the
            # person named in full before
            entity = self._by_surname(start, leading)
        elif lower in PERSON_PRONOUNS:
            self._named_by_pronoun = None
            entity = self._person_before(start, PERSON_PRONOUNS[lower])
            if self._named_by_pronoun:  # "Okafor said ... He said ... he": Okafor, untagged
                name, own_words = self._named_by_pronoun, True
            unnamed = self._unnamed
            gender = PERSON_PRONOUNS[lower]
            if unnamed and unnamed[1] == len(self.history) - 1 and \
                    (entity is None or entity.end <= unnamed[0]) and \
                    (gender is None or role_gender(unnamed[3]) in (None, gender)):
                # "And Hollis said ... . '...,' he told ...": the last speaker, a name the
                # entity tagger missed, is nearer than any person it found; "a spokesman for
                # the ministry said ... He said": the spokesman, speaking for the ministry
                entity, name = self.history[unnamed[1]][0], unnamed[2]
                own_words = True
                named_back = self._actor_at.get(unnamed[1])  # "The minister ... she": GOV
            if entity is not None and _a_person(entity) or own_words:
                self._pronouns[start] = (entity, name if own_words else None)
        elif lower in GROUP_PRONOUNS:
            plural = self._plural_subject(start) if lower in ("they", "them") else None
            if plural is not None:
                entity, name = plural
                own_words = True
            else:
                body = self._body_subject(start) if lower == "it" and remember else None
                if body is not None:  # "The agency released its review. It said ...": the agency
                    entity, name, actor_span = body
                    own_words = True
                else:
                    entity = self._group_before(start)
            if entity is None and lower in ("they", "them") and plural is None:
                name = self._group_speaker() or name
            elif entity is None and lower == "it" and actor_span is None:
                return None  # "it appears that ...": no one speaks
        elif lower.split()[:1] in (["his"], ["her"]) and head.lower() in SPEAKS_FOR:
            # "His office said": the office of the person "his" stands for, in that person's
            # name and with their actor (the office speaks for them)
            person = self._person_before(start, "m" if lower.startswith("his") else "f")
            if person is not None and _a_person(person):
                name = f"{person.name}'s {' '.join(text.split()[1:])}"
                speaks_for, own_words = person, True
        elif lower.split()[:1] == ["its"] and head.lower() in ISSUED_TEXTS and \
                (issuer := self._body_subject(start)) is not None:
            # "The ministry said ... Its statement added": the statement of the body "it"
            # stands for, in its name and with its actor
            entity, body_name, actor_span = issuer
            name, own_words = f"{body_name}'s {' '.join(text.split()[1:])}", True
        elif one_of(lower, self._group) is not None:  # "One of them said": of the group
            name, own_words, speaks_for = one_of(lower, self._group), True, self._group[1]
        elif definite and document_author(doc.spacy, start, head) is not None:
            # "..., the statement said": who issued it ("The White House said in a statement")
            who = document_author(doc.spacy, start, head)
            found = self.resolve(who.left_edge.idx, who.idx + len(who.text), who.text, False)
            if found is not None:  # (the text, not its author's mention: no entity of its own)
                name, own_words, speaks_for = found["name"], True, found
        elif definite and (head.lower() not in ANONYMOUS_HEADS or
                           head.lower() in PERSON_ROLES and lower.split()[:1] == ["the"]):
            # "the official" is the one the text has named as an official ("A Hamas official,
            # Basem Naim, said ... The official said"); "officials", "a source" stay unnamed
            entity = self._described(start, head, text)
            if entity is None and head.lower() in BODY_NOUNS:
                group = self._group_spoke(start)  # "The ELN ... said. The group said"
                if group is not None:
                    entity, name = group
                    own_words = True
            if entity is None and head.lower() in KIND_OF_BODY:
                # "Boeing delivered 40 jets, the company said", "The FAA grounded the
                # planes. The agency said": the organisation that acts as the subject there
                entity = self._body_of_kind(start, head.lower())
        if entity is not None and not own_words:
            # "a spokesman for the Defense Ministry": the entity speaks, the words stay the name
            # unless the entity is the span's head.
            within = entity.start < end and start < entity.end
            if not within or entity.label == "PERSON" or \
                    head.lower() in doc.text[entity.start:entity.end].lower().split():
                name = entity.name
        if remember:  # a belief's holder is no speaker "he" may stand for
            self.history.append((entity, name))
            self.spoke.append((start, end, entity, name))  # for "It said" (bodies.py)
            remember_described(self, start, end, entity)
            if lower in PERSON_PRONOUNS or entity is not None and entity.label == "PERSON":
                leading = None
            elif entity is None and definite and head.lower() in PERSON_ROLES:
                leading = name  # "The mayor said ... . '...,' she said": no one named mayor
            elif head.lower() in PERSON_ROLES and re.search(
                    rf"\b{re.escape(head)}\s+(?:for|of|at)\b", text, re.I) and (
                    entity is None or start < entity.start < end and _a_group_label(entity)):
                leading = name  # "a spokesman for the Foreign Ministry / the army": unnamed
            elif head.lower() in PERSON_ROLES and (definite or re.match(r"\S+'s? ", text)) and \
                    (entity is None or start <= entity.start < end and _a_group_label(entity)):
                leading = name  # "Nigeria's foreign minister", "the French president": unnamed
            elif lower.split()[:1] in (["a"], ["an"]) and (entity is None or start <= entity.start
                                                             < end and _a_group_label(entity)) \
                    and head.lower() in PERSON_ROLES | ONE_OF_MANY:  # ("a Ukrainian army
                # spokesman": the people or state named in the phrase is no name of its own)
                leading = name  # "a member of the rescue team told AFP ... '...,' he said"
            self._unnamed = (start, len(self.history) - 1, leading, head.lower()) \
                if leading else None
        actor = actor_of(speaks_for) if speaks_for is not None else \
            self.unnamed.recall(text, head) if entity is None and definite else None
        if entity is None and speaks_for is None and name == text.strip() and \
                head.lower() in PERSON_ROLES:
            # "A Microsoft spokeswoman said ... '...,' the spokeswoman said": the one before
            name = self.unnamed.recall_words(text) or name
        actor = actor or named_back or speaker_actor(doc, entity, *(actor_span or (start, end)))
        actor = for_the_body(doc, *(actor_span or (start, end)), actor)  # "a union negotiator"
        if remember:
            self._actor_at[len(self.history) - 1] = actor
        if remember and speaks_for is None and name == text.strip() and \
                (entity is None or entity.label != "PERSON"):
            self.unnamed.remember(text, head, actor)  # its words stay its name: unnamed
        if remember and plural_speaker(head.lower(), text):
            self._group = (name, {"actor": actor}, head.lower())
        return {"start": start, "end": end, "text": text, "name": name,
                "entity": entity.id if entity else None, "actor": actor}

    def _by_surname(self, before: int, leading: str) -> Entity | None:
        """The latest person named before `before` whose name ends with the last word of
        `leading`, a name the entity tagger missed ("Perriello" after "Tom Perriello")."""
        last = leading.split()[-1].lower()
        return next((e for e in reversed(self.people) if e.end <= before and
                     len(e.name.split()) > 1 and e.name.split()[-1].lower() == last), None)

    def _leading_name(self, start: int, end: int) -> str | None:
        """The proper nouns no entity was found for that open a source span ("[Hollis] on
        NBC's evening show"), if it opens with such a name that is no role or group word."""
        sdoc = self.doc.spacy
        span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
        if span is None:
            return None
        words = []
        for tok in span:
            if tok.pos_ == "CCONJ" and not words and tok.i == span.start:
                continue  # "[And] Hollis said"
            if tok.pos_ != "PROPN" or tok.ent_type_ or \
                    tok.lower_ in PERSON_ROLES or tok.lower_ in ANONYMOUS_HEADS:
                break
            words.append(tok.text)
        return " ".join(words) or None

    def _apposed_person(self, start: int, end: int) -> Entity | None:
        """The person a role-noun source stands in apposition to ("Anne Roy, [the mayor],
        said"), when the parse says so."""
        sdoc = self.doc.spacy
        span = sdoc.char_span(start, end, alignment_mode="expand") if sdoc is not None else None
        if span is None or span.root.dep_ != "appos":
            return None
        at = span.root.head.idx
        return next((e for e in self.people if e.start <= at < e.end), None)

    def _plural_subject(self, before: int) -> tuple[Entity | None, str] | None:
        """'Turkish authorities arrested two men they said ...': a plural subject earlier in
        the same sentence, as (its group entity or None, its words); a coordination is one
        ("Estonia, Latvia and Lithuania imposed bans on officials they said ...")."""
        sdoc, sent = self.doc.spacy, self.doc.sentence_at(before)
        if sdoc is None or sent is None:
            return None
        span = sdoc.char_span(sent.start, before, alignment_mode="contract")
        if span is None:
            return None
        subjects = [t for t in span if t.dep_ == "nsubj" and (
            t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children))]
        if not subjects:
            return None
        tok = subjects[-1]
        last = max([tok] + [c for c in tok.subtree if c.dep_ == "conj" and c.head.i == tok.i or
                            c.dep_ == "conj" and c.head.dep_ == "conj"], key=lambda t: t.i)
        lo, hi = sdoc[tok.left_edge.i].idx, last.idx + len(last.text)
        groups = [e for e in _overlapping(self.doc.entities, lo, hi) if self._is_group(e)]
        return (groups[0] if groups else None), self.doc.text[lo:hi]

    def _group_spoke(self, before: int) -> tuple[Entity | None, str] | None:
        """ "The ELN said ... . The group said": the last speaker before `before`, within
        LOOK_BACK sentences, whose words name a body of no state (rebels, a party, a rights
        group), as (its entity or None, its name)."""
        here = self.doc.sentence_at(before)
        for lo, hi, entity, name in reversed(self.spoke):
            sent = self.doc.sentence_at(lo)
            if here is not None and sent is not None and here.i - sent.i > LOOK_BACK:
                break
            if lo < before and (code_phrase(name) or {}).get("sector") in NON_STATE_BODIES:
                return entity, name
        return None

    def _group_speaker(self) -> str | None:
        """'Officials said ... They added': the last unnamed plural speaker."""
        if self.history and self.history[-1][0] is None:
            words = self.history[-1][1].lower().split()
            if words and words[-1] in ANONYMOUS_HEADS and words[-1].endswith("s"):
                return self.history[-1][1]
        return None


# The sectors of a body of no state ("the group", "the movement": actors.refer.BODY_NOUNS).
NON_STATE_BODIES = {"REB", "PTY", "OPP", "NGO", "IMG", "PRM", "CRM"}


def _a_group_label(ent: Entity) -> bool:
    return ent.label in GROUP_LABELS and not _a_person(ent)


def _a_person(ent: Entity) -> bool:
    """A person's name, also one the entity tagger labelled otherwise that the actors stage
    resolved to a known office holder ("Orban" tagged ORG is Viktor Orbán)."""
    return ent.label == "PERSON" or (ent.label in ("ORG", "GPE", "NORP") and
                                     ent.name in load().terms)
