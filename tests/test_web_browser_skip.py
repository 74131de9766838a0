"""Without Chromium the browser tests say so: a warning in the summary of a normal run (not a
silent "s"), and a failure when CI is set (.ci/run sets it)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_browser_tests(ci: bool) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["NEWSDESK_CHROMIUM"] = "/nonexistent/chromium"
    if ci:
        env["CI"] = "true"
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(HERE / "test_browser.py")], cwd=HERE.parent, env=env,
                          capture_output=True, text=True, timeout=300)


def test_missing_chromium_is_a_visible_warning():
    done = run_browser_tests(ci=False)
    assert done.returncode in (0, 5), done.stdout + done.stderr  # 5: every test skipped
    assert "warning" in done.stdout and "/nonexistent/chromium is not installed" in done.stdout
    assert "browser tests did not run" in done.stdout


def test_missing_chromium_fails_under_ci():
    done = run_browser_tests(ci=True)
    assert done.returncode != 0
    assert "CI is set and /nonexistent/chromium is not installed" in done.stdout
