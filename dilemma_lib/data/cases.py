"""The course's case set: state-related cyber operations, 2007-2022, each row with sources.

The file ``cyber_operations.csv`` next to this module was written for the course from public
reporting (official attribution statements, indictments, security researchers' reports,
newspapers and scholarship); it copies no third-party data set. Every row names at least one
source as a key of the book's bibliography (``book/references.bib``).

Columns (one row per operation; the header is row 1 of the file):

``id``
    a short unique slug, lowercase letters, digits and hyphens (``"estonia-2007"``).
``name``
    the usual name of the case (``"Estonia 2007"``).
``start``
    an ISO date (``YYYY-MM-DD``). **What "start" means** (the course's convention): the first
    day of the operation's publicly known effects on the target (the first attack day of a
    DDoS campaign, the day a wiper ran, the day of an outage). For covert operations found
    after the fact, whose real beginning the sources do not date (Stuxnet, the OPM breach,
    the DNC intrusions, SolarWinds, Microsoft Exchange), it is the day of discovery or public
    disclosure. Each row's ``effects`` text begins with ``start = ...`` and says which
    applies. When the sources give only a month, the date is the first of that month and
    the ``effects`` text says so.
``end``
    an ISO date, or empty when the sources give no end (one-day events and open-ended
    campaigns alike); never before ``start``.
``target_state``, ``target_sector``
    who was hit, in words.
``alleged_actor``
    who is alleged or claimed to be behind it, in words, with the strength of the claim in
    brackets where it is not an official attribution (``"Russia (alleged)"``).
``attribution_status``
    one of :data:`ATTRIBUTION`:

    * ``official``: a government formally and publicly attributed it (a statement naming
      the actor, a criminal charge or sanctions);
    * ``reported``: attributed by the press or by researchers (or by officials speaking
      without a formal attribution), never formally by a government;
    * ``claimed``: a group claimed it, and no government formally attributed it;
    * ``unattributed``: no one has attributed it.
``attributed_by``
    who says so, in words.
``attribution_date``
    the date of the attribution the row's sources document (for ``official``: the first
    formal attribution the course found), empty only for ``unattributed``; never before
    ``start``.
``category``
    one of :data:`CATEGORIES`, the four kinds of hostile cyber activity of the course's source
    article. Course choice: judged from the operation's aim and the best-supported account
    of its author; several cases could be argued into another category.
``operation_type``
    one of :data:`OPERATION_TYPES`: computer network attack (CNA: disrupt, deny, degrade or
    destroy), exploitation (CNE: gather information) or both (wording of US joint doctrine,
    JP 3-13, as quoted in the source article).
``method``, ``effects``
    what was done and what it did, in words.
``sources``
    bibliography keys separated by ``;`` (at least one).

:func:`load_cases` reads and validates the whole file before returning anything: any bad row
raises :class:`CaseDataError`, whose message names the row (as numbered in the file), the
column and what is wrong. A damaged copy never loads in part.

>>> cases = load_cases(bibliography=False)
>>> len(cases) >= 15, cases[0].id, cases[0].start.isoformat()
(True, 'estonia-2007', '2007-04-27')
>>> case("stuxnet-2010").attribution_status
'reported'
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CATEGORIES = ("crime", "espionage", "terrorism or hacktivism", "warfare")
ATTRIBUTION = ("official", "reported", "claimed", "unattributed")
OPERATION_TYPES = ("CNA", "CNE", "CNA and CNE")

COLUMNS = (
    "id",
    "name",
    "start",
    "end",
    "target_state",
    "target_sector",
    "alleged_actor",
    "attribution_status",
    "attributed_by",
    "attribution_date",
    "category",
    "operation_type",
    "method",
    "effects",
    "sources",
)

DATA_FILE = Path(__file__).with_name("cyber_operations.csv")
REPOSITORY_BIBLIOGRAPHY = Path(__file__).resolve().parents[2] / "book" / "references.bib"
BIBLIOGRAPHY_ENVIRONMENT_VARIABLE = "DILEMMA_BIBLIOGRAPHY"

_TEXT_COLUMNS = ("name", "target_state", "target_sector", "alleged_actor", "attributed_by",
                 "method", "effects")
_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KEY_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_:.+-]*")
_DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
_BIB_ENTRY = re.compile(r"@\s*([A-Za-z]+)\s*[{(]\s*([^,\s{}()]+)\s*,")
_EARLIEST = datetime.date(1980, 1, 1)
_LATEST = datetime.date(2100, 12, 31)


class CaseDataError(ValueError):
    """A row of the case set is wrong: ``row`` (file numbering, header = 1) and ``column``.

    >>> str(CaseDataError("bad", row=3, column="start"))
    "row 3, column 'start': bad"
    """

    def __init__(self, problem: str, *, row: int | None = None, column: str | None = None,
                 path: str | os.PathLike | None = None) -> None:
        self.problem, self.row, self.column = problem, row, column
        self.path = None if path is None else str(path)
        where = []
        if path is not None:
            where.append(f"{Path(path).name}")
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column!r}")
        super().__init__(f"{', '.join(where)}: {problem}" if where else problem)


class UnknownCaseError(KeyError, ValueError):
    """No case has this id (a ``KeyError`` and a ``ValueError``)."""

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Case:
    """One operation of the case set; the fields are the file's columns (see the module)."""

    id: str
    name: str
    start: datetime.date
    end: datetime.date | None
    target_state: str
    target_sector: str
    alleged_actor: str
    attribution_status: str
    attributed_by: str
    attribution_date: datetime.date | None
    category: str
    operation_type: str
    method: str
    effects: str
    sources: tuple[str, ...]

    @property
    def year(self) -> int:
        """The year of ``start``.

        >>> case("estonia-2007").year
        2007
        """
        return self.start.year

    @property
    def attribution_delay_days(self) -> int | None:
        """Days from ``start`` to ``attribution_date`` (None when unattributed).

        >>> case("sony-2014").attribution_delay_days
        25
        """
        if self.attribution_date is None:
            return None
        return (self.attribution_date - self.start).days


