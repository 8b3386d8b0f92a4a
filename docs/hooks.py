"""The site's generated parts, made from the code and the committed results when it is built
(``mkdocs build``): the configuration's keys from the pydantic sections, a trial's record from
its dataclasses, the benchmarks' conditions and figures from their JSON, their plots."""

from __future__ import annotations

import dataclasses
import inspect
import io
import json
import os
import re
import tokenize
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "experiments" / "results"


def on_config(config: Any) -> Any:
    """The command-line page's example blocks as code (see ``ClickExamples``)."""
    config.markdown_extensions.append(ClickExamples())
    return config


class ExamplesAsCode(Preprocessor):
    """A command's "Example:" paragraph as a console block. click prints it as written (it
    follows a ``\\b`` line), but mkdocs-click drops that line and passes the rest on as text, so
    the commands would run into one paragraph."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        code: list[str] | None = None
        for line in [*lines, ""]:
            if code is not None and line.startswith(" "):
                code.append(line)
                continue
            if code is not None:
                out += ["", "```console", *inspect.cleandoc("\n".join(code)).splitlines(), "```", ""]
                code = None
            out.append(line)
            if re.fullmatch(r"Examples?:", line):
                code = []
        return out[:-1]


class ClickExamples(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's name)
        # after mkdocs-click (141) writes the help, before code fences are read (25-31)
        md.preprocessors.register(ExamplesAsCode(md), "click_examples", 100)


def on_files(files: Files, config: Any) -> Files:
    """The committed plots, as results/img/NAME.png."""
    for plot in sorted(RESULTS.glob("*.png")):
        files.append(File.generated(config, f"results/img/{plot.name}", abs_src_path=str(plot)))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    makers: dict[str, Callable[[], str]] = {
        "configuration": configuration_reference,
        "record": record_reference,
        "results": results_table,
        "joule-budget": lambda: joule_budget("joule_budget.json"),
        "joule-budget-vm2": lambda: joule_budget("joule_budget_vm2.json"),
    }
    for name, make in makers.items():
        marker = f"<!-- nas:{name} -->"
        if marker in markdown:
            markdown = markdown.replace(marker, make())
    return markdown


# --- the configuration ---------------------------------------------------------------------


def _comments(cls: type) -> dict[str, str]:
    """Each field's comment in the class's source: on its line, or the lines just above it."""
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        return {}
    found: dict[str, str] = {}
    above: list[str] = []
    lines: dict[int, str] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            lines[token.start[0]] = token.string.lstrip("# ").strip()
    for number, line in enumerate(source.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            above.append(lines.get(number, ""))
            continue
        match = re.match(r"    ([a-z_][a-z0-9_]*)\s*:", line)
        if match:
            said = lines.get(number) or " ".join(above)
            if said and not said.startswith("noqa"):
                found[match.group(1)] = said
        if stripped:
            above = []
    return found


def _type_text(annotation: Any) -> str:
    """A type as a reader writes it: ``int | None``, ``"auto" | int``, ``list["relu6" | "hswish"]``."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_text(args[0])
    if origin is typing.Literal:
        return " | ".join(json.dumps(arg) for arg in args)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_text(arg) for arg in args)
    if origin is not None:
        return f"{getattr(origin, '__name__', str(origin))}[{', '.join(_type_text(arg) for arg in args)}]"
    if annotation is type(None):
        return "None"
    return str(getattr(annotation, "__name__", annotation)).replace("StrictInt", "int")


def _bounds(field: Any) -> str:
    extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
    if "bounds" in extra:  # bounds that depend on the machine, said as such
        return str(extra["bounds"])
    names = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "min_length": "length ≥", "max_length": "length ≤"}
    said = []
    for item in field.metadata:
        for attribute, sign in names.items():
            value = getattr(item, attribute, None)
            if value is not None:
                said.append(f"{sign} {value:,}" if isinstance(value, int) else f"{sign} {value}")
    return ", ".join(said)


def _default(field: Any) -> str:
    value = field.default_factory() if field.default_factory is not None else field.default
    if isinstance(value, (str, int, float, bool)) or value is None:
        return f"`{json.dumps(value)}`"
    try:
        return f"`{json.dumps(value if not hasattr(value, 'model_dump') else value.model_dump(mode='json'))}`"
    except TypeError:
        return f"`{value}`"


def configuration_reference() -> str:
    from nas.config import Config

    out = []
    for section, field in Config.model_fields.items():
        model = field.annotation
        assert model is not None
        comments: dict[str, str] = {}
        for cls in reversed(model.__mro__):
            comments.update(_comments(cls))
        # its own, or its base's for a section made from the registry; never pydantic's
        own = [cls.__dict__.get("__doc__") for cls in model.__mro__ if cls.__module__.startswith("nas")]
        doc = inspect.cleandoc(next((text for text in own if text), ""))
        out += [
            f"## `[{section}]`",
            "",
            doc,
            "",
            "| key | type | default | bounds | meaning |",
            "|---|---|---|---|---|",
        ]
        for key, sub in model.model_fields.items():
            cells = [f"`{key}`", _type_text(sub.annotation), _default(sub), _bounds(sub)]
            cells.append(_plain(comments.get(key) or sub.description or ""))
            out.append(_row(cells))
        out.append("")
    return "\n".join(out)


def _plain(comment: str) -> str:
    """A code comment as Markdown text: ``__init__`` stays a name, not bold."""
    return comment.replace("_", "\\_").replace("*", "\\*")


def _row(cells: list[str]) -> str:
    """A Markdown table row; a ``|`` inside a cell (``int | None``) escaped."""
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


# --- a trial's record ----------------------------------------------------------------------


