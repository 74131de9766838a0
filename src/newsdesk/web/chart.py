"""The dyad timeline as inline SVG, drawn on the server (no JavaScript, no build step).

Cooperation (quad classes 1–2) is drawn above the axis in green, conflict (3–4) below it in red,
one pair of bars per period; a line gives the mean Goldstein score on its own scale (−10…10);
a small triangle marks a period the corpus layer flags as a departure (a spike, a swing).
"""
from __future__ import annotations

import math

from markupsafe import Markup

WIDTH, HEIGHT = 880, 360
LEFT, RIGHT, TOP, BOTTOM = 56, 56, 24, 48


def _num(row: dict, *names) -> float:
    for name in names:
        value = row.get(name)
        if isinstance(value, (int, float)):
            return float(value)
    return 0.0


def dyad_svg(series: list[dict], title: str = "") -> Markup:
    """An SVG chart of one dyad's series rows ({period, cooperation, conflict, goldstein})."""
    if not series:
        return Markup('<p class="empty">No dated events for this pair.</p>')
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    mid = TOP + plot_h / 2
    peak = max(max(_num(r, "cooperation"), _num(r, "conflict")) for r in series) or 1.0
    peak = float(math.ceil(peak / 2) * 2) if peak > 1 else 1.0  # whole-number half ticks
    step = plot_w / len(series)
    bar = max(2.0, min(28.0, step * 0.35))
    parts = [Markup(
        '<svg class="chart" viewBox="0 0 {w} {h}" role="img" aria-label="{t}" '
        'xmlns="http://www.w3.org/2000/svg">').format(w=WIDTH, h=HEIGHT, t=title)]
    parts.append(Markup('<title>{}</title>').format(title))
    parts.append(_grid(peak, mid, plot_h, plot_w))
    points = []
    label_every = max(1, len(series) // 12)
    for i, row in enumerate(series):
        x = LEFT + step * i + step / 2
        coop, conf = _num(row, "cooperation"), _num(row, "conflict")
        period = str(row.get("period") or "")
        h_coop, h_conf = coop / peak * plot_h / 2, conf / peak * plot_h / 2
        parts.append(Markup(
            '<rect class="coop" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}">'
            '<title>{}: {} cooperation events</title></rect>').format(
                x - bar, mid - h_coop, bar, h_coop, period, int(coop)))
        parts.append(Markup(
            '<rect class="conf" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}">'
            '<title>{}: {} conflict events</title></rect>').format(
                x, mid, bar, h_conf, period, int(conf)))
        if row.get("flag"):  # a departure from the pair's usual level (corpus.dyads)
            parts.append(Markup(
                '<path class="flag" d="M{:.1f},{:.1f} l-5,-8 h10 z"><title>{}: {} (events '
                'z={:.1f})</title></path>').format(x, TOP - 2, period, row["flag"],
                                                  _num(row, "z_events")))
        if row.get("goldstein") is not None:
            g = _num(row, "goldstein")
            points.append((i, x, mid - g / 10 * plot_h / 2, period, g))
        if i % label_every == 0:
            parts.append(Markup('<text class="tick" x="{:.1f}" y="{}" text-anchor="middle">{}'
                                '</text>').format(x, HEIGHT - BOTTOM + 18, period))
    # The Goldstein line joins neighbouring periods only: an empty period breaks it.
    for run in _runs(points):
        if len(run) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for _, x, y, _, _ in run)
            parts.append(Markup('<polyline class="gold" points="{}"/>').format(path))
    for _, x, y, period, g in points:
        parts.append(Markup('<circle class="gold" cx="{:.1f}" cy="{:.1f}" r="3">'
                            '<title>{}: mean Goldstein {:+.1f}</title></circle>').format(
                                x, y, period, g))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _runs(points: list[tuple]) -> list[list[tuple]]:
    """Split (index, ...) points into runs of consecutive indexes."""
    runs: list[list[tuple]] = []
    for point in points:
        if runs and runs[-1][-1][0] == point[0] - 1:
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def _grid(peak: float, mid: float, plot_h: float, plot_w: float) -> Markup:
    out = [Markup('<line class="axis" x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}"/>').format(
        LEFT, mid, LEFT + plot_w, mid)]
    for frac in (0.5, 1.0):
        for sign in (-1, 1):
            y = mid + sign * frac * plot_h / 2
            out.append(Markup('<line class="grid" x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}"/>'
                              ).format(LEFT, y, LEFT + plot_w, y))
            out.append(Markup('<text class="tick" x="{}" y="{:.1f}" text-anchor="end">{}</text>'
                              ).format(LEFT - 8, y + 4, _fmt(frac * peak)))
            out.append(Markup('<text class="tick gold-tick" x="{}" y="{:.1f}">{:+d}</text>'
                              ).format(LEFT + plot_w + 8, y + 4, int(-sign * frac * 10)))
    out.append(Markup('<text class="tick" x="{}" y="{:.1f}" text-anchor="end">0</text>').format(
        LEFT - 8, mid + 4))
    # The two halves named along the left edge, outside the bars and the flags.
    for label, y in (("cooperation →", mid - plot_h / 4), ("← conflict", mid + plot_h / 4)):
        out.append(Markup('<text class="axis-label" x="14" y="{:.1f}" text-anchor="middle" '
                          'transform="rotate(-90 14 {:.1f})">{}</text>').format(y, y, label))
    return Markup("").join(out)


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"

