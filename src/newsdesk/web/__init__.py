"""The web layer: REST API, server-rendered reader pages, static assets (no build step).

    app.py     create_app: the FastAPI app, error handlers, limits, headers, offline /docs
    api.py     the REST API under /api/; pages.py: the HTML pages; reader.py: the reader markup
    common.py  what they share (ApiError, MAX_PAGE_SIZE, templates, the error page)
    cache.py   GET responses kept until the next write; db.py: the server's store
"""
from .app import create_app

__all__ = ["create_app"]
