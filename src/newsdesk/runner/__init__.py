"""Running the pipeline over many inputs and writing the results through one writer."""
from .ingest import IngestReport, ingest

__all__ = ["IngestReport", "ingest"]
