"""The dyad chart, drawn once for every output: the web page's inline SVG and the CLI's file
(`newsdesk dyads --plot FILE.png|FILE.svg`) both come from `dyad_chart(rows, title)`.

Cooperation (quad classes 1–2) is drawn above the axis in green, conflict (3–4) below it in
red, one pair of bars per period; a line gives the mean Goldstein score on its own scale
(−10…10, right axis); a triangle marks a period the series flags as a departure (a spike, a
swing: corpus.dyads).

The chart is a list of shapes in a WIDTH x HEIGHT pixel space. `Chart.svg()` writes them as SVG
elements with CSS classes (the web page's stylesheet styles them; presentation attributes
carry the same colours, so the file stands alone) and `Chart.png()` draws the same shapes with
matplotlib: the two outputs cannot drift apart.
"""
from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from html import escape

WIDTH, HEIGHT = 880, 360
LEFT, RIGHT, TOP, BOTTOM = 56, 56, 24, 48
HEADING = 22  # extra room at the top for a visible title (files; the web page has its own)
FONT = "DejaVu Sans, sans-serif"
LABEL_CHAR, LABEL_GAP = 7.0, 12.0  # room for one character of a period label, and between labels
# Colours of the web page's stylesheet (web/static/newsdesk.css), by shape class; a key
# "kind.class" overrides "class" for one kind of shape.
STYLE: dict[str, dict] = {
    "coop": {"fill": "#15803d", "opacity": 0.85},
    "conf": {"fill": "#b91c1c", "opacity": 0.85},
    "axis": {"stroke": "#1f2328", "width": 1.0},
    "grid": {"stroke": "#e4e7ec", "width": 1.0, "dash": (3, 3)},
    "tick": {"fill": "#667085", "size": 11},
    "tick gold-tick": {"fill": "#334155", "size": 11},
    "axis-label": {"fill": "#667085", "size": 12},
    "heading": {"fill": "#1f2328", "size": 14},
    "polyline.gold": {"stroke": "#334155", "width": 1.5, "opacity": 0.8},
    "circle.gold": {"fill": "#ffffff", "stroke": "#334155", "width": 1.5},
    "flag": {"fill": "#b45309"},
}


@dataclass(frozen=True)
class Shape:
    kind: str              # rect | line | polyline | polygon | circle | text
    cls: str               # CSS class (and STYLE key)
    xy: tuple[float, ...]  # rect x,y,w,h | line x1,y1,x2,y2 | poly x1,y1,x2,y2... | circle cx,cy,r | text x,y
    text: str = ""         # a text's words; for any other shape, its tooltip
    anchor: str = "start"  # text: start | middle | end
    rotate: float = 0.0    # text: degrees clockwise about (x, y), as SVG's rotate()

    @property
    def style(self) -> dict:
        return STYLE.get(f"{self.kind}.{self.cls}") or STYLE.get(self.cls, {})


@dataclass
class Chart:
    title: str
    height: int = HEIGHT
    shapes: list[Shape] = field(default_factory=list)

    def svg(self) -> str:
        """The chart as one <svg class="chart"> element (text escaped)."""
        t = escape(self.title)
        out = [f'<svg class="chart" viewBox="0 0 {WIDTH} {self.height}" width="{WIDTH}" '
               f'height="{self.height}" font-family="{FONT}" role="img" aria-label="{t}" '
               f'xmlns="http://www.w3.org/2000/svg"><title>{t}</title>']
        out += [_svg_shape(s) for s in self.shapes]
        out.append("</svg>")
        return "".join(out)

    def png(self, dpi: int = 200) -> bytes:
        """The same shapes drawn with matplotlib, as PNG bytes (WIDTH x height at 100 dpi,
        scaled by dpi / 100)."""
        import matplotlib  # heavy (matplotlib): imported only when a PNG is drawn

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt  # heavy (matplotlib): imported only when a PNG is drawn

        fig = plt.figure(figsize=(WIDTH / 100, self.height / 100), dpi=100)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, WIDTH)
        ax.set_ylim(self.height, 0)  # y grows downwards, as in SVG
        ax.axis("off")
        for order, shape in enumerate(self.shapes):  # drawn in the SVG's order
            _mpl_shape(ax, shape, order)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
        plt.close(fig)
        return buf.getvalue()

    def save(self, path: str) -> None:
        """Write the chart to `path`: SVG when it ends with .svg, else PNG."""
        if str(path).lower().endswith(".svg"):
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(self.svg())
        else:
            with open(path, "wb") as fh:
                fh.write(self.png())


