"""`childplan serve`, end to end: a fresh data directory, the demo, sign in, the caseload.

Runs the real command in a process of its own, always on SQLite in a temporary directory
(so it never touches a PostgreSQL database named by DATABASE_URL).
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from childplan.cli.main import main


def environment(data_dir: Path, **extra: str) -> dict[str, str]:
    """This process's environment without childplan's settings, and with these."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CHILDPLAN_", "DATABASE_URL"))}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env | {"CHILDPLAN_DATA_DIR": str(data_dir), **extra}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(address, what the command printed before serving)."""
    port = free_port()
    env = environment(tmp_path / "data", PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "childplan.cli.main", "serve", "--port", str(port)]
    process = subprocess.Popen(
        command,
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        printed = ""
        assert process.stdout is not None
        while "Press Ctrl+C" not in printed:
            line = process.stdout.readline()
            assert line, f"childplan serve stopped:\n{printed}"
            printed += line
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, printed
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", printed
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_serve_starts_the_demo_and_signs_a_practitioner_in(server: tuple[str, str]) -> None:
    address, printed = server
    assert f"childplan is running at {address}/" in printed
    password = re.search(r"the password (\S+)\)", printed)
    assert password, printed
    for login in ("practitioner", "manager", "senior", "admin"):
        assert f"\n  {login} " in printed

    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    sign_in = opener.open(f"{address}/sign-in/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', sign_in)
    assert token
    form = {
        "csrfmiddlewaretoken": token.group(1),
        "username": "practitioner",
        "password": password.group(1),
    }
    caseload = opener.open(f"{address}/sign-in/", urllib.parse.urlencode(form).encode())
    assert caseload.geturl() == f"{address}/"
    html = caseload.read().decode()
    assert "My caseload" in html and html.count('href="/children/') >= 5
    assert opener.open(f"{address}/static/childplan.css").status == 200


def test_a_bad_setting_is_one_line_and_exit_status_2(tmp_path: Path) -> None:
    env = environment(tmp_path, CHILDPLAN_DEBUG="perhaps")
    result = subprocess.run(
        [sys.executable, "-m", "childplan.cli.main", "serve", "--no-demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "childplan: settings: CHILDPLAN_DEBUG: 'perhaps' is not true or false"
    )


def test_the_port_must_be_a_port() -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--port", "70000"])
