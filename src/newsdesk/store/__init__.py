"""The DuckDB store (default file: ./newsdesk.duckdb)."""
from .database import Store

__all__ = ["Store"]