def _num(row: dict, name: str) -> float:
    value = row.get(name)
    return float(value) if isinstance(value, (int, float)) else 0.0


def dyad_chart(rows: list[dict], title: str = "", heading: bool = False) -> Chart:
    """The chart of one dyad's series rows (corpus.dyads.series: {period, cooperation,
    conflict, goldstein, flag, z_events}); `heading` writes the title on the chart too (a file
    has nowhere else to show it). ValueError for no rows."""
    if not rows:
        raise ValueError("no periods to chart")
    top = TOP + (HEADING if heading else 0)
    height = HEIGHT + (HEADING if heading else 0)
    chart = Chart(title, height)
    if heading:
        chart.shapes.append(Shape("text", "heading", (LEFT, 20), title))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, height - top - BOTTOM
    mid = top + plot_h / 2
    peak = max(max(_num(r, "cooperation"), _num(r, "conflict")) for r in rows) or 1.0
    # An even peak, at least 2: the half-way tick is then a whole number of events (a count
    # axis never shows 0.5 events).
    peak = float(max(2, math.ceil(peak / 2) * 2))
    chart.shapes += _grid(peak, mid, plot_h, plot_w)
    step = plot_w / len(rows)
    bar = max(2.0, min(28.0, step * 0.35))
    # Period labels never touch: every label_every-th period is named, so that a label and a
    # gap fit in the room of that many periods (digits of an 11 px font are ~6.4 px wide).
    longest = max(len(str(r.get("period") or "")) for r in rows)
    label_every = max(1, math.ceil((longest * LABEL_CHAR + LABEL_GAP) / step))
    points = []
    for i, row in enumerate(rows):
        x = LEFT + step * i + step / 2
        period = str(row.get("period") or "")
        coop, conf = _num(row, "cooperation"), _num(row, "conflict")
        h_coop, h_conf = coop / peak * plot_h / 2, conf / peak * plot_h / 2
        chart.shapes.append(Shape("rect", "coop", (x - bar, mid - h_coop, bar, h_coop),
                                  f"{period}: {int(coop)} cooperation events"))
        chart.shapes.append(Shape("rect", "conf", (x, mid, bar, h_conf),
                                  f"{period}: {int(conf)} conflict events"))
        if row.get("flag"):
            chart.shapes.append(Shape("polygon", "flag", (x, top - 2, x - 5, top - 10, x + 5, top - 10),
                                      f"{period}: {row['flag']} (events z={_num(row, 'z_events'):.1f})"))
        if row.get("goldstein") is not None:
            g = _num(row, "goldstein")
            points.append((i, x, mid - g / 10 * plot_h / 2, period, g))
        if i % label_every == 0:
            chart.shapes.append(Shape("text", "tick", (x, height - BOTTOM + 18), period, "middle"))
    # The Goldstein line joins neighbouring periods only: an empty period breaks it.
    for run in _runs(points):
        if len(run) > 1:
            chart.shapes.append(Shape("polyline", "gold", tuple(v for p in run for v in p[1:3])))
    for _, x, y, period, g in points:
        chart.shapes.append(Shape("circle", "gold", (x, y, 3), f"{period}: mean Goldstein {g:+.1f}"))
    return chart


def _runs(points: list[tuple]) -> list[list[tuple]]:
    """Split (index, ...) points into runs of consecutive indexes."""
    runs: list[list[tuple]] = []
    for point in points:
        if runs and runs[-1][-1][0] == point[0] - 1:
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def _grid(peak: float, mid: float, plot_h: float, plot_w: float) -> list[Shape]:
    out = [Shape("line", "axis", (LEFT, mid, LEFT + plot_w, mid))]
    for frac in (0.5, 1.0):
        for sign in (-1, 1):
            y = mid + sign * frac * plot_h / 2
            out.append(Shape("line", "grid", (LEFT, y, LEFT + plot_w, y)))
            out.append(Shape("text", "tick", (LEFT - 8, y + 4), _fmt(frac * peak), "end"))
            out.append(Shape("text", "tick gold-tick", (LEFT + plot_w + 8, y + 4),
                             f"{int(-sign * frac * 10):+d}"))
    out.append(Shape("text", "tick", (LEFT - 8, mid + 4), "0", "end"))
    # The two halves named along the left edge, outside the bars and the flags.
    for label, y in (("cooperation →", mid - plot_h / 4), ("← conflict", mid + plot_h / 4)):
        out.append(Shape("text", "axis-label", (14, y), label, "middle", -90))
    return out


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"


