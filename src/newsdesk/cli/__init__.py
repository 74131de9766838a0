"""The command line: one subcommand per library function, each a thin shell over it.

Each module here has `register(subparsers)`, adding its commands with `set_defaults(run=...)`.
A NewsdeskError becomes a one-line message on stderr and exit status 2; a command that
processed inputs of which some failed exits 1 with the count.
"""
from __future__ import annotations

import argparse
import sys

from ..api import __version__
from ..errors import NewsdeskError
from . import analyze, evaluate, serve, store_queries, watch
from . import corpus as corpus_cli
from . import export as export_cli

COMMAND_MODULES = [analyze, store_queries, evaluate, serve, watch, export_cli, corpus_cli]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="News articles to a sourced record of who did what to whom, who says so, "
                    "and what is the writer's own opinion.")
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except NewsdeskError as exc:
        print(f"newsdesk {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `newsdesk ... | head`
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