# --- the bibliography -------------------------------------------------------------------


def bibliography_keys(paths: Iterable[str | os.PathLike]) -> frozenset[str]:
    """Every entry key of the BibTeX files ``paths`` (``@type{key, ...``).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     bib = Path(folder) / "x.bib"
    ...     _ = bib.write_text("@article{rid2015,\\n title={T}}\\n@book{ zetter2014 , x}")
    ...     sorted(bibliography_keys([bib]))
    ['rid2015', 'zetter2014']
    """
    keys: set[str] = set()
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CaseDataError(f"cannot read the bibliography {str(path)!r}: {error}") from None
        keys.update(key for kind, key in _BIB_ENTRY.findall(text)
                    if kind.lower() not in ("comment", "preamble", "string"))
    return frozenset(keys)


def _default_bibliographies() -> list[Path]:
    """The repository's ``book/references.bib`` (when it exists), plus any files named in the
    environment variable ``DILEMMA_BIBLIOGRAPHY`` (separated by ``os.pathsep``), which lets
    an author check entries that are not yet merged into the book's bibliography."""
    paths = [REPOSITORY_BIBLIOGRAPHY] if REPOSITORY_BIBLIOGRAPHY.is_file() else []
    extra = os.environ.get(BIBLIOGRAPHY_ENVIRONMENT_VARIABLE, "")
    paths += [Path(p) for p in extra.split(os.pathsep) if p.strip()]
    return paths


def _resolve_keys(bibliography: object) -> frozenset[str] | None:
    if bibliography is False:
        return None
    if bibliography is None:
        paths = _default_bibliographies()
        return bibliography_keys(paths) if paths else None
    if isinstance(bibliography, str | os.PathLike):
        return bibliography_keys([bibliography])
    if isinstance(bibliography, list | tuple):
        return bibliography_keys(bibliography)
    raise TypeError(
        "bibliography must be None (the book's), False (no check), a path or a list of paths, "
        f"got {bibliography!r}."
    )


# --- parsing and validation -------------------------------------------------------------


def _date(text: str, row: int, column: str, *, required: bool) -> datetime.date | None:
    if text == "":
        if required:
            raise CaseDataError("a date is required here (YYYY-MM-DD), the cell is empty.",
                                row=row, column=column)
        return None
    if not _DATE_PATTERN.fullmatch(text):
        raise CaseDataError(f"{text!r} is not a date in the form YYYY-MM-DD.",
                            row=row, column=column)
    try:
        value = datetime.date.fromisoformat(text)
    except ValueError:
        raise CaseDataError(f"{text!r} is not a real calendar date.",
                            row=row, column=column) from None
    if not _EARLIEST <= value <= _LATEST:
        raise CaseDataError(f"{text} lies outside {_EARLIEST.year}-{_LATEST.year}.",
                            row=row, column=column)
    return value


def _choice(text: str, allowed: tuple[str, ...], row: int, column: str) -> str:
    if text not in allowed:
        options = ", ".join(repr(a) for a in allowed)
        raise CaseDataError(f"{text!r} is not one of {options}.", row=row, column=column)
    return text


