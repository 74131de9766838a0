"""Small hand-written sentences for the voice-stage tests: the writer's verdicts, plain
reports, a quoted statement."""
from __future__ import annotations

from newsdesk.model import Document

VERDICTS = [
    "This is a shameful, disastrous betrayal of everything the party claims to stand for.",
    "Frankly, the president's handling of this crisis has been nothing short of pathetic.",
    "I think it is absurd that anyone still takes these ridiculous promises seriously.",
]
REPORTS = [
    "The ministry announced on Tuesday that the talks will resume in Geneva next week.",
    "The bill was passed by the Senate on March 3 with 62 votes in favour.",
    "The company employs about 4,000 people in three factories in Ohio.",
]
QUOTED = "“We will never accept these terms, and we will fight them in court,” the union leader said."


def by_text(doc: Document) -> dict:
    return {doc.text[s.start:s.end]: s for s in doc.sentences}
