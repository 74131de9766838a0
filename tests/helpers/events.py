"""Running the whole pipeline on one written sentence, for the event tests."""
from __future__ import annotations

from newsdesk.model import Document, Meta


def events_of(pipe, text: str, published: str = "2024-05-10") -> list:
    """The events `pipe` (a newsdesk Pipeline) codes in `text`, published on `published`;
    fails the test if a stage recorded an error."""
    doc = pipe.run(Document(text=text, meta=Meta(published=published)))
    assert not doc.errors, doc.errors
    return doc.events


def dyads(events, root: str) -> set[tuple[str, str]]:
    """(source country, target country) of the events whose CAMEO code starts with `root`
    ("" for a side with no country)."""
    return {(((e.source_actor or {}).get("country") or ""),
             ((e.target_actor or {}).get("country") or ""))
            for e in events if e.cameo.startswith(root)}


def code(actor) -> str:
    """An actor's code, "" for none."""
    return (actor or {}).get("code") or ""


def find(events, root: str) -> list:
    """The events whose CAMEO code starts with `root`."""
    return [e for e in events if e.cameo.startswith(root)]


def check_act(pipe, text: str, act: str, source: str, target: str | None = None):
    """Assert that `pipe` codes in `text` an event whose CAMEO code starts with `act`, the
    first of them with a source code starting with `source` and (when given) a target code
    starting with `target`; return that event."""
    evs = find(events_of(pipe, text), act)
    assert evs, [(e.cameo, code(e.source_actor)) for e in events_of(pipe, text)]
    assert code(evs[0].source_actor).startswith(source), (evs[0].cameo, evs[0].source_actor)
    if target:
        assert code(evs[0].target_actor).startswith(target), (evs[0].cameo, evs[0].target_actor)
    return evs[0]


def countries_at(pipe, text: str, name: str, published: str = "2024-05-10") -> list:
    """The countries of the actors of the entities over the first `name` in `text`."""
    doc = pipe.run(Document(text=text, meta=Meta(published=published)))
    at = text.index(name)
    return [(e.actor or {}).get("country") for e in doc.entities if e.start <= at < e.end]


def after_first_sentence(events, text: str) -> list:
    """The events of `events` (coded from `text`) told after the text's first sentence (the
    first ". "): the act a test is about when the sentence before only sets the context."""
    second = text.index(". ") + 2
    return [e for e in events if (e.evidence or {}).get("start", 0) >= second]
