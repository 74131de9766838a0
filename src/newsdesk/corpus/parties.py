"""Which actor codes of event mentions can name one party, so that merged events never join
two sides of one conflict (corpus.merge uses these).

- country_of: the country part of a code (CHNGOV -> CHN); outlets differ in how precisely
  they name one actor, so CHN and CHNGOV are one party.
- actors_compatible / parties_fit: the codes of one role can name one party (one country; a
  sector named alone is the sector of one of the coded actors).
- sides_clash / roles_reversed: the finer test within one country, across stories. A civil
  war, a police operation or a riot has its parties in one country: "the army fought the RSF"
  and "the RSF attacked civilians" are SDNMIL -> SDNPRM and SDNPRM -> SDNCVL, one country on
  each side, yet two acts with different doers; on one day in two stories the merge key (one
  country each side, one root) joined them. Two sets of mentions in which one party is the
  receiver in one and the doer in the other, acting on a third, report two acts
  (roles_reversed), and a role whose codes name both an armed group outside the state
  (SIDE_OF: rebels, paramilitaries, criminals, gunmen) and the state's forces or officials
  names two parties (sides_clash). The state's own sectors and civilians may share a role
  (the victims of one attack are "civilians" and "a police officer"; a visit is by "China"
  and by "its defence minister"), and so may civilians and armed men (one man is "the
  robber" and "a local resident"; one shooter "a gunman" and "an employee").
  Within one story only the chain test applies, and only when groups of the story join
  (merge.join_in_story): there the coder's doer is often who reported the act ("police said
  the gunman ..." gives COP), so a single mention joins a cluster of its own story with no
  party test. Measured on ECB+ (all public topics): no test within stories gave precision
  0.814 (victims' counts joined to the shooting they followed, goods seized joined to the
  arrests); the chain test on every mention cost true pairs (recall 0.85 < the 0.86 floor);
  the chain test on groups only gave 0.887 / 0.86. "The army attacked the RSF" and "the RSF
  attacked civilians" as two mentions of one story may still merge (open: a doer the coder
  did not take from the teller).

The sector groups are the actors stage's: STATE_SECTORS (stages/actors/context.py) and
OUTLAW_SECTORS (stages/actors/side_clauses.py), with the CAMEO insurgent and separatist
sectors (INS, SEP) added to the armed groups.
"""
from __future__ import annotations

import functools
from importlib import resources

from ..stages.actors.context import STATE_SECTORS
from ..stages.actors.side_clauses import OUTLAW_SECTORS

ARMED_SECTORS = frozenset(OUTLAW_SECTORS | {"INS", "SEP"})
# The side a sector is on when parties of one country meet: "state", "armed" (outside the
# state) or, for every other sector, "civil".
SIDE_OF: dict[str, str] = {**{s: "state" for s in STATE_SECTORS}, **{s: "armed" for s in ARMED_SECTORS}}


@functools.lru_cache(maxsize=1)
def _code_prefixes() -> tuple[frozenset, frozenset]:
    """ISO-3166 alpha-3 codes (countries.tsv) and the pseudo-country kinds (igos.tsv: IGO, IMG ...)."""
    def first_cells(name: str, column: int) -> set[str]:
        text = resources.files("newsdesk.lexicons").joinpath(name).read_text(encoding="utf-8")
        rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        return {r[column].strip() for r in rows[1:] if len(r) > column}
    return frozenset(first_cells("countries.tsv", 0)), frozenset(first_cells("igos.tsv", 1))


def country_of(code: str | None) -> str | None:
    """The country part of an actor code (CHNGOV -> CHN), the organisation for pseudo-countries
    (IGOUNO -> IGOUNO), None for a sector alone (GOV, JRN: an unnamed government, a journalist)."""
    if not code:
        return None
    countries, kinds = _code_prefixes()
    if code[:3] in countries:
        return code[:3]
    if code[:3] in kinds and len(code) >= 6:
        return code[:6]
    return None


