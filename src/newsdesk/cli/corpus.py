"""Corpus commands: `events`, `stories`, `dyads`, `quotes` (store.queries) and `update-corpus`
(corpus.update). While a `newsdesk serve` holds the store, the server reads (runner/reads.py)
and updates it (runner/desk.py): it is the store's one writer, and the output is the same."""
from __future__ import annotations

import argparse
import sys

from ..corpus.chart import plot
from ..errors import InputError
from ..options import DEFAULT_DB
from ..runner.desk import open_desk
from ..runner.reads import open_reader
from ..store import queries
from ..vocab import MODALITIES, PERIODS
from .table import add_format_option, print_rows

# date_basis: 'event' (the event's own date) or 'published' (only the publication day is
# known); told_by: 'outlet' (some outlet says it in its own voice) or 'attributed' (every
# mention relays someone else's words).
EVENT_COLUMNS = ["id", "date", "date_basis", "source_code", "target_code", "cameo", "cameo_name",
                 "goldstein", "modality", "told_by", "mentions", "sources", "articles", "confidence",
                 "evidence"]
DYAD_COLUMNS = ["period", "events", "verbal_coop", "material_coop", "verbal_conflict",
                "material_conflict", "goldstein_mean", "goldstein_sum", "mentions", "not_asserted",
                "dated_by_publication", "z_events", "flag"]
BUSIEST_COLUMNS = ["dyad", "events", "not_asserted", "undated", "mentions", "goldstein_mean",
                   "first_date", "last_date"]
DYADS_HELP = """\
What a dyad counts: the merged events between the two actors (both directions) that are not
only background and not negated or hypothetical. Hedged, planned and requested events count
(the not_asserted column says how many; --asserted-only leaves them out). An event is placed
by its own date, else by the publication day of its first article (the dated_by_publication
column says how many); an event with neither is left out as undated, and so is one dated less
precisely than the period (a month-dated event in a weekly series). With --dyad, a line on
stderr says how many events were counted and how many were left out, and why; without it,
the busiest pairs list their undated events apart (the undated column, not in events)."""
STORY_COLUMNS = ["id", "label", "first_date", "last_date", "n_articles", "n_publishers"]
QUOTE_COLUMNS = ["published", "publisher", "speaker", "source_actor", "kind", "text"]


