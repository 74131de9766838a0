"""The web application: REST API under /api/, server-rendered pages, static files, and the
API's documentation at /docs and /redoc, served from the app itself (fastapi-offline: no CDN,
so the docs work on a machine without internet access).

    app = create_app("newsdesk.duckdb", token="s3cret")   # an ASGI app (FastAPI)

Every error, on every /api/ route, is one JSON shape: {"error": {"status", "code", "message"}};
pages get the same message as a small HTML page. Nothing internal (no stack trace, no SQL)
reaches a client. Without a token the API is read-only (POST /api/analyze answers 403).

With a `handoff_secret` (what `newsdesk serve` does unless --read-only) the app opens the
store for writing whatever the token, and takes the records that `newsdesk ingest` and
`newsdesk watch` hand it on /api/handoff/ (web/handoff.py): the server is the store's one
writer, and readers never block it. Without one it opens the store read-only.

POST /api/analyze with a URL fetches only public addresses: a host (or a redirect) that
resolves to a private, loopback, link-local, multicast, reserved or unspecified address is
refused with 403 `blocked_address`, so a token holder cannot make the server reach its own
network. `create_app(..., allow_private_fetch=True)` lifts that (tests, a trusted intranet).
"""
from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from http import HTTPStatus
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..api import __version__
from ..errors import AmbiguousIdError, InputError, NewsdeskError
from ..runner.handoff import MAX_BODY as HANDOFF_MAX_BODY  # a batch of handed records
from . import api, handoff, pages
from .cache import CacheMiddleware
from .common import HERE, MAX_PAGE_SIZE, ApiError, error_response
from .db import Database

MAX_BODY_BYTES = 2 * 1024 * 1024  # a posted article larger than this is refused (413)
DOCS_ASSETS = "/static-offline-docs"  # fastapi-offline's Swagger UI and ReDoc files
log = logging.getLogger("newsdesk.web")

# Sent with every page: no inline script, no third-party origin, no framing. (/docs and
# /redoc are the exception: Swagger UI and ReDoc start from an inline script.)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(db_path: str | Path, token: str | None = None,
               max_body_bytes: int = MAX_BODY_BYTES, cache_size: int = 512,
               allow_private_fetch: bool = False, handoff_secret: str | None = None) -> FastAPI:
    """The ASGI app over one store. A token enables writes (POST /api/analyze); `cache_size`
    GET responses are kept until the next write (0: no cache). `allow_private_fetch` lets a
    posted URL reach private/loopback addresses (off: only public ones are fetched).
    `handoff_secret`: take handed records (see the module docstring)."""
    db = Database(db_path, writable=bool(token), cache_size=cache_size,
                  one_writer=bool(handoff_secret))

    @asynccontextmanager
    async def lifespan(app):
        yield
        db.close()

    app = FastAPIOffline(
        title="newsdesk", version=__version__, lifespan=lifespan, static_url=DOCS_ASSETS,
        # No "validator" badge: Swagger UI would send the spec to validator.swagger.io.
        swagger_ui_parameters={"validatorUrl": None},
        description="Who did what to whom, who says so, and what is the writer's own "
                    "opinion: the articles, quotes, events and stories of one store.")
    app.state.db = db
    app.state.token = token or None
    app.state.allow_private_fetch = allow_private_fetch
    app.state.handoff_secret = handoff_secret or None
    app.state.pipeline = None  # built on the first analysis (api.pipeline_of)
    app.state.pipeline_lock = threading.Lock()
    app.state.analysis_lock = threading.Lock()  # analyses take turns on the one Pipeline
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(handoff.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _install_error_handlers(app)
    _install_middleware(app, max_body_bytes)
    app.add_middleware(CacheMiddleware, cache=db.cache)  # outermost: hits skip the rest
    return app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return error_response(request, exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_")
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        return error_response(request, exc.status_code, code, message,
                              getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors()[:5]:
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query"))
            problems.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return error_response(request, 422, "invalid_request", "; ".join(problems))

    @app.exception_handler(AmbiguousIdError)
    async def ambiguous_id(request: Request, exc: AmbiguousIdError):
        # A prefix several ids share is the caller's to lengthen: 400, not 404 or 422.
        return error_response(request, 400, "ambiguous_id", str(exc))

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):
        return error_response(request, 422, "invalid_input", str(exc))

    @app.exception_handler(NewsdeskError)
    async def newsdesk_error(request: Request, exc: NewsdeskError):
        log.warning("newsdesk error on %s: %s", request.url.path, exc)
        return error_response(request, 500, "server_error", "the server could not do that")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "server_error", "internal server error")


def _install_middleware(app: FastAPI, max_body_bytes: int) -> None:
    @app.middleware("http")
    async def limits_and_headers(request: Request, call_next):
        length = request.headers.get("content-length")
        # Handed records come in batches (runner/handoff.py): the secret's holder gets more.
        max_body = (HANDOFF_MAX_BODY if request.url.path.startswith("/api/handoff/")
                    and handoff.secret_ok(request) else max_body_bytes)
        if length is not None and (not length.isdigit() or int(length) > max_body):
            return error_response(request, 413, "body_too_large",
                                  f"request body over {max_body} bytes")
        if request.method in ("POST", "PUT", "PATCH") and length is None:
            body = b""
            async for chunk in request.stream():
                body += chunk
                if len(body) > max_body:
                    return error_response(request, 413, "body_too_large",
                                          f"request body over {max_body} bytes")
            request._body = body  # replayed to the route (starlette caches the body here)
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers.setdefault("Content-Security-Policy", CSP)
            response.headers.setdefault("X-Frame-Options", "DENY")
        return response


__all__ = ["create_app", "ApiError", "MAX_PAGE_SIZE"]
