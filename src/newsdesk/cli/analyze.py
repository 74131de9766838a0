"""`newsdesk analyze` and `newsdesk ingest`."""
from __future__ import annotations

import json
import sys

from ..api import analyze, ingest
from ..errors import InputError
from ..options import DEFAULT_DB, VOICE_MODELS, Options
from .table import FORMATS, format_table, print_rows, shorten

# How many failed inputs / articles with a failed stage `ingest` names before pointing at
# `newsdesk errors` (every one is in the store's errors table).
SHOW_FAILURES = 5
# The opinion line shows at most this many of the writer's sentences, each cut to this width:
# a hint of the voice, one line long; the record has every sentence's label.
OPINION_SENTENCES, OPINION_WIDTH = 3, 90
# `analyze --format csv`: one row per article.
SUMMARY_COLUMNS = ["id", "title", "published", "publisher", "source", "sentences", "quotes",
                   "events", "errors"]


def register(sub) -> None:
    p = sub.add_parser("analyze", help="analyse documents and print their records (nothing stored)")
    p.add_argument("sources", nargs="*", metavar="SOURCE",
                   help="file, directory, JSONL/CSV file, feed, WARC, http(s) URL, or - for stdin")
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="table (default: a readable summary), csv (one row per article) or json "
                        "(one article record per line: the contract)")
    p.add_argument("--json", dest="format", action="store_const", const="json",
                   help="the same as --format json")
    add_input_options(p)
    p.set_defaults(run=run_analyze)

    p = sub.add_parser("ingest", help="analyse documents and store them in the database")
    p.add_argument("sources", nargs="*", metavar="SOURCE")
    p.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB file (default {DEFAULT_DB})")
    p.add_argument("--quiet", action="store_true", help="no progress bar, no per-error lines")
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help="analyse in N worker processes (per-article time limit, crash isolation);"
                        " 0 (default): in this process")
    p.add_argument("--distributed", metavar="ADDRESS",
                   help="analyse on a Dask cluster, e.g. tcp://scheduler:8786")
    add_input_options(p)
    p.set_defaults(run=run_ingest)


def add_input_options(p) -> None:
    p.add_argument("--field", action="append", default=[], metavar="NAME=FIELD",
                   help="map a corpus field onto a document field, e.g. text=content_original")
    p.add_argument("--urls", metavar="FILE", help="a file of URLs to fetch, one per line (# comments)")
    p.add_argument("--fetch-feed-items", action="store_true",
                   help="fetch each feed item's page (default: the item's title and summary)")
    p.add_argument("--max-bytes", type=int, default=Options.max_bytes,
                   help="refuse inputs larger than this (default 5 MB)")
    add_voice_option(p)


def add_voice_option(p) -> None:
    p.add_argument("--voice-model", choices=VOICE_MODELS, default=Options.voice_model,
                   help="opinion models: encoder (default: a fine-tuned transformer with the "
                        "linear models) or linear (the linear models alone: faster, less "
                        "accurate)")


def options_from(args) -> Options:
    fields = {}
    for spec in args.field:
        name, _, column = spec.partition("=")
        if not column:
            raise InputError(f"--field takes NAME=FIELD, got {spec!r}")
        fields[column] = name
    return Options(fields=fields, max_bytes=args.max_bytes, quiet=getattr(args, "quiet", False),
                   fetch_feed_items=getattr(args, "fetch_feed_items", False),
                   voice_model=args.voice_model)


def sources_from(args) -> list[str]:
    """SOURCE arguments, then the URLs listed in --urls FILE."""
    sources = list(args.sources)
    if getattr(args, "urls", None):
        try:
            with open(args.urls, encoding="utf-8") as fh:
                sources += [line.strip() for line in fh if line.strip() and not line.lstrip().startswith("#")]
        except OSError as exc:
            raise InputError(f"cannot read --urls file: {exc.strerror or exc}", args.urls) from None
    if not sources:
        raise InputError("no SOURCE given (name files, directories, URLs, - for stdin, or --urls FILE)")
    return sources


def run_analyze(args) -> int:
    failed = 0
    rows = []
    for item in analyze(sources_from(args), options_from(args)):
        if isinstance(item, InputError):
            failed += 1
            print(f"newsdesk analyze: {item}", file=sys.stderr)
        elif args.format == "json":
            print(json.dumps(item, ensure_ascii=False), flush=True)
        elif args.format == "csv":
            rows.append(summary_row(item))
        else:
            print(summarise(item) + "\n", flush=True)
    if rows:
        print_rows(rows, "csv", SUMMARY_COLUMNS)
    if failed:
        print(f"newsdesk analyze: {failed} input(s) failed", file=sys.stderr)
    return 1 if failed else 0


