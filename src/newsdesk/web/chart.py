"""The dyad chart on the web page: corpus.chart's SVG (the same chart `newsdesk dyads --plot`
writes), inline, so it needs no script and no request of its own."""
from __future__ import annotations

from markupsafe import Markup

from ..corpus.chart import dyad_chart


def dyad_svg(series: list[dict], title: str = "") -> Markup:
    """An inline SVG of one dyad's series rows (corpus.dyads.dyad_series); a short note when
    no period has an event (events dated only to a month or a year are in the monthly and
    yearly views, not in the weekly or daily ones)."""
    if not series:
        return Markup('<p class="empty">Nothing to chart for this pair in this view: no event '
                      'between them is dated at this resolution (an event known only to its '
                      'month or year shows in the monthly or yearly view).</p>')
    return Markup(dyad_chart(series, title).svg())  # every text in it is escaped
