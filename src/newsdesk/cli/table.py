"""Plain terminal output (no dependency): padded tables with long cells cut with an ellipsis,
and the one `--format table|csv|json` every listing command takes."""
from __future__ import annotations

import csv
import json
import sys

FORMATS = ("table", "csv", "json")
# Columns of dates: a table shows each as its day, so one column never mixes timestamps
# ("2023-04-16T08:30:00+00:00") with days ("2023-04-17"); csv and json keep the value whole.
DAY_COLUMNS = frozenset({"published", "date", "first_date", "last_date"})


def add_format_option(p, default: str = "table") -> None:
    """`--format table|csv|json` (json: one object per line, every field)."""
    p.add_argument("--format", choices=FORMATS, default=default,
                   help="table (default), csv, or json (one object per line, every field)")
    p.add_argument("--json", dest="format", action="store_const", const="json",
                   help="the same as --format json")


def print_rows(rows: list[dict], fmt: str, columns: list[str]) -> None:
    """Rows as a table or CSV (the columns given) or JSON lines (every field)."""
    if fmt == "json":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        print(format_table([[_day(r.get(c)) if c in DAY_COLUMNS else r.get(c) for c in columns]
                            for r in rows], columns))


def _day(value):
    """An ISO date or datetime as its day; a month or a year ('2023-03') as it is."""
    return value[:10] if isinstance(value, str) else value


def format_table(rows: list[list], headers: list[str], max_width: int = 60) -> str:
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = lambda vals: "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()  # noqa: E731
    out = [line(headers), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)


def shorten(text: str, width: int) -> str:
    """`text` on one line, at most `width` characters: cut at the last word boundary that
    fits and ended with "…" when it is longer (a word is cut only when it alone is wider)."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def _cell(value, max_width: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        value = f"{value:.2f}"
    text = " ".join(str(value).split())
    return text if len(text) <= max_width else text[: max_width - 1] + "…"
