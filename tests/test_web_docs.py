"""/docs and /redoc work offline: every script, stylesheet and image they use comes from the
app itself, and no page of theirs names another origin (no CDN, no online validator)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from newsdesk.web import create_app

ASSET = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url:\s*["']([^"']+)["']""")
ABSOLUTE = re.compile(r"""\b(?:https?:)?//[\w.-]+""")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(tmp_path_factory.mktemp("docs") / "empty.duckdb")
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_name_no_other_origin(client, page):
    resp = client.get(page)
    assert resp.status_code == 200, resp.text
    assert not ABSOLUTE.findall(resp.text), ABSOLUTE.findall(resp.text)
    assets = [a or b for a, b in ASSET.findall(resp.text)]
    assert any(a.endswith(".js") for a in assets), assets
    for asset in assets:
        assert asset.startswith("/"), asset
        got = client.get(asset)
        assert got.status_code == 200, asset
        assert len(got.content) > 100, asset


def test_swagger_ui_assets_are_served_and_the_spec_is_local(client):
    html = client.get("/docs").text
    assets = [a or b for a, b in ASSET.findall(html)]
    kinds = {a.rsplit(".", 1)[-1] for a in assets}
    assert {"js", "css"} <= kinds, assets
    assert "/openapi.json" in html and "validatorUrl" in html
    assert client.get("/openapi.json").json()["info"]["title"] == "newsdesk"