def register(sub) -> None:
    p = sub.add_parser("events", help="merged events (one per real-world happening)")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--actor", help="actor code prefix, source or target (CHN, USAGOV)")
    p.add_argument("--dyad", help="A:B (both directions) or A>B (one direction)")
    p.add_argument("--since", help="from this ISO date")
    p.add_argument("--until", help="up to this ISO date (inclusive at the precision given)")
    p.add_argument("--cameo", help="CAMEO code prefix (04, 042)")
    p.add_argument("--modality", choices=MODALITIES)
    p.add_argument("--min-confidence", type=_share, metavar="P",
                   help="only merged events whose confidence (how well the reports vouch "
                        "for it, corpus/merge.py: one outlet asserting it gives at most 0.6) "
                        "is at least P (0-1)")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0)
    add_format_option(p)
    p.set_defaults(run=run_events)

    p = sub.add_parser("stories", help="stories: articles about one happening across outlets")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    add_format_option(p)
    p.set_defaults(run=run_stories)

    p = sub.add_parser(
        "dyads", help="events between two actors per week or month",
        description=DYADS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--dyad", help="A:B, e.g. CHN:RUS (without it: the busiest pairs)")
    p.add_argument("--by", choices=PERIODS, default="month")
    p.add_argument("--asserted-only", action="store_true",
                   help="count only events told as fact (asserted): leave out hedged, planned and "
                        "requested ones, which count by default (the not_asserted column)")
    add_format_option(p)
    p.add_argument("--plot", metavar="FILE.png",
                   help="write the chart of the series (the web page's chart): PNG, or SVG for a .svg name")
    p.set_defaults(run=run_dyads)

    p = sub.add_parser("quotes", help="quotes with their speakers")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--speaker", help="part of the speaker's name, or an actor code")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--offset", type=int, default=0)
    add_format_option(p)
    p.set_defaults(run=run_quotes)

    p = sub.add_parser("update-corpus", help="update near-duplicates, stories and merged events "
                                              "(incrementally when only articles were added)")
    p.add_argument("--db", default=DEFAULT_DB)
    # --force: the flag's name before incremental updates; it always meant "from scratch".
    p.add_argument("--full", "--force", dest="full", action="store_true",
                   help="recompute everything from scratch, even if nothing was added")
    add_format_option(p)
    p.set_defaults(run=run_update)


def _share(text: str) -> float:
    """A number from 0 to 1 (argparse type)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return value


def run_events(args) -> int:
    dyad = queries.parse_dyad(args.dyad) if args.dyad else None
    with open_reader(args.db) as reader:
        rows = reader.read("list_events", actor=args.actor, dyad=dyad, since=args.since,
                                   until=args.until, cameo=args.cameo, modality=args.modality,
                                   limit=args.limit, offset=args.offset,
                                   min_confidence=args.min_confidence)
    if args.format == "table":
        for r in rows:
            r["id"] = r["id"][:10]
    print_rows(rows, args.format, EVENT_COLUMNS)
    return 0


def _plural(count, noun: str) -> str:
    """'1 article', '2 articles'."""
    n = int(count or 0)
    return f"{n} {noun if n == 1 else noun + 's'}"


def run_stories(args) -> int:
    with open_reader(args.db) as reader:
        stories = reader.read("list_stories", limit=args.limit, offset=args.offset)
    if args.format != "table":
        print_rows(stories, args.format, STORY_COLUMNS)
        return 0
    for s in stories:
        first, last = (s["first_date"] or "")[:10], (s["last_date"] or "")[:10]  # days, never times
        dates = first if first == last else f"{first} … {last}"
        print(f"{s['id']}  {dates or 'undated'}  {_plural(s['n_articles'], 'article')}, "
              f"{_plural(s['n_publishers'], 'outlet')}")
        print(f"  {s['label']}")
        for a in s["articles"]:
            copy = "  (copy)" if a.get("duplicate_of") else ""
            print(f"    - {(a['published'] or '')[:10]:10}  {a['publisher'] or '?'}: {a['title'] or a['id'][:12]}{copy}")
    return 0


def run_dyads(args) -> int:
    with open_reader(args.db) as reader:
        if not args.dyad:
            rows = reader.read("busiest_dyads", limit=20, asserted_only=args.asserted_only)
            print_rows(rows, args.format, BUSIEST_COLUMNS)
            return 0
        a, b, _ = queries.parse_dyad(args.dyad)
        report = reader.read("dyad_report", a=a, b=b, by=args.by, asserted_only=args.asserted_only)
    rows = report["series"]
    # What the series leaves out goes to stderr, so that csv/json output stays the rows alone.
    print(left_out_line(a, b, args.by, report), file=sys.stderr)
    if args.plot:
        if not rows:
            raise InputError(f"no event between {a} and {b} is dated by {args.by}: nothing to plot")

        plot(rows, args.plot, f"{a}–{b}: merged events per {args.by} (both directions)")
        print(f"wrote {args.plot}", file=sys.stderr)
    print_rows(rows, args.format, DYAD_COLUMNS)
    return 0


def left_out_line(a: str, b: str, by: str, report: dict) -> str:
    """'CHN–RUS: 4 events counted by month; left out: 1 undated, 2 background' (or '...; none
    left out')."""
    names = {"background": "background", "not_happened": "negated or hypothetical",
             "not_asserted": "not asserted", "undated": "undated",
             "coarser": f"dated less precisely than a {by}"}
    parts = [f"{n} {names[k]}" for k, n in report["left_out"].items() if n]
    return (f"{a}–{b}: {_plural(report['counted'], 'event')} counted by {by}; "
            + (f"left out: {', '.join(parts)}" if parts else "none left out"))


def run_quotes(args) -> int:
    with open_reader(args.db) as reader:
        rows = reader.read("list_quotes", speaker=args.speaker, limit=args.limit, offset=args.offset)
    for r in rows:
        r["published"] = (r["published"] or "")[:10]
    print_rows(rows, args.format, QUOTE_COLUMNS)
    return 0


def run_update(args) -> int:
    with open_desk(args.db) as desk:  # the file, or the `newsdesk serve` holding it
        result = desk.update_corpus(full=args.full)
    if args.format != "table":
        print_rows([result], args.format, [k for k in result if k != "timings"])
    elif result["unchanged"]:
        print(f"{result['articles']} articles: nothing added since the last update "
              f"({result['stories']} stories, {result['merged_events']} merged events); --full recomputes")
    else:
        steps = ", ".join(f"{k} {v:.1f}s" for k, v in result["timings"].items())
        print(f"{result['articles']} articles ({result['mode']}): {result['near_duplicates']} near-duplicates, "
              f"{result['stories']} stories ({result['multi_article_stories']} with several articles), "
              f"{result['event_mentions']} event mentions -> {result['merged_events']} merged events "
              f"in {result['seconds']:.1f}s ({steps})")
    return 0
