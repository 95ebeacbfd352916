"""One temporary Prefect API server for a build, its workers and every later build in the process.

Without a configured server (PREFECT_API_URL unset), Prefect starts a temporary server of its own in the
flow's process, and another in every worker process, each after Prefect is imported. Here the server is
launched the way Prefect launches it (uvicorn on Prefect's app factory, UI off) but before the flow's
modules are imported, so that it boots on one core while they load on the other; PREFECT_API_URL is set
before Prefect is imported, so the flow and the workers (which inherit the environment) all use it.

On Linux the server is told to stop when the process that started it dies, even by SIGKILL, so a killed
build leaves no server behind. Otherwise it stops when the process exits, after Prefect's own exit
handlers have sent their last events (exit handlers run in reverse order of registration, and this one
is registered before Prefect is imported).
"""

from __future__ import annotations

import atexit
import ctypes
import hashlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

STARTUP_TIMEOUT_S = 60.0
_server: _Server | None = None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux to send SIGTERM when the parent dies (prctl PR_SET_PDEATHSIG)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # no prctl here: the exit handler still stops the server on a normal exit


class _Server:
    def __init__(self) -> None:
        self.port = _free_port()
        self.proc = self._launch()
        self.ready = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _launch(self) -> subprocess.Popen:
        spec = importlib.util.find_spec("prefect")  # its location, without importing it
        if spec is None or not spec.submodule_search_locations:
            raise RuntimeError("Prefect is not installed in this environment; run `make install`")
        app_dir = Path(next(iter(spec.submodule_search_locations))).parent
        # no block registration: the flow uses no blocks, and registering them first imports every installed
        # Prefect collection (prefect-dask imports Dask's distributed), half a second of the server's boot,
        # which every build waits for
        # the task run recorder writes each task run event to the database in its own transaction by default
        # (batch size 1): 8 of the server's 14 s of CPU in a 10,000-article build, taken from the workers.
        # In batches of 100 (or every 5 s, and at shutdown) it records the same task runs and states
        env = {"PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "100", **os.environ,
               "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
               "PREFECT__SERVER_FINAL": "1", "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
               "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false"}
        return subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(app_dir), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)  # noqa: PLW1509

    def wait(self) -> None:
        """Block until the server answers its health check (at most STARTUP_TIMEOUT_S)."""
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not self.ready:
            code = self.proc.poll()
            if code == 3:  # uvicorn could not bind: the port was taken meanwhile
                self.port = _free_port()
                os.environ["PREFECT_API_URL"] = self.url
                self.proc = self._launch()
                continue
            if code is not None:
                raise RuntimeError(f"the temporary Prefect server exited with code {code} before it was ready; "
                                   "run with --verbose, or start one with `prefect server start` and set "
                                   "PREFECT_API_URL")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as r:
                    self.ready = r.status == 200
            except (urllib.error.URLError, OSError):
                pass
            if not self.ready:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the temporary Prefect server did not answer within "
                                       f"{STARTUP_TIMEOUT_S:.0f} s")
                time.sleep(0.05)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _profile_api_url() -> str | None:
    """The API URL that `prefect config set PREFECT_API_URL=...` saved in the active Prefect profile, read
    from the profiles file without importing Prefect (the server is launched before Prefect is)."""
    home = Path(os.environ.get("PREFECT_HOME", "~/.prefect")).expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH", home / "profiles.toml")).expanduser()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    url = data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")
    return url if isinstance(url, str) and url else None


def start() -> _Server | None:
    """Launch the server unless one is configured (PREFECT_API_URL in the environment or in the active
    Prefect profile) or this process has one already, and point PREFECT_API_URL at it. Call before
    importing Prefect; `wait()` before running a flow."""
    global _server
    if _server is not None:
        return _server
    if os.environ.get("PREFECT_API_URL") or _profile_api_url():
        return None  # a server the user configured, in the environment or in the active Prefect profile
    _server = _Server()
    os.environ["PREFECT_API_URL"] = _server.url
    atexit.register(_server.stop)
    _light_tls_context()
    return _server


def _light_tls_context() -> None:
    """Every Prefect client (several per task run) builds a TLS context and loads certifi's whole CA bundle
    into it, about 20 ms, though the temporary server speaks plain HTTP on 127.0.0.1 and the context is
    never used: about 3 s of CPU in a 10,000-article build. For the clients of this server (the flow's and
    the workers', which inherit the environment), the CA file is one certificate of that bundle."""
    if "PREFECT_API_SSL_CERT_FILE" in os.environ:
        return  # the user's choice
    try:
        import certifi

        bundle = Path(certifi.where()).read_text(encoding="ascii")
        end = bundle.index("-----END CERTIFICATE-----") + len("-----END CERTIFICATE-----")
        first = bundle[bundle.rindex("-----BEGIN CERTIFICATE-----", 0, end):end] + "\n"
        # one file per certificate, kept for later builds (a public certificate: nothing to hide or clean up)
        path = Path(tempfile.gettempdir()) / f"sayasat-ca-{hashlib.sha256(first.encode()).hexdigest()[:16]}.pem"
        if not path.exists():
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(first, encoding="ascii")
            os.replace(tmp, path)
    except (ImportError, OSError, ValueError):
        return  # Prefect's default then
    os.environ["PREFECT_API_SSL_CERT_FILE"] = str(path)
