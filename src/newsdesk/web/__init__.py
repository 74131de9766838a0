"""The web layer: REST API, server-rendered reader pages, static assets (no build step)."""
from .app import create_app

__all__ = ["create_app"]
