"""The `sayasat` command: build, validate, diff and serve releases.

Exit codes: 0 ok; 1 the release failed validation; 2 bad usage or input (a one-line reason says
what to do); 3 a runtime problem (another build holds the lock, Prefect could not start ...).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sayasat import prefect_api

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_RUNTIME = 0, 1, 2, 3


def _quiet_prefect(verbose: bool) -> None:
    """Prefect reads these at import: no analytics (the build makes no network calls), and only warnings
    unless asked for more. numpy's BLAS gets one thread per process: the workers are the parallelism, and
    on two cores BLAS threads in each of them halve the throughput."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")  # Prefect's client analytics (on import, in a terminal)
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
    # the temporary server's own log: at its shutdown it may report a cut flush of task run records, which
    # it then retries and completes (sayasat.prefect_api batches them); a build's errors are the flow's own
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING" if verbose else "CRITICAL")


@contextmanager
def _one_prefect_api(server: prefect_api._Server | None) -> Iterator[None]:
    """The flow runs against `server` (from `prefect_api.start`, None when the user configured one), once it
    answers. The setting is also made inside Prefect, in case Prefect was imported before the variable
    was set (a second build in one process)."""
    if server is None:
        yield
        return
    server.wait()
    from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    # heartbeats let a lasting server tell a crashed flow run from a slow one; this server ends with the
    # build, and stopping the heartbeat thread cost every build up to a second at its end
    with temporary_settings({PREFECT_API_URL: server.url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def fail(code: int, message: str) -> int:
    print(f"sayasat: {message}", file=sys.stderr)
    return code


def _resolve_release(arg: str | None, output: Path) -> Path | None:
    from sayasat import release

    if arg is None:
        name = release.latest(output)
        return output / name if name else None
    p = Path(arg)
    if (p / "manifest.json").exists():
        return p
    if (output / arg / "manifest.json").exists():
        return output / arg
    if (p / "LATEST").exists():
        name = release.latest(p)
        return p / name if name else None
    return None


def cmd_build(args: argparse.Namespace) -> int:
    src, out = Path(args.input), Path(args.output)
    if not src.is_dir():
        return fail(EXIT_USAGE, f"input folder '{src}' does not exist or is not a folder; pass --input DIR")
    if not any(p.is_file() for p in src.rglob("*")):
        return fail(EXIT_USAGE, f"input folder '{src}' holds no files; nothing to build")
    if out.resolve() == src.resolve() or src.resolve() in out.resolve().parents:
        return fail(EXIT_USAGE, f"the output folder '{out}' is inside the input folder; releases would be read "
                                "back as inputs. Choose an output folder outside it")
    _quiet_prefect(args.verbose)
    from sayasat import prefect_api

    try:
        server = prefect_api.start()  # boots while the flow's modules load below
    except (OSError, RuntimeError) as err:
        return fail(EXIT_RUNTIME, f"cannot start a temporary Prefect server: {err}")
    from sayasat.flows.runners import task_runner

    runner = None
    try:
        runner = task_runner(args.runner, args.workers, args.dask_address)
        from sayasat.flows.build import build_dataset, published_release

        if hasattr(runner, "start_workers") and published_release(str(src), str(out), args.max_bytes) is None:
            runner.start_workers()  # they load the models while the server boots

        if server is not None:
            # the flow's own modules, and the encoder Prefect's engine imports to record the flow's parameters
            # (0.3 s), loaded while the server boots rather than after
            import fastapi.encoders  # noqa: F401

            from sayasat import release, validate  # noqa: F401
        with _one_prefect_api(server):
            res = build_dataset.with_options(task_runner=runner)(
                input_dir=str(src), output_dir=str(out), batch_size=args.batch_size, max_bytes=args.max_bytes,
                use_cache=not args.no_cache, show_progress=not args.quiet,
                workers=args.workers)
    except KeyboardInterrupt:
        return fail(EXIT_RUNTIME, "interrupted; no release was published and LATEST is unchanged")
    except Exception as err:  # noqa: BLE001 - the one place a failure becomes a one-line reason
        if args.verbose:
            raise
        return fail(EXIT_RUNTIME, f"build failed: {type(err).__name__}: {err} (run with --verbose for the trace)")
    finally:
        if hasattr(runner, "stop_workers"):
            runner.stop_workers()  # started, but the flow never ran to take them over
    report = Path(res["path"]) / "validation" / "report.html"
    if not res["new"]:
        print(f"nothing new: inputs, code and config match release {res['version']} ({res['path']})")
        print(f"validation report: {report}")
        return EXIT_OK
    status = res["status"]
    print(f"release {res['version']}: {status.upper()}" + ("" if status == "passed" else
                                                             " (not published as LATEST)"))
    from sayasat.schemas.tables import TABLE_NAMES

    for name in TABLE_NAMES:
        print(f"  {name:9s} {res['rows'][name]:8d}")
    print(f"processed now: {res['processed_now']} (the other articles came from the cache)")
    print(f"path: {res['path']}")
    print(f"validation report: {report}")
    if status != "passed":
        return fail(EXIT_INVALID, f"release {res['version']} failed validation; read {report}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    rel = _resolve_release(args.release, Path(args.output))
    if rel is None:
        return fail(EXIT_USAGE, f"no release '{args.release or 'LATEST'}' under {args.output}; "
                                "pass a release folder or name")
    from sayasat.ingest import file_sha256
    from sayasat.validate import render_markdown, validate, write_report

    manifest = json.loads((rel / "manifest.json").read_text(encoding="utf-8"))
    try:
        report = validate(rel, manifest.get("inputs"), manifest.get("version", rel.name))
    except OSError as err:
        return fail(EXIT_INVALID, f"cannot read the tables of {rel}: {err}")
    bad_hash = [n for n, t in manifest.get("tables", {}).items()
                if not (rel / f"{n}.parquet").exists() or file_sha256(rel / f"{n}.parquet") != t.get("sha256")]
    print(render_markdown(report), end="")
    if args.report_dir:
        print(f"report: {write_report(report, Path(args.report_dir))}")
    if bad_hash:
        return fail(EXIT_INVALID, f"{', '.join(bad_hash)}: file differs from the sha256 in manifest.json")
    return EXIT_OK if report["status"] == "passed" else fail(EXIT_INVALID, f"release {rel.name} fails validation")


def cmd_diff(args: argparse.Namespace) -> int:
    out = Path(args.output)
    old, new = _resolve_release(args.old, out), _resolve_release(args.new, out)
    for arg, rel in ((args.old, old), (args.new, new)):
        if rel is None:
            return fail(EXIT_USAGE, f"no release '{arg}' (a release folder, or a name under {out})")
    from sayasat.changes import diff_releases, render

    d = diff_releases(old, new)
    print(json.dumps(d, indent=1, ensure_ascii=False, default=str) if args.json else render(d, old.name, new.name),
          end="")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    _quiet_prefect(args.verbose)
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        return fail(EXIT_USAGE, "serving a schedule needs a Prefect server: run `prefect server start` in another "
                                "terminal, then `prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api` "
                                "(or use plain cron, see README)")
    from sayasat.flows.build import build_dataset

    print(f"serving build_dataset on cron '{args.cron}' for {args.input} -> {args.output}; Ctrl+C stops")
    build_dataset.serve(name=args.name, cron=args.cron,
                        parameters={"input_dir": str(Path(args.input).resolve()),
                                    "output_dir": str(Path(args.output).resolve())})
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from sayasat.evaluate import main as eval_main

    return eval_main(args.data, args.split, args.lang, args.workers, args.show, args.json)


def cmd_bench(args: argparse.Namespace) -> int:
    from sayasat.bench import main as bench_main

    extra = ["--runner", args.runner] + (["--workers", str(args.workers)] if args.workers else [])
    return bench_main(args.sizes, args.work, args.shared, extra, args.json)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sayasat", description="Kazakh and Russian political news into a validated, "
                                                            "versioned Parquet dataset.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build a release from a folder of pages")
    b.add_argument("--input", default="seeds", help="folder of input pages (default: seeds)")
    b.add_argument("--output", default="outputs", help="folder of releases (default: outputs)")
    b.add_argument("--batch-size", type=int, default=100, help="articles per Prefect task (default: 100)")
    b.add_argument("--no-cache", action="store_true",
                   help="process every input again (by default unchanged inputs come from OUTPUT/.cache)")
    b.add_argument("--runner", choices=["process", "thread", "dask"], default="process",
                   help="where batches run: a local process pool (default), threads, or a Dask cluster")
    b.add_argument("--workers", type=int, default=None, help="local workers (default: CPU count)")
    b.add_argument("--dask-address", default=None, help="scheduler of an existing Dask cluster, tcp://host:8786")
    b.add_argument("--max-bytes", type=int, default=20 * 1024 * 1024, help="larger inputs are rejected as too_large")
    b.add_argument("--quiet", action="store_true", help="no progress lines")
    b.add_argument("--verbose", action="store_true", help="Prefect logs and full tracebacks")
    b.set_defaults(func=cmd_build)
    v = sub.add_parser("validate", help="re-validate a published release")
    v.add_argument("release", nargs="?", help="release folder or name (default: LATEST)")
    v.add_argument("--output", default="outputs")
    v.add_argument("--report-dir", default=None, help="also write report.json/report.html into this folder")
    v.set_defaults(func=cmd_validate)
    d = sub.add_parser("diff", help="what changed between two releases")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("--output", default="outputs")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=cmd_diff)
    s = sub.add_parser("serve", help="serve build_dataset on a cron schedule (needs `prefect server start`)")
    s.add_argument("--cron", default="0 3 * * *")
    s.add_argument("--input", default="seeds")
    s.add_argument("--output", default="outputs")
    s.add_argument("--name", default="sayasat-nightly")
    s.add_argument("--verbose", action="store_true")
    s.set_defaults(func=cmd_serve)
    e = sub.add_parser("eval", help="measure annotation quality on public labelled corpora")
    e.add_argument("what", choices=["actors"], help="what to measure: actors (person P/R/F1)")
    e.add_argument("--data", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "eval"),
                   help="folder with factrueval/ and kaznerd/ (default: ../shared/eval beside the project)")
    e.add_argument("--split", choices=["test", "dev"], default="test",
                   help="test: the measuring splits; dev: factRuEval dev + KazNERD valid, for development")
    e.add_argument("--lang", nargs="+", choices=["ru", "kk"], default=["ru", "kk"])
    e.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    e.add_argument("--show", type=int, default=0, help="print this many missed and extra persons")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_eval)
    k = sub.add_parser("bench", help="benchmark whole builds on corpora of real text (not a test)")
    k.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000],
                   help="corpus sizes in articles (default: 2000 10000; add 100000 when you have the time)")
    k.add_argument("--work", default="benchmarks/work", help="where corpora and releases go")
    k.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"),
                   help="folder with tools/make_bench_corpus.py and eval/ (default: ../shared)")
    k.add_argument("--runner", choices=["process", "thread", "dask"], default="process")
    k.add_argument("--workers", type=int, default=None)
    k.add_argument("--json", default="benchmarks/results/latest.json", help="write the figures here")
    k.set_defaults(func=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    # Arrow's default allocator (mimalloc) keeps what a table phase frees; jemalloc hands it back, which at
    # 10,000 articles lowers validation's peak by a sixth. Read when pyarrow is first imported, so set here
    # (ignored where pyarrow lacks jemalloc).
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")
    args = parser().parse_args(argv)
    if getattr(args, "batch_size", 1) < 1:
        return fail(EXIT_USAGE, "--batch-size must be at least 1")
    try:
        return args.func(args)
    except BrokenPipeError:
        # the reader of our output went away (`sayasat build ... | head`): not an error of ours, and no
        # traceback; stdout is pointed at /dev/null so that Python's final flush does not raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def run() -> None:
    """The `sayasat` command. Before the interpreter exits, what the build left in memory is frozen
    (gc.freeze): the exit then skips a last collection over it, half a second of every build's wall time
    (everything else, atexit handlers and the server's stop included, runs as usual)."""
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