def summary_row(record: dict) -> dict:
    """One record as the row `analyze --format csv` writes (SUMMARY_COLUMNS)."""
    m = record["meta"]
    return {"id": record["id"], "title": m.get("title"), "published": m.get("published"),
            "publisher": m.get("publisher"), "source": m.get("source"),
            "sentences": len(record["sentences"]), "quotes": len(record["quotes"]),
            "events": len(record["events"]),
            "errors": "; ".join(f"{e.get('stage')}: {e.get('reason')}" for e in record["errors"])}


HEARER_WIDTH = 24


def hearer_cell(quote: dict) -> str:
    """The press a quote reached us through: "to Reuters" (told to it), "via the Daily Ledger"
    (an outlet that reports it, citing the speaker), "to Jake Tapper (CNN)"; "" for none."""
    hearer = quote.get("hearer") or {}
    name = hearer.get("name") or hearer.get("text")
    if not name:
        return ""
    outlet = (hearer.get("outlet") or {}).get("name")
    text = ("via " if hearer.get("relation") == "reported" else "to ") + name + (
        f" ({outlet})" if outlet and outlet not in name else "")
    return shorten(text, HEARER_WIDTH)


def quote_table(quotes: list[dict]) -> str:
    """The quotes as a table; a column for the press they reached us through ("to Reuters")
    only when one of them has it, so the table stays narrow otherwise."""
    through = any(hearer_cell(q) for q in quotes)
    rows = [[q["id"], q["kind"], (q.get("source") or {}).get("name")] +
            ([hearer_cell(q)] if through else []) + [q["content"]["text"]] for q in quotes]
    return format_table(rows, ["quote", "kind", "source"] + (["through"] if through else []) +
                        ["content"])


def summarise(record: dict) -> str:
    """A readable account of one record: header, then quotes, beliefs/stances and events as
    tables, the writer's opinion sentences, what was not analysed, the entities."""
    m = record["meta"]
    head = [
        m.get("title") or "(untitled)",
        "  " + " | ".join(x for x in [m.get("published"), m.get("publisher"),
                                        ", ".join(m.get("authors") or []), m.get("source")] if x),
        f"  {len(record['sentences'])} sentences, {len(record['entities'])} entities, "
        f"{len(record['quotes'])} quotes, {len(record['events'])} events   id {record['id'][:12]}",
    ]
    parts = ["\n".join(head)]
    if record["quotes"]:
        parts.append(quote_table(record["quotes"]))
    beliefs = record.get("beliefs") or []
    if beliefs:
        parts.append(belief_table(beliefs))
    if record["events"]:
        parts.append(format_table(
            [[e["cameo"], e["cameo_name"], (e.get("source_actor") or {}).get("code"),
              (e.get("target_actor") or {}).get("code"), e["modality"],
              (e.get("time") or {}).get("date"), "yes" if e.get("background") else "",
              said_by_cell(e, record["quotes"], beliefs), e["evidence"]["text"]]
             for e in record["events"]],
            ["cameo", "event", "source", "target", "modality", "date", "background", "said by",
             "evidence"], max_width=44))
    opinion = opinion_line(record)
    if opinion:
        parts.append(opinion)
    if record["errors"]:
        parts.append("  partly analysed: " + "; ".join(
            f"{e.get('stage')}: {e.get('reason')}" for e in record["errors"]))
    if record["entities"]:
        names = sorted({e["name"] for e in record["entities"] if e["label"] in ("PERSON", "ORG", "GPE", "NORP")})
        parts.append("  entities: " + ", ".join(names[:15]) + (" …" if len(names) > 15 else ""))
    return "\n".join(parts)


def opinion_line(record: dict) -> str | None:
    """'  opinion: ...': the writer's own opinion, i.e. the sentences in the author's voice
    labelled SUBJ, most subjective first, each cut at a word with an ellipsis; subjective
    sentences inside quotes are someone else's opinion, so they are only counted ("and 2
    subjective sentences inside quotes"). None when no sentence is subjective."""
    subjective = [s for s in record["sentences"]
                  if (s.get("subjectivity") or {}).get("label") == "SUBJ"]
    own = sorted((s for s in subjective if s.get("voice") == "author"),
                 key=lambda s: (-float((s.get("subjectivity") or {}).get("score") or 0.0), s["i"]))
    if not subjective:
        return None
    if own:
        more = len(own) - OPINION_SENTENCES
        line = " / ".join(shorten(record["text"][s["start"]:s["end"]], OPINION_WIDTH)
                          for s in own[:OPINION_SENTENCES])
        line += f" (+{more} more)" if more > 0 else ""
    else:
        line = "none in the writer's own voice"
    quoted = len(subjective) - len(own)
    if quoted:
        line += (" — and " if own else "; ") + \
            f"{quoted} subjective sentence{'s' if quoted > 1 else ''} inside quotes"
    return "  opinion: " + line


