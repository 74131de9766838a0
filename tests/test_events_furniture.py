"""Lines of a page that are no text of the story (links to other stories, photo credits and
captions, player notices) give no event, when a text is given as it is with them (issue 19,
precision on real news); the story's own lines around them still do. Lines written for
these tests."""
from __future__ import annotations

import pytest

from helpers.events import events_of
from newsdesk.pipeline import Pipeline
from newsdesk.furniture import furniture_line

STORY = "Syrian troops shelled rebel positions near Idlib on Monday, the monitor said."


@pytest.fixture(scope="module")
def pipe():
    return Pipeline()


@pytest.mark.parametrize("line", [
    "READ MORE: Turkey threatens Syria with new offensive",
    "Related: Russia bombs hospital in Aleppo",
    "WATCH: Israel strikes Gaza as ceasefire collapses",
    "(Photo by Anna Berg/AFP via Getty Images) Belarusian riot police detain a protester",
    "Image caption: Riot police detained dozens of protesters in central Minsk",
    "Photo: Reuters/Omar Haddad. Syrian soldiers fire at rebels near Idlib.",
    "See also - Iran seizes oil tanker in the Gulf",
    "Belarusian riot police detain a protester in Minsk (Photo: Anna Berg/AFP/Getty Images)",
    "Enlarge this image toggle caption Police arrest a protester in Minsk Anna Berg/AP",
])
def test_a_furniture_line_gives_no_event(pipe, line):
    text = f"{STORY}\n\n{line}\n\nThe shelling went on into the night."
    got = events_of(pipe, text)
    start = text.index(line)
    assert not [e for e in got if start <= e.evidence["start"] < start + len(line)]
    assert [e for e in got if e.evidence["start"] < len(STORY)], "the story's own act stays"


@pytest.mark.parametrize("line", [
    "More than 30 people were killed when militants attacked the village.",
    "Photographers said police beat several protesters.",
    "TRUMP SAYS TALKS WITH THE TALIBAN HAVE RESUMED",
    "Police arrested a photographer (a Getty Images staffer) in Minsk on Friday.",
])
def test_story_lines_are_no_furniture(line):
    assert not furniture_line(f"{STORY}\n\n{line}\n", len(STORY) + 3)


def test_a_player_notice_is_furniture():
    text = f"{STORY}\n\nMedia playback is unsupported on your device\n"
    assert furniture_line(text, text.index("Media"))
