from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSEVENTS_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture
def seeds_dir() -> Path:
    return shared_path("seeds")


def run_cli(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed `newsevents` command as a user would."""
    return subprocess.run([sys.executable, "-m", "newsevents.cli", *args], input=input, capture_output=True,
                          cwd=cwd, timeout=600)
