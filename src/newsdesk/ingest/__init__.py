"""Ingest: bytes from files, directories, stdin and corpora to documents (clean text + meta)."""
from .sources import READERS, Item, read_sources
from .text import clean_text

__all__ = ["READERS", "Item", "read_sources", "clean_text"]