# The holder's name in an event's "said by" cell ("q4 two U.S. officials").
SAID_BY_WIDTH = 24


def belief_table(beliefs: list[dict]) -> str:
    """The beliefs and stances (the record's `beliefs`: attributions that are no statement,
    "X fears that ...", "X accused Y of ...") as a table: who holds it, the cue, the content
    cut like a quote's."""
    rows = [[b["id"], b.get("kind"), (b.get("source") or {}).get("name"),
             (b.get("cue") or {}).get("text"), b["content"]["text"]] for b in beliefs]
    return format_table(rows, ["belief", "kind", "holder", "cue", "content"])


def _spans(attribution: dict) -> list[dict]:
    """The pieces of an attribution's content (`parts` when it is split, else the whole)."""
    content = attribution["content"]
    return content.get("parts") or [content]


# Cues of a stance that judges an act: praise, welcome, blame of the act itself. The act its
# object names is presupposed, told by whoever told it before (or the writer): "Turkey
# welcomed the deal" tells no deal of Turkey's. An accusation or a denial ("accused the army
# of attacking civilians") is no such cue: it tells the act, and its holder answers for it.
JUDGING_CUES = frozenset("""
praise hail welcome applaud laud commend endorse thank congratulate celebrate salute
criticize criticise condemn denounce deplore decry slam blast lament bemoan regret mourn
deride mock ridicule defend champion rail protest object oppose
""".split())


def _judges_an_act(belief: dict) -> bool:
    """Is the belief a stance whose cue (any inflected form) is in JUDGING_CUES?"""
    for word in ((belief.get("cue") or {}).get("text") or "").lower().split():
        # the word's plain form among its likely stems: praised, hailing, slammed, criticises
        if {word, word[:-1], word[:-2], word[:-3], word[:-3] + "e"} & JUDGING_CUES:
            return True
    return False


def covering_belief(event: dict, beliefs: list[dict]) -> dict | None:
    """The belief or stance whose content holds the event's evidence ("accused the RSF of
    [attacking] civilians"), the innermost when they nest; not a stance that only judges the
    act it names (`_judges_an_act`: "welcomed [the deal]"), nor a question ("Asked whether
    [the army attacked] ...": it tells nothing). Events point only at quotes (`attributed_to`),
    never at beliefs, so the view finds this from the offsets."""
    ev = event["evidence"]
    holding = [b for b in beliefs if not _judges_an_act(b) and b.get("kind") != "question" and
               any(p["start"] <= ev["start"] and ev["end"] <= p["end"] for p in _spans(b))]
    return min(holding, key=lambda b: b["content"]["end"] - b["content"]["start"], default=None)


def said_by_cell(event: dict, quotes: list[dict], beliefs: list[dict]) -> str:
    """Who the event is told by, as "id name": the quote it is attributed to, else the belief
    or stance it sits in ("b0 The Sudanese army"); "" for the writer's own account."""
    if event.get("attributed_to"):
        by = next((q for q in quotes if q["id"] == event["attributed_to"]),
                  {"id": event["attributed_to"]})
    else:
        by = covering_belief(event, beliefs)
    if by is None:
        return ""
    name = (by.get("source") or {}).get("name")
    return shorten(f"{by['id']} {name}" if name else by["id"], SAID_BY_WIDTH)


def run_ingest(args) -> int:
    options = options_from(args)
    report = ingest(sources_from(args), db=args.db, options=options, workers=args.workers,
                    distributed=args.distributed)
    if not options.quiet:
        for message in report.error_messages[:SHOW_FAILURES]:
            print(f"newsdesk ingest: {message}", file=sys.stderr)
    print(report.summary())
    if not options.quiet:
        for message in report.stage_error_messages[:SHOW_FAILURES]:
            print(f"newsdesk ingest: partly analysed: {message}", file=sys.stderr)
    if report.stage_errors:
        print(f"newsdesk ingest: {report.stage_errors} article(s) stored with a failed stage"
              + (f" (the first {SHOW_FAILURES} above)"
                 if report.stage_errors > SHOW_FAILURES and not options.quiet else "")
              + f"; see `newsdesk errors --db {args.db}`", file=sys.stderr)
    if report.errors:
        print(f"newsdesk ingest: {report.errors} input(s) failed"
              + (f" (the first {SHOW_FAILURES} above)"
                 if report.errors > SHOW_FAILURES and not options.quiet else "")
              + f"; see `newsdesk errors --db {args.db}`", file=sys.stderr)
    return 1 if report.errors else 0
