from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def shared() -> Path:
    """The team's shared folder (seeds, RULES.md, PRODUCT.md), beside the repository."""
    path = Path(os.environ.get("CHILDPLAN_SHARED", ROOT.parent / "shared"))
    if not (path / "RULES.md").is_file():
        pytest.fail(f"the shared folder is not at {path}; set CHILDPLAN_SHARED to it")
    return path
