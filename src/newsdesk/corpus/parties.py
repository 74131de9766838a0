"""Which actor codes of event mentions can name one party, so that merged events never join
two sides of one conflict (corpus.merge uses these).

- country_of: the country part of a code (CHNGOV -> CHN); outlets differ in how precisely
  they name one actor, so CHN and CHNGOV are one party.
- actors_compatible / parties_fit: the codes of one role can name one party (one country; a
  sector named alone is the sector of one of the coded actors).
- sides_clash / roles_reversed: the finer test within one country. A civil war, a police
  operation or a riot has its parties in one country: "the army fought the RSF" and "the RSF
  attacked civilians" are SDNMIL -> SDNPRM and SDNPRM -> SDNCVL, one country on each side,
  yet two acts with different doers. Two sets of mentions in which one party is the doer in
  one and the receiver in the other ("police fired on protesters" / "protesters attacked
  police") report two acts (roles_reversed). Across stories, a role whose codes name both an
  armed group outside the state (SIDE_OF: rebels, paramilitaries, criminals, gunmen) and the
  state's forces or officials names two parties too (sides_clash; within a story the coder's
  doer is often who reported the act, so there it is left to the role test). The state's own sectors and civilians may share a role (the victims of
  one attack are "civilians" and "a police officer"; a visit is by "China" and by "its
  defence minister"), and so may civilians and armed men (one man is "the robber" and "a
  local resident"; one shooter "a gunman" and "an employee"): "the army shelled RSF
  positions" and "the army shelled civilians" on one day are then one event, a merge too
  many rather than one person split in two.

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


def roles_reversed(sources_a, targets_a, sources_b, targets_b) -> bool:
    """Whether a party named by its sector is the doer on one side and the receiver on the
    other, and not also in its own role there: "police fired on protesters" and "protesters
    attacked police" are two acts."""
    def swapped(doers, receivers_there, doers_there) -> bool:
        return any(any(_same_party(x, r) for r in receivers_there)
                   and not any(_same_party(x, d) for d in doers_there) for x in doers)
    return (swapped(sources_a, targets_b, sources_b) or swapped(sources_b, targets_a, sources_a)
            or swapped(targets_a, sources_b, targets_b) or swapped(targets_b, sources_a, targets_a))


def one_party_each(sources_a, targets_a, sources_b, targets_b, sides: bool = True) -> bool:
    """Whether two sets of mentions can report one act as far as the parties of one country
    go: no party changes role (roles_reversed) and, with `sides`, neither role names two
    sides (sides_clash). The caller leaves `sides` out within one story: there, a role that
    names the state in one report and an armed group in another is more often one act whose
    doer the coder took from who reported it ("police said the gunman ...": COP) than two
    acts. The country-level tests (actors_compatible, parties_fit) are the caller's."""
    if sides and (sides_clash(set(sources_a) | set(sources_b))
                  or sides_clash(set(targets_a) | set(targets_b))):
        return False
    return not roles_reversed(sources_a, targets_a, sources_b, targets_b)