def record_reference() -> str:
    from estimators import measurement
    from nas import record

    out = []
    for cls in (record.TrialRecord, record.TrainResult, measurement.Measurement):
        comments = _comments(cls)
        own = cls.__dict__.get("__doc__") or ""
        own = "" if own.startswith(f"{cls.__name__}(") else inspect.cleandoc(own)  # dataclass' made-up one
        out += [f"## `{cls.__name__}`", "", own, "", "| field | type | meaning |", "|---|---|---|"]
        hints = typing.get_type_hints(cls)
        for field in dataclasses.fields(cls):
            kind = _type_text(hints.get(field.name, field.type))
            out.append(_row([f"`{field.name}`", kind, _plain(comments.get(field.name, ""))]))
        out.append("")
    return "\n".join(out)


# --- results -------------------------------------------------------------------------------


def results_table() -> str:
    """Every committed benchmark result: the pages that discuss it, its conditions, its plot."""
    docs = ROOT / "docs"
    here = docs / "results"
    pages = {page: page.read_text() for page in sorted(docs.rglob("*.md")) if page.name != "index.md"}
    out = []
    for path in sorted(RESULTS.glob("*.json")):
        try:
            data = json.loads(path.read_text())
        except ValueError:
            continue
        out += [f"## `{path.name}`", ""]
        # named by its file, its plot or the script that writes it (a bare stem such as "search" is
        # a word every page uses)
        names = (path.name, f"{path.stem}.png", f"bench_{path.stem}.py")
        said = [(page, text) for page, text in pages.items() if any(name in text for name in names)]
        links = ", ".join(f"[{_title(text)}]({os.path.relpath(page, here)})" for page, text in said)
        out += [f"Discussed in {links}." if links else "Not discussed in the docs yet.", ""]
        conditions = data.get("conditions", {}) if isinstance(data, dict) else {}
        out += [f"- **{key.replace('_', ' ')}**: {_figure(value)}" for key, value in conditions.items()]
        plot = path.with_suffix(".png")
        if plot.is_file():
            out += ["", f"![{plot.stem}](img/{plot.name})"]
        out.append("")
    return "\n".join(out)


def _title(markdown: str) -> str:
    """A page's first heading."""
    match = re.search(r"^# (.+)$", markdown, re.MULTILINE)
    return match.group(1).strip() if match else "a results page"


def _figure(value: Any) -> str:
    """A value from a result's JSON as a person reads it: 4 significant digits, yes/no, lists and
    mappings as text, never Python's or JSON's spelling."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, dict):
        said = {key: item for key, item in value.items() if item not in (None, [], {})}  # not run yet
        return "; ".join(f"{key.replace('_', ' ')}: {_figure(item)}" for key, item in said.items()) or "-"
    if isinstance(value, list):
        return ", ".join(_figure(item) for item in value)
    return str(value).replace("|", "/")


def joule_budget(results: str) -> str:
    """The joule-budget benchmark's arms and goals, as its JSON (one per machine) has them now."""
    path = RESULTS / results
    if not path.is_file():
        return "*Not run yet.*"
    data = json.loads(path.read_text())
    rows = [
        "| arm | trials | spent (kJ) | of a budget of (kJ) | hypervolume (shared) | best validation accuracy "
        "| its test accuracy | it finalized: test accuracy | trainings on 1 / 2 threads |",
        "|---|---|---|---|---|---|---|---|---|",
    ]

    def figure(value: float | None, form: str = ".4f") -> str:
        return "-" if value is None else format(value, form)

    def threads(counts: dict[str, int] | None) -> str:  # a busy machine trains on fewer
        return "-" if counts is None else f"{counts.get('1', 0)} / {counts.get('2', 0)}"

    for name, arm in data["arms"].items():
        rows.append(
            f"| {name} | {arm['trials']} | {arm['spent_j'] / 1e3:.2f} "
            f"| {figure(arm['budget_j'] / 1e3 if arm['budget_j'] else None, '.2f')} "
            f"| {figure(arm['hypervolume_shared'], '.3f')} | {figure(arm['best_val_accuracy'])} "
            f"| {figure(arm['its_test_accuracy'])} | {figure(arm.get('finalized_test_accuracy'))} "
            f"| {threads(arm.get('trainings_by_threads'))} |"
        )
    goals = ["", "| goal | met | figures |", "|---|---|---|"]
    for goal, said in data["goals"].items():
        figures = {k: v for k, v in said.items() if k not in ("met", "keep")}
        met = said.get("met", said.get("keep"))
        goals.append(_row([goal, "pending" if met is None else _figure(met), _figure(figures)]))
    plot = (
        f"\n\n![the fronts at equal joules](img/{path.with_suffix('.png').name})"
        if path.with_suffix(".png").is_file()
        else ""
    )
    return "\n".join(rows + goals) + plot


def on_post_build(config: Any) -> None:
    """Without a site URL mkdocs writes a sitemap with no page in it: none is published."""
    if not config.site_url:
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (Path(config.site_dir) / name).unlink(missing_ok=True)


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """mkdocs-click shows click 8.3's marker for "no default" as text: shown as no default. Each
    plot opens full size when clicked (the page shows it at the column's width)."""
    html = html.replace("<code>Sentinel.UNSET</code>", "").replace("Sentinel.UNSET", "")

    def linked(match: re.Match[str]) -> str:
        before = html[: match.start()]
        if before.rfind("<a ") > before.rfind("</a>"):  # already a link: kept as the author made it
            return match.group(0)
        return f'<a class="full-size" href="{match.group(1)}">{match.group(0)}</a>'

    return re.sub(r'<img [^>]*src="([^"]+\.png)"[^>]*>', linked, html)
