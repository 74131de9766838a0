"""The `actors` stage: entity mentions → CAMEO/PLOVER actor codes and canonical names.

    entities.py  the stage, `code_phrase` and `actor_for_span` (used by the events stage)
    phrase.py    how one noun phrase is coded
    lexicon.py   the actor tables (lexicons/*.tsv) as one phrase index
    context.py   codes that depend on the document: shared place names ("Georgia"),
                 country words in personal names, bodies named without their country
    names.py     people's names the entity tagger cut short ("[Maria Corina] Machado")
    name_spans.py how far a name reaches past the tagged span: a title before it ("Chinese
                 President" Xi), a hyphenated tail ("Guinea-Bissau"), a longer table name
    spellings.py one person spelled two ways in one article ("Ingrid Halvorsen" ... "Halvorson")
    untagged.py  names the tagger missed: office holders' surnames ("Trump imposed ..."),
                 states' names ("PORT MORESBY - Papua New Guinea and ...")
    refer.py     roles that point back to a body ("its director", "the group")
    shared.py    bodies several states have under one name ("Joint Chiefs of Staff")
    roles.py     the role written around a name ("Sergei Shoigu, Russia's defense minister")
    side_clauses.py  states named in a relative clause lend no country to the main clause
    armed_groups.py  named non-state armies ("the Arakan Army"): REB, not a state's MIL
    acronyms.py  a short form defined after a name ("the Rapid Support Forces (RSF)")
    mistagged.py names the tagger took for a body or place: a titled name, a later surname
"""
from __future__ import annotations

from .entities import (OCCASION_NOUNS, actor_for_span, actors, code_phrase, is_capital,
                       names_a_country, outlet_name, unnamed_body)
from .context import border_with, names_a_border, on_a_thing, seat_of_a_body
from .phrase import NON_STATE, backs_another
from .refer import body_named_back
from .shared import dateline_country, rehomed
from .side_clauses import absolute_phrase, in_side_clause

__all__ = ["absolute_phrase", "actors", "actor_for_span", "backs_another", "border_with", "body_named_back", "code_phrase",
           "dateline_country", "in_side_clause", "is_capital", "names_a_border", "names_a_country",
           "NON_STATE", "OCCASION_NOUNS", "on_a_thing", "outlet_name", "rehomed", "seat_of_a_body", "unnamed_body"]