# -- SVG ------------------------------------------------------------------------------------------
def _svg_paint(style: dict, kind: str) -> str:
    attrs = []
    if kind == "polyline":
        attrs.append('fill="none"')
    elif "fill" in style:
        attrs.append(f'fill="{style["fill"]}"')
    if "stroke" in style:
        attrs.append(f'stroke="{style["stroke"]}" stroke-width="{style.get("width", 1)}"')
    if "dash" in style:
        attrs.append(f'stroke-dasharray="{" ".join(map(str, style["dash"]))}"')
    if "opacity" in style:
        attrs.append(f'opacity="{style["opacity"]}"')
    if "size" in style:
        attrs.append(f'font-size="{style["size"]}"')
    return " ".join(attrs)


def _svg_shape(s: Shape) -> str:
    paint, cls = _svg_paint(s.style, s.kind), escape(s.cls)
    tip = f"<title>{escape(s.text)}</title>" if s.text and s.kind != "text" else ""
    xy = s.xy
    if s.kind == "rect":
        return (f'<rect class="{cls}" x="{xy[0]:.1f}" y="{xy[1]:.1f}" width="{xy[2]:.1f}" '
                f'height="{xy[3]:.1f}" {paint}>{tip}</rect>')
    if s.kind == "line":
        return f'<line class="{cls}" x1="{xy[0]:.1f}" y1="{xy[1]:.1f}" x2="{xy[2]:.1f}" y2="{xy[3]:.1f}" {paint}/>'
    if s.kind == "polyline":
        pts = " ".join(f"{xy[i]:.1f},{xy[i + 1]:.1f}" for i in range(0, len(xy), 2))
        return f'<polyline class="{cls}" points="{pts}" {paint}/>'
    if s.kind == "polygon":  # a path, as the stylesheet's `path.flag` expects
        pts = " L".join(f"{xy[i]:.1f},{xy[i + 1]:.1f}" for i in range(0, len(xy), 2))
        return f'<path class="{cls}" d="M{pts} Z" {paint}>{tip}</path>'
    if s.kind == "circle":
        return f'<circle class="{cls}" cx="{xy[0]:.1f}" cy="{xy[1]:.1f}" r="{xy[2]:g}" {paint}>{tip}</circle>'
    turn = f' transform="rotate({s.rotate:g} {xy[0]:.1f} {xy[1]:.1f})"' if s.rotate else ""
    return (f'<text class="{cls}" x="{xy[0]:.1f}" y="{xy[1]:.1f}" text-anchor="{s.anchor}"{turn} '
            f'{paint}>{escape(s.text)}</text>')


# -- matplotlib -----------------------------------------------------------------------------------
def _mpl_shape(ax, s: Shape, order: int) -> None:
    # heavy (matplotlib): imported only when a PNG is drawn
    from matplotlib.patches import Circle, Polygon, Rectangle

    st, xy = s.style, s.xy
    line = {"color": st.get("stroke", "#000000"), "linewidth": st.get("width", 1.0) * 0.75,
            "alpha": st.get("opacity", 1.0), "zorder": order}
    if "dash" in st:
        line["linestyle"] = (0, st["dash"])
    if s.kind == "rect":
        ax.add_patch(Rectangle((xy[0], xy[1]), xy[2], xy[3], facecolor=st.get("fill"),
                               alpha=st.get("opacity", 1.0), linewidth=0, zorder=order))
    elif s.kind in ("line", "polyline"):
        ax.plot(xy[0::2], xy[1::2], **line)
    elif s.kind == "polygon":
        ax.add_patch(Polygon(list(zip(xy[0::2], xy[1::2])), closed=True, facecolor=st.get("fill"),
                             linewidth=0, zorder=order))
    elif s.kind == "circle":
        ax.add_patch(Circle((xy[0], xy[1]), xy[2], facecolor=st.get("fill"),
                            edgecolor=st.get("stroke"), linewidth=st.get("width", 1.0) * 0.75,
                            zorder=order))
    else:
        ax.text(xy[0], xy[1], s.text, color=st.get("fill", "#000000"),
                fontsize=st.get("size", 11) * 0.72,  # px at 100 dpi -> points
                ha={"start": "left", "middle": "center", "end": "right"}[s.anchor],
                va="baseline", rotation=-s.rotate, rotation_mode="anchor", zorder=order)


def plot(rows: list[dict], path: str, title: str) -> None:
    """Write the chart of a dyad's series rows to `path` (PNG, or SVG for a .svg name), with
    the title on it."""
    dyad_chart(rows, title, heading=True).save(path)