def _sources(text: str, keys: frozenset[str] | None, row: int) -> tuple[str, ...]:
    parts = [part.strip() for part in text.split(";")]
    if text.strip() == "":
        raise CaseDataError("every case needs at least one source (a bibliography key).",
                            row=row, column="sources")
    for part in parts:
        if not _KEY_PATTERN.fullmatch(part):
            raise CaseDataError(
                f"{part!r} is not a bibliography key; separate keys with ';'.",
                row=row, column="sources")
    if len(set(parts)) != len(parts):
        raise CaseDataError("a source key is listed twice.", row=row, column="sources")
    if keys is not None:
        missing = [part for part in parts if part not in keys]
        if missing:
            raise CaseDataError(
                f"source key {missing[0]!r} is not in the bibliography (book/references.bib; "
                f"entries not yet merged there can be named in the environment variable "
                f"{BIBLIOGRAPHY_ENVIRONMENT_VARIABLE}).",
                row=row, column="sources")
    return tuple(parts)


def _check_header(header: list[str], path: object) -> None:
    if header != list(COLUMNS):
        missing = [c for c in COLUMNS if c not in header]
        extra = [c for c in header if c not in COLUMNS]
        repeated = sorted({c for c in header if header.count(c) > 1})
        if missing:
            problem = f"missing column(s) {missing}"
        elif extra:
            problem = f"unexpected column(s) {extra}"
        elif repeated:
            problem = f"repeated column(s) {repeated}"
        else:
            problem = "the columns are in the wrong order"
        raise CaseDataError(f"{problem}; the header must be: {','.join(COLUMNS)}.",
                            row=1, column=None, path=path)


def _parse_row(cells: dict[str, str], row: int, keys: frozenset[str] | None) -> Case:
    for column, text in cells.items():
        if "\n" in text or "\r" in text:
            raise CaseDataError("a cell must not contain a line break.", row=row, column=column)
        if text != text.strip():
            raise CaseDataError("the cell has leading or trailing spaces.",
                                row=row, column=column)
    if not _ID_PATTERN.fullmatch(cells["id"]):
        raise CaseDataError(
            f"{cells['id']!r} is not a slug (lowercase letters, digits, single hyphens).",
            row=row, column="id")
    for column in _TEXT_COLUMNS:
        if cells[column] == "":
            raise CaseDataError("this field is required, the cell is empty.",
                                row=row, column=column)
    status = _choice(cells["attribution_status"], ATTRIBUTION, row, "attribution_status")
    start = _date(cells["start"], row, "start", required=True)
    end = _date(cells["end"], row, "end", required=False)
    attributed = _date(cells["attribution_date"], row, "attribution_date",
                       required=status != "unattributed")
    if status == "unattributed" and attributed is not None:
        raise CaseDataError("an unattributed case has no attribution date; leave it empty.",
                            row=row, column="attribution_date")
    if end is not None and end < start:
        raise CaseDataError(f"end {end} is before start {start}.", row=row, column="end")
    if attributed is not None and attributed < start:
        raise CaseDataError(f"attribution date {attributed} is before start {start}.",
                            row=row, column="attribution_date")
    return Case(
        id=cells["id"],
        name=cells["name"],
        start=start,
        end=end,
        target_state=cells["target_state"],
        target_sector=cells["target_sector"],
        alleged_actor=cells["alleged_actor"],
        attribution_status=status,
        attributed_by=cells["attributed_by"],
        attribution_date=attributed,
        category=_choice(cells["category"], CATEGORIES, row, "category"),
        operation_type=_choice(cells["operation_type"], OPERATION_TYPES, row, "operation_type"),
        method=cells["method"],
        effects=cells["effects"],
        sources=_sources(cells["sources"], keys, row),
    )


