"""Shared fixtures. Prefect runs in ephemeral mode with its own home, so tests never touch ~/.prefect."""

import atexit
import os
import pathlib
import shutil
import tempfile

_PREFECT_HOME = tempfile.mkdtemp(prefix="sayasat-prefect-")
atexit.register(shutil.rmtree, _PREFECT_HOME, ignore_errors=True)
os.environ.setdefault("PREFECT_HOME", _PREFECT_HOME)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import pytest  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seed_text():
    def read(prefix: str) -> str:
        return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")
    return read
