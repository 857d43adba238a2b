"""The extractor command line: results on stdout, progress and errors on stderr, exit codes 0-3."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from extractor.errors import DocumentError
from extractor.language import N_, _, current, use
from extractor.settings import DEFAULT_FRAMEWORK

use(current())  # Click's own messages too, however the commands are called (tests, -c)

if TYPE_CHECKING:
    from extractor.extract.reasons import Rejection
    from extractor.model import BatchReport, Document, PredictedClaim, Prediction

_KEEP_ALIVE_S = 75  # seconds an idle panel connection stays open

F = TypeVar("F", bound=Callable[..., Any])
EXIT_ERROR = 1


def json_option(function: F) -> F:
    """``--json``: print exactly one JSON document on stdout instead of the readable view."""
    return click.option("--json", "as_json", is_flag=True, help=_("Print JSON instead of text."))(
        function
    )


def file_argument(function: F) -> F:
    """PATH: one existing file, shown as FILE in the reader's language."""
    return click.argument(
        "path", metavar=_("FILE"), type=click.Path(exists=True, dir_okay=False, path_type=Path)
    )(function)


def _known_framework(_ctx: click.Context, param: click.Parameter, value: str) -> str:
    """The framework ids are the files of patterns/frameworks/: a third file is a third choice."""
    from extractor.errors import UnknownFramework
    from extractor.match.frameworks import framework_ids

    known = framework_ids()
    if value not in known:
        raise click.BadParameter(str(UnknownFramework(value, known)), param=param)
    return value


def framework_option(help_text: str) -> Callable[[F], F]:
    """``--framework``: one of the frameworks patterns/frameworks/ holds (default miit-2023)."""

    def decorate(function: F) -> F:
        return click.option(
            "--framework",
            metavar=_("FRAMEWORK"),
            default=DEFAULT_FRAMEWORK,
            show_default=True,
            callback=_known_framework,
            help=help_text,
        )(function)

    return decorate


def _fail(err: Exception) -> None:
    """A typed document error: its kind and message on stderr, exit status 1, no traceback."""
    from extractor.errors import error_kind
    from extractor.labels import error_kind_name

    click.echo(
        _("error[{kind}]: {message}").format(kind=error_kind_name(error_kind(err)), message=err),
        err=True,
    )
    sys.exit(EXIT_ERROR)