def load_cases(path: str | os.PathLike | None = None,
               bibliography: str | os.PathLike | list | bool | None = None
               ) -> tuple[Case, ...]:
    """Read and validate the case set; return every case, or raise :class:`CaseDataError`.

    ``path`` defaults to the shipped ``cyber_operations.csv``. ``bibliography`` says where
    the source keys must be found: ``None`` (default) means the repository's
    ``book/references.bib`` when it exists, plus files named in the environment variable
    ``DILEMMA_BIBLIOGRAPHY``; a path or a list of paths means those BibTeX files; ``False``
    skips the check (keys must still be well formed).

    The whole file is read and every row checked before anything is returned, so a damaged
    copy raises instead of loading in part. Checked: the exact header; the number of cells
    in each row; ids (slugs, unique); required text; dates (real ISO dates, end and
    attribution date not before start); the allowed values of ``attribution_status``,
    ``category`` and ``operation_type``; at least one source, each a key of the
    bibliography.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     bad = Path(folder) / "bad.csv"
    ...     text = DATA_FILE.read_text(encoding="utf-8").replace("2007-05-18", "2007-04-01")
    ...     _ = bad.write_text(text, encoding="utf-8")
    ...     load_cases(bad, bibliography=False)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    dilemma_lib.data.cases.CaseDataError: bad.csv, row 2, column 'end': end 2007-04-01 is ...
    """
    source = DATA_FILE if path is None else Path(path)
    keys = _resolve_keys(bibliography)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CaseDataError(f"cannot read the case set: {error}", path=source) from None
    cases: list[Case] = []
    seen: dict[str, int] = {}
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        try:
            header = next(reader)
        except StopIteration:
            raise CaseDataError("the file is empty; it needs a header row.", row=1,
                                path=source) from None
        _check_header(header, source)
        previous_line = reader.line_num
        for record in reader:
            row, previous_line = previous_line + 1, reader.line_num  # the record's first line
            if not record or record == [""]:
                continue  # a blank line
            if len(record) != len(COLUMNS):
                raise CaseDataError(
                    f"the row has {len(record)} cells, the header {len(COLUMNS)}.", row=row)
            case_ = _parse_row(dict(zip(COLUMNS, record, strict=True)), row, keys)
            if case_.id in seen:
                raise CaseDataError(f"id {case_.id!r} already used in row {seen[case_.id]}.",
                                    row=row, column="id")
            seen[case_.id] = row
            cases.append(case_)
    except csv.Error as error:
        raise CaseDataError(f"the file is not valid CSV: {error}", row=reader.line_num,
                            path=source) from None
    except CaseDataError as error:
        if error.path is None:
            raise CaseDataError(error.problem, row=error.row, column=error.column,
                                path=source) from None
        raise
    if not cases:
        raise CaseDataError("the file has a header but no cases.", row=2, path=source)
    return tuple(cases)


@functools.lru_cache(maxsize=1)
def _default_cases() -> tuple[Case, ...]:
    return load_cases(bibliography=False)


def all_cases() -> tuple[Case, ...]:
    """The shipped case set, loaded once, for the widgets, exercises and notebooks.

    Every row is validated, but the source keys are not looked up in the bibliography here:
    a figure should not fail over a bibliography entry. The tests (``tests/test_cases.py``)
    and :func:`load_cases` with its default check the keys against ``book/references.bib``.

    >>> all_cases()[0].name
    'Estonia 2007'
    """
    return _default_cases()


def case(case_id: str) -> Case:
    """The shipped case with this id; an unknown id raises ``UnknownCaseError``
    (a ``KeyError`` and a ``ValueError``) listing the known ids.

    >>> case("notpetya-2017").alleged_actor
    'Russia (military, GRU)'
    >>> case("atlantis-1999")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    dilemma_lib.data.cases.UnknownCaseError: No case has id 'atlantis-1999'; known ids: ...
    """
    for item in all_cases():
        if item.id == case_id:
            return item
    known = ", ".join(item.id for item in all_cases())
    raise UnknownCaseError(f"No case has id {case_id!r}; known ids: {known}.")


def filter_cases(cases: Iterable[Case] | None = None, *, category: str | None = None,
                 attribution_status: str | None = None,
                 operation_type: str | None = None) -> tuple[Case, ...]:
    """The cases matching every given criterion (None = any), in the set's order.

    ``operation_type="CNA"`` also matches ``"CNA and CNE"`` (an operation that did both);
    likewise for ``"CNE"``.

    >>> [c.id for c in filter_cases(category="crime")]
    ['wannacry-2017', 'colonial-2021']
    >>> len(filter_cases(attribution_status="unattributed"))
    0
    >>> filter_cases(category="war")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: category must be one of ('crime', 'espionage', ... or None, got 'war'.
    """
    for name, value, allowed in (("category", category, CATEGORIES),
                                 ("attribution_status", attribution_status, ATTRIBUTION),
                                 ("operation_type", operation_type, OPERATION_TYPES)):
        if value is not None and value not in allowed:
            raise ValueError(f"{name} must be one of {allowed} or None, got {value!r}.")
    pool = all_cases() if cases is None else tuple(cases)

    def matches_type(item: Case) -> bool:
        if operation_type is None or item.operation_type == operation_type:
            return True
        return operation_type != "CNA and CNE" and item.operation_type == "CNA and CNE"

    return tuple(
        item for item in pool
        if (category is None or item.category == category)
        and (attribution_status is None or item.attribution_status == attribution_status)
        and matches_type(item)
    )
