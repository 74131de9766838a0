"""What the web app, the API routes and the pages share: the error type, the page size, the
templates and the error page. The routes (api.py, pages.py) import this module, app.py imports
them all, and nothing here imports a route module, so the import graph has no cycle.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates

from ..vocab import QUAD_NAMES

HERE = Path(__file__).parent
MAX_PAGE_SIZE = 500  # the most rows one API call returns


class ApiError(Exception):
    """An error with a status and a stable code, raised by routes; answered as the one JSON
    error shape on /api/ and as the error page elsewhere."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def db_of(request: Request):
    """The app's web.db.Database (reader() and writer() hand out Stores)."""
    return request.app.state.db


def safe_url(url) -> str | None:
    """The URL if it is a plain http(s) link, else None (never a javascript: or data: link)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(
            c in url for c in "\x00\r\n\t "):
        return url
    return None


def plural(count, noun: str, many: str | None = None) -> str:
    """'1 report', '2 reports', '0 reports' (`many` for an irregular plural)."""
    n = int(count or 0)
    return f"{n} {noun if n == 1 else (many or noun + 's')}"


def day(value) -> str:
    """An ISO date or datetime shown as its day (YYYY-MM-DD); a date known only to the month
    or the year stays as it is ('2023-03'); '' for none."""
    return "" if not value else str(value)[:10]


templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["safe_url"] = safe_url
templates.env.filters["plural"] = plural
templates.env.filters["day"] = day
templates.env.globals["QUAD_NAMES"] = QUAD_NAMES


def render_page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render_page(request, "error.html", status=status, status_code=status, message=message)


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path in ("/api", "/openapi.json")


def error_response(request: Request, status: int, code: str, message: str,
                   headers: dict | None = None):
    """The one error shape {"error": {status, code, message}} on the API; the error page
    elsewhere."""
    if wants_json(request):
        return JSONResponse({"error": {"status": status, "code": code, "message": message}},
                            status_code=status, headers=headers)
    return render_error(request, status, message)