def _chosen_language(_ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """--lang was applied before the commands were built (their help is in it): check it."""
    from extractor.language import UnknownLanguage, use

    if value is not None:
        try:
            use(value)
        except UnknownLanguage as err:
            raise click.BadParameter(str(err)) from err


# Click translates these through gettext by value, where no extraction finds them
_CLICK_WORDS = (N_("required"),)


class _Command(click.Command):
    """A command whose usage line reads in the reader's language ([OPTIONS] translated)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", _("[OPTIONS]"))
        super().__init__(*args, **kwargs)


class _Group(click.Group):
    command_class = _Command


@click.group(
    cls=_Group,
    options_metavar=_("[OPTIONS]"),
    subcommand_metavar=_("COMMAND [ARGS]..."),
    context_settings={"help_option_names": ["-h", "--help"]},
    help=_(
        "Document intelligence for applications to the “5G+industrial internet” pilot zones"
        " (PDF, DOCX, TXT)."
    ),
)
@click.version_option(package_name="extractor")
@click.option(
    "--lang",
    metavar="zh|en",
    expose_value=False,
    is_eager=True,
    callback=_chosen_language,
    help=_("The language of messages and reports: zh (default) or en; also EXTRACTOR_LANG."),
)
def cli() -> None:
    """The command group: one command per use."""


@cli.command(
    help=_(
        "Print the pages, blocks, tables and warnings of one file.\n\n"
        "e.g. extractor parse samples/sample-application.pdf --json"
    )
)
@file_argument
@json_option
@click.option("--no-ocr", is_flag=True, help=_("Flag pages without text instead of OCRing them."))
@click.option(
    "--boxes",
    is_flag=True,
    help=_("With --json, include each character's box on its page (large)."),
)
def parse(path: Path, as_json: bool, no_ocr: bool, boxes: bool) -> None:
    from extractor.bounded import Workload, expect
    from extractor.errors import InternalError
    from extractor.pipeline import parse_document
    from extractor.settings import Limits

    expect(Workload.parse)
    limits = Limits.from_env()
    if no_ocr:
        limits = limits.model_copy(update={"ocr": False})
    try:
        document = parse_document(path, limits)
    except (DocumentError, InternalError) as err:
        _fail(err)
    if as_json:
        # the boxes are most of the bytes (6 of 8 MB for a 60-page PDF): only when asked for
        click.echo(document.model_dump_json(indent=1, exclude=None if boxes else {"char_boxes"}))
    else:
        click.echo(describe(document))


@cli.command(
    help=_(
        "Print the figures the applicant claims: field, value, status, year, qualifier, page."
        "\n\ne.g. extractor extract samples/sample-application.pdf --json"
    )
)
@file_argument
@json_option
@framework_option(_("The indicator framework the application is made under."))
@click.option(
    "--explain",
    is_flag=True,
    help=_("Also list each figure of the prose taken as no claim, with the rule's reason."),
)
def extract(path: Path, as_json: bool, framework: str, explain: bool) -> None:
    from functools import partial

    from extractor.bounded import Workload, expect, run_bounded
    from extractor.errors import InternalError
    from extractor.pipeline import explain_file
    from extractor.settings import Limits

    expect(Workload.one)
    try:  # read and extracted in a worker, within the per-document limits
        prediction, rejected = run_bounded(
            partial(explain_file, framework=framework, explain=explain), path, Limits.from_env()
        )
    except (DocumentError, InternalError) as err:
        _fail(err)
    if as_json:
        shown = prediction.model_dump(mode="json")
        if explain:  # an extra key of the gold shape
            shown["rejected"] = [r.model_dump(mode="json") | {"why": r.why} for r in rejected]
        click.echo(json.dumps(shown, ensure_ascii=False, indent=1))
        return
    click.echo(describe_prediction(prediction))
    if explain:
        click.echo(describe_rejected(rejected))


def _report_options(function: F) -> F:
    function = click.option(
        "--out",
        "json_out",
        type=click.Path(dir_okay=False, path_type=Path),
        help=_("Also write the scores as JSON to this file."),
    )(function)
    function = json_option(function)
    return click.option(
        "--errors", is_flag=True, help=_("List every miss and spurious prediction.")
    )(function)


def _finish_report(
    report: Any,
    json_out: Path | None,
    as_json: bool,
    errors: bool,
    matcher: dict[str, Any] | None = None,
) -> None:
    from evaluation.report import render

    scores = report.as_dict() | ({"matcher": matcher} if matcher else {})
    if json_out is not None:
        json_out.write_text(to_json(scores) + "\n", encoding="utf-8")
    if as_json:
        click.echo(to_json(scores))
        return
    click.echo(render(report, errors=errors))
    if matcher is not None:
        click.echo(
            f"matcher (passage -> indicator, {matcher['passages']:.0f} held-out passages of "
            f"{matcher['passages_file']}): top-1 {matcher['top1']:.1%}, top-3 {matcher['top3']:.1%}"
            f" (keyword prior alone: top-1 {matcher['prior_top1']:.1%}, "
            f"top-3 {matcher['prior_top3']:.1%})"
        )


@cli.command(
    help=_(
        "Run the extractor on every labelled document below CORPUS and score it (gold/v1)."
        "\n\nExit status 3 when some documents could not be read (each is named on stderr and"
        " scored as predicting nothing)."
        "\n\ne.g. extractor evaluate corpus --split test --errors"
    )
)
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--split", help=_("Score only this sub-folder of CORPUS (train, dev or test)."))
@click.option(
    "--predictions",
    "predictions_out",
    type=click.Path(file_okay=False, path_type=Path),
    help=_("Write each document's prediction JSON into this folder."),
)
@click.option("--quiet", is_flag=True, help=_("No progress bar."))
@click.option(
    "--passages",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help=_(
        "Held-out labelled passages for the matcher (default: CORPUS/passages/test.jsonl, "
        "else the project's corpus/passages/test.jsonl)."
    ),
)
@_report_options
def evaluate(
    corpus: Path,
    split: str | None,
    predictions_out: Path | None,
    quiet: bool,
    passages: Path | None,
    json_out: Path | None,
    as_json: bool,
    errors: bool,
) -> None:
    from evaluation.gold import find_gold
    from evaluation.run import evaluate as run_evaluation
    from extractor.bounded import Workload, expect

    expect(Workload.extract)
    root = corpus / split if split else corpus
    if not root.is_dir():
        raise click.BadParameter(
            _("{folder} is not a folder").format(folder=root), param_hint="--split"
        )
    if quiet:
        report, problems = run_evaluation(root, None, predictions_out, explain=errors)
    else:
        total = len(find_gold(root))
        label = _("evaluating")
        with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
            report, problems = run_evaluation(
                root, lambda _name: bar.update(1), predictions_out, explain=errors
            )
    for problem in problems:
        click.echo(_("unreadable: {problem}").format(problem=problem), err=True)
    matcher = _matcher_scores(passages or _default_passages(corpus))
    _finish_report(report, json_out, as_json, errors, matcher)
    if problems:
        sys.exit(3)  # the scores stand, but not on every document


def _default_passages(corpus: Path) -> Path | None:
    from extractor.settings import PATTERNS_DIR

    for candidate in (
        corpus / "passages" / "test.jsonl",
        PATTERNS_DIR.resolve().parent / "corpus" / "passages" / "test.jsonl",  # the repository's
    ):
        if candidate.is_file():
            return candidate
    return None


def _matcher_scores(passages: Path | None) -> dict[str, Any] | None:
    """Top-1 and top-3 accuracy of passage -> indicator on held-out labelled passages."""
    if passages is None:
        return None
    from extractor.match.matcher import default_model_path, evaluate_matcher, read_passages

    rows = read_passages(passages)
    if not rows:
        return None
    model = default_model_path(rows[0].framework)
    scores = evaluate_matcher(passages, model if model.is_file() else None)
    return {"passages_file": str(passages), **scores}


def _size(path: Path) -> int:
    try:
        return max(1, path.stat().st_size)
    except OSError:
        return 1


def _with_progress(
    folder: Path, framework: str, workers: int | None, follow_links: bool, paths: list[Path]
) -> BatchReport:
    """The batch with a progress bar on stderr, measured in bytes (a 40-page scan weighs more
    than a one-page text, as its reading does) and naming the file just finished."""
    from extractor.batch import run_batch
    from extractor.errors import shown_name

    sizes = {path: _size(path) for path in paths}
    with click.progressbar(
        length=sum(sizes.values()),
        label=_("pre-screening"),
        file=sys.stderr,
        item_show_func=lambda name: name,
    ) as bar:

        def finished(path: Path) -> None:
            bar.update(sizes.get(path, 1), current_item=shown_name(path))

        return run_batch(folder, framework, workers, finished, follow_links=follow_links)


@cli.command(
    help=_(
        "Pre-screen every file below FOLDER: a verdict per non-deviable condition for each PDF,"
        " DOCX and TXT, a row with its error for any other type.\n\n"
        "Exit status 3 when some files could not be read (each is a row with its error), 2 when"
        " FOLDER holds no file or the report could not be written (checked before any work)."
        "\ne.g. extractor prescreen samples/ --out prescreen.xlsx"
    )
)
@click.argument("folder", metavar=_("FOLDER"), type=click.Path(exists=True, path_type=Path))
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help=_("The report: .xlsx (Excel), .html (for a browser) or .json (for machines)."),
)
@framework_option(_("The indicator framework the applications are made under."))
@click.option(
    "--workers",
    type=int,
    metavar=_("N"),
    help=_("Files parsed at once (default: the machine's cores)."),
)
@click.option("--quiet", is_flag=True, help=_("No progress bar."))
@click.option(
    "--follow-links",
    is_flag=True,
    help=_("Read the files symbolic links point to (else each link is a row with its error)."),
)
@click.option("--force", is_flag=True, help=_("Overwrite an existing report."))
def prescreen(
    folder: Path,
    out: Path,
    framework: str,
    workers: int | None,
    quiet: bool,
    follow_links: bool,
    force: bool,
) -> None:
    from extractor.batch import find_submissions, run_batch
    from extractor.bounded import Workload, expect
    from extractor.errors import ExtractorError, ReportError
    from extractor.labels import error_kind_name
    from extractor.report import write_report
    from extractor.report.writers import check_destination

    try:
        check_destination(out, force=force)
    except ReportError as err:
        raise click.BadParameter(str(err), param_hint="--out") from err
    paths = find_submissions(folder, follow_links)
    if not paths:
        raise click.BadParameter(
            _("{folder}: holds no file to pre-screen").format(folder=folder), param_hint=_("FOLDER")
        )
    # one file: its worker reads it while loading the models; more: the forkserver loads them
    expect(Workload.one if len(paths) == 1 else Workload.extract)
    try:
        if quiet:
            report = run_batch(folder, framework, workers, follow_links=follow_links)
        else:
            report = _with_progress(folder, framework, workers, follow_links, paths)
        write_report(report, out)
    except ExtractorError as err:
        _fail(err)
    failed = [s for s in report.submissions if s.failed]
    click.echo(
        _("{count} submission(s), {failed} unreadable, {seconds:.1f} s: {out}").format(
            count=len(report.submissions), failed=len(failed), seconds=report.seconds, out=out
        ),
        err=True,
    )
    for submission in failed:
        kind = error_kind_name(submission.error_kind)
        click.echo(
            _("error[{kind}]: {message}").format(kind=kind, message=submission.error), err=True
        )
    if failed:
        sys.exit(3)


@cli.command(
    help=_(
        "Start the reviewer panel (database from EXTRACTOR_DATABASE_URL, SQLite by default)."
        "\n\nSessions are signed with EXTRACTOR_SECRET_KEY, or with the key --keep-secret made"
        " and kept in the data folder; without either it does not start (a new random key at"
        " every start signed everybody out).\n\ne.g. EXTRACTOR_SECRET_KEY=… extractor serve"
        " --port 8000"
    )
)
@click.option("--host", default="127.0.0.1", show_default=True, help=_("Address to listen on."))
@click.option("--port", default=8000, show_default=True, help=_("Port to listen on."))
@click.option(
    "--keep-secret",
    is_flag=True,
    help=_("Without EXTRACTOR_SECRET_KEY: make a signing key once and keep it in the data folder."),
)
def serve(host: str, port: int, keep_secret: bool) -> None:
    import uvicorn

    from extractor.serve.app import create_app, has_accounts
    from extractor.serve.config import MissingSecret, ServeSettings, signing_key

    settings = ServeSettings.from_env()
    try:
        key = signing_key(settings.data_dir, generate=keep_secret)
    except MissingSecret as err:
        raise click.UsageError(str(err)) from err
    settings = settings.model_copy(update={"secret_key": key})
    app = create_app(settings)
    if not has_accounts(app):
        click.echo(
            _(
                "no account yet: create the first administrator with"
                " `extractor create-admin NAME` (same EXTRACTOR_DATA_DIR / EXTRACTOR_DATABASE_URL)"
            ),
            err=True,
        )

    # An idle connection is kept longer than clients keep theirs (httpx 5 s, browsers reuse
    # theirs at once): with uvicorn's 5 s a request sent as the server closes the connection
    # fails with no response (seen under load with 50 reviewers).
    uvicorn.run(
        app,
        host=host,
        port=port,
        timeout_keep_alive=_KEEP_ALIVE_S,
    )


@cli.command(
    help=_(
        "Process the reviewer panel's queued submissions, beside the panel's own threads or"
        " instead of them (EXTRACTOR_JOBS=0 on the panel): workers on several machines share"
        " one PostgreSQL database. Stops on Ctrl-C or SIGTERM, handing back what it holds."
        "\n\ne.g. EXTRACTOR_DATABASE_URL=postgresql+psycopg://… extractor worker --jobs 4"
    )
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help=_("Documents read at once (default EXTRACTOR_JOBS, else 2)."),
)
def worker(jobs: int | None) -> None:
    import signal
    import threading

    from extractor.serve.config import ServeSettings
    from extractor.serve.db import make_engine, migrate, session_factory
    from extractor.serve.queue import JobQueue

    settings = ServeSettings.from_env()
    engine = make_engine(settings.database_url)
    migrate(engine)
    count = jobs or settings.jobs or 2
    queue = JobQueue(
        session_factory(engine), jobs=count, lease_s=settings.lease_s, data_dir=settings.data_dir
    )
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    queue.start()
    click.echo(
        _("worker {name}: {count} job(s) at once").format(name=queue.worker, count=count),
        err=True,
    )
    while not stop.wait(1.0):
        pass
    queue.stop()
    engine.dispose()
    click.echo(_("worker {name}: stopped").format(name=queue.worker), err=True)


@cli.command(
    "train-matcher",
    help=_(
        "Fit the passage classifier that ranks a document's passages for each indicator, on"
        " labelled passages (JSON Lines), and store it."
        "\n\ne.g. extractor train-matcher corpus/passages/train.jsonl"
    ),
)
@click.argument(
    "passages", metavar=_("PASSAGES"), type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@framework_option(_("The indicator framework the passages are labelled with."))
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help=_("Where to store the model (default: the one the extractor ships and uses)."),
)
def train_matcher_command(passages: Path, framework: str, out: Path | None) -> None:
    from extractor.errors import ExtractorError
    from extractor.match.matcher import default_model_path, train_matcher

    target = out or default_model_path(framework)
    try:
        train_matcher(passages, framework, target)
    except (ExtractorError, ValueError) as err:
        raise click.BadParameter(str(err), param_hint=_("PASSAGES")) from err
    click.echo(_("model stored: {path}").format(path=target), err=True)


@cli.command(
    "create-admin",
    help=_(
        "Create an administrator of the reviewer panel, e.g. the first one."
        "\n\ne.g. extractor create-admin chen"
    ),
)
@click.argument("name", metavar=_("NAME"))
@click.password_option(envvar="EXTRACTOR_ADMIN_PASSWORD", help=_("The password (prompted)."))
def create_admin(name: str, password: str) -> None:
    from sqlalchemy.exc import IntegrityError

    from extractor.serve.app import create_admin as make_admin
    from extractor.serve.auth import PASSWORD_MIN
    from extractor.serve.config import ServeSettings

    if len(password) < PASSWORD_MIN:
        raise click.BadParameter(
            _("a password has at least {count} characters").format(count=PASSWORD_MIN),
            param_hint="password",
        )
    try:
        reviewer = make_admin(ServeSettings.from_env(), name, password)
    except IntegrityError:
        click.echo(_("error: an account named {name!r} exists already").format(name=name), err=True)
        sys.exit(EXIT_ERROR)
    click.echo(_("administrator {name} created (id {id})").format(name=name, id=reviewer), err=True)


@cli.command(
    help=_(
        "Score ready-made predictions (a folder of <stem>.json, or one batch JSON list)."
        "\n\ne.g. extractor score corpus/test predictions/"
    )
)
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("predictions", type=click.Path(exists=True, path_type=Path))
@_report_options
def score(
    gold_dir: Path, predictions: Path, json_out: Path | None, as_json: bool, errors: bool
) -> None:
    from evaluation.score import score_folder

    _finish_report(score_folder(gold_dir, predictions), json_out, as_json, errors)


def describe(document: Document) -> str:
    """A reviewer-readable outline: one line per block with page, kind and opening words."""
    from extractor.labels import block_kind_name

    lines = [
        _("{name}  {format}  {pages} page(s)  {blocks} block(s)  sha256 {sha}").format(
            name=Path(document.source).name,
            format=document.format,
            pages=document.page_count,
            blocks=len(document.blocks),
            sha=document.sha256[:12],
        )
    ]
    for block in document.blocks:
        where = _("p.{page}").format(page=block.page) if block.page else "  "
        kind = block_kind_name(block.role.value if block.role else block.kind.value)
        if block.origin.value == "ocr":
            kind += _(" (OCR {confidence:.0%})").format(confidence=block.confidence or 0)
        text = document.text[block.span.start : block.span.end]
        if block.cells:
            text = _("{rows}x{cols} table: ").format(rows=block.rows, cols=block.cols)
            text += " | ".join(c.text for c in block.cells[:6])
        text = text.replace("\n", " ⏎ ").replace("\t", " | ")
        lines.append(f"{block.index:>4} {where:>6} {_padded(kind, 22)} {text[:80]}")

    for warning in document.warnings:
        where = _("page {page}: ").format(page=warning.page) if warning.page else ""
        lines.append(_("warning: {where}{message}").format(where=where, message=warning.message))
    return "\n".join(lines)


def _padded(text: str, width: int) -> str:
    """``text`` left-aligned in ``width`` terminal columns (a Chinese character takes two)."""
    from extractor.parse.txt_tables import display_width

    return text + " " * max(0, width - display_width(text))


def _claim_line(claim: PredictedClaim) -> str:
    from extractor.labels import field_name, qualifier_name, status_name, unit_word

    page = _("p.{page}").format(page=claim.page) if claim.page else "-"
    quote = claim.evidence[0].quote if claim.evidence else ""
    value = f"{claim.value:,.10g}{unit_word(claim.field)}"
    return "  ".join(
        (
            _padded(field_name(claim.field), 34),
            value.rjust(16),
            _padded(status_name(claim.status), 6),
            _padded(str(claim.year or "-"), 5),
            _padded(qualifier_name(claim.qualifier), 8),
            f"{claim.confidence:4.2f}",
            page.rjust(6),
            quote,
        )
    )


def describe_rejected(rejected: list[Rejection]) -> str:
    """--explain: each figure no rule took as a claim, with its reason, page and sentence."""
    lines = ["", _("figures taken as no claim ({count}):").format(count=len(rejected))]
    for item in rejected:
        page = _("p.{page}").format(page=item.evidence.page) if item.evidence.page else "-"
        lines.append(f"  {page:>6}  {item.figure}  {item.why}  «{item.evidence.quote}»")
    return "\n".join(lines)


def describe_prediction(prediction: Prediction) -> str:
    """Claims as a table, then derived figures, named lists and how counts and lists agree."""
    from extractor.labels import field_name, list_name

    order = sorted(prediction.claims, key=lambda c: (c.field, c.status, c.year or 0, c.value))
    heads = (_("indicator"), _("value"), _("status"), _("year"), _("qualifier"))
    lines = [
        "  ".join(
            (
                _padded(heads[0], 34),
                heads[1].rjust(16),
                _padded(heads[2], 6),
                _padded(heads[3], 5),
                _padded(heads[4], 8),
                _("conf."),
                _("page").rjust(6),
                _("quote"),
            )
        )
    ]
    lines += [_claim_line(claim) for claim in order]
    if prediction.derived:
        lines += ["", _("derived (not stated; worked out from the figures cited):")]
        lines += [_claim_line(claim) for claim in prediction.derived]
    for name, items in sorted(prediction.lists.items()):
        lines += ["", f"{list_name(name)} ({len(items)}):", *(f"  - {item}" for item in items)]
    agreements = {
        "agree": _("they agree"),
        "count_larger": _("the count says more (a partial list)"),
        "list_larger": _("the list names more: check it"),
        "count_only": _("a count, no list"),
        "list_only": _("a list, no count"),
    }
    for pair in prediction.reconciliation:
        stated = "-" if pair.stated is None else f"{pair.stated:g}"
        lines.append(
            _("count {fields} = {stated}, list {list} names {listed}: {agreement}").format(
                fields="+".join(field_name(f) for f in pair.fields),
                stated=stated,
                list=list_name(pair.list),
                listed=pair.listed,
                agreement=agreements.get(pair.agreement.value, pair.agreement.value),
            )
        )
    return "\n".join(lines)


def to_json(value: Any) -> str:
    """Plain JSON for machines: UTF-8 text kept readable, keys sorted."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)