def sector_of(code: str | None) -> str | None:
    """The first sector an actor code names (SDNMIL -> MIL, COP -> COP), None for a country or
    an organisation alone (SDN, IGOUNO)."""
    if not code:
        return None
    country = country_of(code)
    rest = code[len(country):] if country else code
    return rest[:3] or None


def actors_compatible(a: str | None, b: str | None) -> bool:
    """Whether two actor codes of one role can name one party: the same country (CHNGOV and
    CHN), the same code, or a sector alone and a code of that sector (COP and ITACOP: 'the
    police' and 'Italian police'). Both must be known."""
    if not a or not b:
        return False
    ca, cb = country_of(a), country_of(b)
    if ca and cb:
        return ca == cb
    if ca or cb:  # one is a sector alone: the other's sector must be it
        sector, coded = (a, b) if cb else (b, a)
        return coded.endswith(sector) and len(coded) > len(sector)
    return a == b


def parties_fit(mine: set[str], theirs: set[str]) -> bool:
    """Whether the actor codes two sets of mentions give one role can name one party: one
    country among all the coded actors of both sides, and every sector named alone ("police")
    the sector of one of those (or, with no country named on either side, one sector alone).
    A group of one story may name its victims "civilians" in one report and "Americans" or
    "police officers" in others: a report that says only "civilians" fits the group when one
    of its reports names civilians with their country."""
    codes = mine | theirs
    coded = {c for c in codes if country_of(c)}
    if len({country_of(c) for c in coded}) > 1:
        return False
    alone = codes - coded
    if not coded:
        return len(alone) <= 1
    return all(any(actors_compatible(a, b) for b in coded) for a in alone)


def sides_clash(codes) -> bool:
    """Whether the codes of one role name two parties (module note): an armed group outside
    the state and the state's own people. Civilians and armed men may be one party: a doer is
    "a gunman" in one report and "a former employee" in another, and whom the police shot or
    arrested is "the robber" in one and "a local resident" in another."""
    sides = {SIDE_OF.get(s, "civil") for s in map(sector_of, codes) if s}
    return {"state", "armed"} <= sides


def _same_party(a: str, b: str) -> bool:
    """Two codes that name one party by its sector: the same sector, or two sectors of armed
    groups outside the state (outlets and the coder call one militia rebels, paramilitaries or
    gunmen: SDNREB and SDNPRM), and the same country or one without a country (SDNPRM, PRM)."""
    sa, sb = sector_of(a), sector_of(b)
    if not sa or not sb or (sa != sb and not {sa, sb} <= ARMED_SECTORS):
        return False
    ca, cb = country_of(a), country_of(b)
    return ca is None or cb is None or ca == cb


def _meets(codes_a, codes_b) -> bool:
    return any(_same_party(a, b) for a in codes_a for b in codes_b)


def roles_reversed(sources_a, targets_a, sources_b, targets_b) -> bool:
    """Whether the mentions chain three parties: the receiver on one side is the doer on the
    other, who acts on someone else ("the army attacked the RSF" / "the RSF attacked
    civilians"). Merged, they would make a pair no report names (the army and civilians). A
    pair merely swapped ("police fired on protesters" / "protesters attacked police") names
    the same two parties: a clash told from either side, or a passive the coder read the
    other way round, so it is no chain."""
    return ((_meets(targets_a, sources_b) and not _meets(sources_a, targets_b))
            or (_meets(targets_b, sources_a) and not _meets(sources_b, targets_a)))


def one_party_each(sources_a, targets_a, sources_b, targets_b, across_stories: bool = True) -> bool:
    """Whether two sets of mentions can report one act as far as the parties of one country
    go: no party changes role onto a third (roles_reversed) and, `across_stories`, neither
    role names two sides (sides_clash; within a story a role may name the state and an armed
    group when the coder took the doer from the teller: module note). The country-level tests (actors_compatible, parties_fit) are the caller's."""
    if across_stories and (sides_clash(set(sources_a) | set(sources_b)) or sides_clash(set(targets_a) | set(targets_b))):
        return False
    return not roles_reversed(sources_a, targets_a, sources_b, targets_b)
