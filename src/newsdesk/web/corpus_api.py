"""The corpus queries the web uses (newsdesk.corpus), with stand-ins until that layer lands."""
try:
    from ..corpus import (busiest_dyads, dyad_series, get_story, list_events, list_quotes,
                          list_stories)
except ImportError:  # the corpus layer is not there yet: per-article events, no stories
    from .fallback import (busiest_dyads, dyad_series, get_story, list_events,  # noqa: F401
                           list_quotes, list_stories)
