"""Tests of the case set (dilemma_lib/data): its schema, the seed's cases, and the loader's
refusal of damaged copies (never a partial load)."""

from __future__ import annotations

import csv
import dataclasses
import datetime
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dilemma_lib.data import cases as data
from dilemma_lib.data.cases import (
    ATTRIBUTION,
    CATEGORIES,
    COLUMNS,
    DATA_FILE,
    OPERATION_TYPES,
    Case,
    CaseDataError,
    load_cases,
)

REPOSITORY = Path(__file__).resolve().parents[1]
BIBLIOGRAPHY = REPOSITORY / "book" / "references.bib"
# The book's bibliography; an author may add not-yet-merged entries through the environment
# variable DILEMMA_BIBLIOGRAPHY (the lead merges them into book/references.bib).
EXTRA = [Path(p) for p in os.environ.get("DILEMMA_BIBLIOGRAPHY", "").split(os.pathsep)
         if p.strip()]
BIBLIOGRAPHIES = [BIBLIOGRAPHY, *EXTRA]


@pytest.fixture(scope="module")
def cases() -> tuple[Case, ...]:
    return load_cases(bibliography=BIBLIOGRAPHIES)


def by_id(cases: tuple[Case, ...]) -> dict[str, Case]:
    return {item.id: item for item in cases}


def read_rows() -> list[list[str]]:
    with DATA_FILE.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path


# --- the schema ---------------------------------------------------------------------------


def test_the_file_has_exactly_the_documented_columns():
    assert read_rows()[0] == list(COLUMNS)
    assert tuple(field.name for field in dataclasses.fields(Case)) == COLUMNS


def test_every_row_loads_with_the_right_types_and_allowed_values(cases):
    assert len(cases) >= 15
    assert len(cases) == len(read_rows()) - 1
    for item in cases:
        assert isinstance(item.start, datetime.date)
        assert item.end is None or item.start <= item.end
        assert item.attribution_status in ATTRIBUTION
        assert item.category in CATEGORIES
        assert item.operation_type in OPERATION_TYPES
        assert (item.attribution_date is None) == (item.attribution_status == "unattributed")
        assert item.attribution_date is None or item.start <= item.attribution_date
        assert item.sources and all(isinstance(key, str) and key for key in item.sources)
        assert 2007 <= item.start.year <= 2022
        assert item.effects.startswith("start = "), item.id  # the row says what start means


def test_ids_are_unique_and_cover_the_years_2007_to_2022(cases):
    ids = [item.id for item in cases]
    assert len(set(ids)) == len(ids)
    assert min(item.year for item in cases) == 2007
    assert max(item.year for item in cases) == 2022


def test_every_source_is_a_key_of_the_book_bibliography(cases):
    keys = data.bibliography_keys(BIBLIOGRAPHIES)
    assert {key for item in cases for key in item.sources} <= keys


def test_the_attribution_wording_never_overstates_an_unofficial_attribution(cases):
    for item in cases:
        if item.attribution_status != "official":
            assert "(" in item.alleged_actor, item.id  # e.g. "Russia (alleged)"


def test_the_set_has_crime_espionage_and_warfare_and_each_attribution_level_but_none(cases):
    assert {item.category for item in cases} == set(CATEGORIES)
    assert {item.attribution_status for item in cases} >= {"official", "reported", "claimed"}


# --- the seed's three cases and their documented dates -------------------------------------


def test_estonia_2007_starts_on_27_april_and_stays_an_allegation(cases):
    estonia = by_id(cases)["estonia-2007"]
    assert estonia.start == datetime.date(2007, 4, 27)  # first attacks
    assert estonia.end is not None and estonia.end.month == 5 and estonia.end.year == 2007
    assert estonia.attribution_status == "reported"
    assert "alleged" in estonia.alleged_actor and "Russia" in estonia.alleged_actor
    assert "DDoS" in estonia.method
    assert estonia.operation_type == "CNA"


def test_georgia_2008_starts_about_20_july_and_runs_into_the_august_war(cases):
    georgia = by_id(cases)["georgia-2008"]
    assert georgia.start == datetime.date(2008, 7, 20)  # first DDoS, before the war
    assert "August 2008" in georgia.effects
    assert georgia.end is None  # the sources date no end
    assert georgia.attribution_status == "reported"
    assert georgia.category == "warfare"


def test_stuxnet_starts_at_its_discovery_in_june_2010_and_was_never_confirmed(cases):
    stuxnet = by_id(cases)["stuxnet-2010"]
    assert (stuxnet.start.year, stuxnet.start.month) == (2010, 6)  # discovery, month only
    assert "discovery" in stuxnet.effects
    assert stuxnet.attribution_status == "reported"
    assert "never officially confirmed" in stuxnet.attributed_by
    assert "sanger2012" in stuxnet.sources
    assert stuxnet.target_state == "Iran"


def test_case_and_filter_cases_find_the_shipped_rows():
    assert data.case("wannacry-2017").alleged_actor == "North Korea"
    with pytest.raises(KeyError):
        data.case("no-such-case")
    crime = data.filter_cases(category="crime")
    assert {item.id for item in crime} == {"wannacry-2017", "colonial-2021"}
    both = data.filter_cases(operation_type="CNE")
    assert "sony-2014" in {item.id for item in both}  # "CNA and CNE" counts as CNE too
    with pytest.raises(ValueError, match="attribution_status"):
        data.filter_cases(attribution_status="confirmed")


# --- the loader refuses damaged copies ------------------------------------------------------


def corrupt(rows: list[list[str]], row: int, column: str, value: str) -> list[list[str]]:
    """A copy of ``rows`` with one cell changed; ``row`` is the file's numbering."""
    copy = [list(r) for r in rows]
    copy[row - 1][COLUMNS.index(column)] = value
    return copy


DAMAGES = [  # (what, row in the file, column, new value, phrase of the message)
    ("bad category", 3, "category", "war", "is not one of"),
    ("bad status", 4, "attribution_status", "confirmed", "is not one of"),
    ("bad operation type", 5, "operation_type", "CNX", "is not one of"),
    ("bad date", 2, "start", "2007-13-01", "not a real calendar date"),
    ("date in words", 6, "start", "June 2010", "YYYY-MM-DD"),
    ("end before start", 2, "end", "2007-04-01", "before start"),
    ("attribution before start", 3, "attribution_date", "2008-07-01", "before start"),
    ("unknown source key", 4, "sources", "falliere2011;nobody2099", "nobody2099"),
    ("no source", 5, "sources", "", "at least one source"),
    ("missing required field", 6, "name", "", "required"),
    ("missing start", 7, "start", "", "required"),
    ("bad id", 8, "id", "Not A Slug", "slug"),
    ("line break in a cell", 9, "effects", "start = x\ny", "line break"),
]


@pytest.mark.parametrize(("what", "row", "column", "value", "phrase"), DAMAGES,
                         ids=[d[0] for d in DAMAGES])
def test_a_damaged_cell_is_reported_with_row_column_and_problem(tmp_path, what, row, column,
                                                                value, phrase):
    path = write_rows(tmp_path / "cases.csv", corrupt(read_rows(), row, column, value))
    with pytest.raises(CaseDataError) as raised:
        load_cases(path, bibliography=BIBLIOGRAPHIES)
    error = raised.value
    assert isinstance(error, ValueError)
    assert (error.row, error.column) == (row, column), what
    assert f"row {row}" in str(error) and repr(column) in str(error)
    assert phrase in str(error)


def test_an_unattributed_case_with_an_attribution_date_is_refused(tmp_path):
    path = write_rows(tmp_path / "cases.csv",
                      corrupt(read_rows(), 10, "attribution_status", "unattributed"))
    with pytest.raises(CaseDataError, match=r"row 10, column 'attribution_date': an unattr"):
        load_cases(path, bibliography=BIBLIOGRAPHIES)


def test_a_duplicate_id_names_both_rows(tmp_path):
    rows = read_rows()
    path = write_rows(tmp_path / "cases.csv", corrupt(rows, 9, "id", rows[3][0]))
    with pytest.raises(CaseDataError, match=r"row 9, column 'id': .* already used in row 4"):
        load_cases(path, bibliography=BIBLIOGRAPHIES)


@pytest.mark.parametrize("header_change", ["drop", "rename", "add", "swap"])
def test_a_wrong_column_set_is_reported_in_row_1(tmp_path, header_change):
    rows = read_rows()
    header = rows[0]
    if header_change == "drop":
        rows = [r[:-1] for r in rows]
    elif header_change == "rename":
        header[COLUMNS.index("category")] = "kind"
    elif header_change == "add":
        rows = [[*r, "x"] for r in rows]
        rows[0][-1] = "notes"
    else:
        header[0], header[1] = header[1], header[0]
    path = write_rows(tmp_path / "cases.csv", rows)
    with pytest.raises(CaseDataError, match=r"row 1: .*header must be"):
        load_cases(path, bibliography=BIBLIOGRAPHIES)


def test_a_short_row_an_empty_file_and_a_header_only_file_are_refused(tmp_path):
    rows = read_rows()
    rows[4] = rows[4][:-2]
    with pytest.raises(CaseDataError, match=r"row 5: the row has 13 cells"):
        load_cases(write_rows(tmp_path / "short.csv", rows), bibliography=False)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(CaseDataError, match="empty"):
        load_cases(empty, bibliography=False)
    with pytest.raises(CaseDataError, match="no cases"):
        load_cases(write_rows(tmp_path / "header.csv", rows[:1]), bibliography=False)


def test_a_missing_file_or_bibliography_is_a_case_data_error(tmp_path):
    with pytest.raises(CaseDataError, match="cannot read"):
        load_cases(tmp_path / "nowhere.csv", bibliography=False)
    with pytest.raises(CaseDataError, match="bibliography"):
        load_cases(bibliography=tmp_path / "nowhere.bib")


def test_a_bibliography_without_the_keys_rejects_the_first_row(tmp_path):
    bib = tmp_path / "other.bib"
    bib.write_text("@book{waltz1979,\n title = {Theory of International Politics}}\n",
                   encoding="utf-8")
    with pytest.raises(CaseDataError, match=r"row 2, column 'sources'"):
        load_cases(bibliography=bib)


# --- property: a single damaged cell never yields a partial load -------------------------

ROWS = read_rows()


@pytest.fixture(scope="module")
def original(cases) -> tuple[Case, ...]:
    return cases
BAD_VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "war", "2007-02-30", "2030-01-01", "1970-01-01", "20070427",
                     "nobody2099", "a;a", ";", "CNA ", "reported?", "estonia-2007",
                     "stuxnet-2010", "x\ny", '"', "0", "-1", "None", "nan"]),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(row=st.integers(2, len(ROWS)), column=st.sampled_from(COLUMNS), value=BAD_VALUES)
def test_one_damaged_cell_gives_the_whole_set_or_an_error_never_part(tmp_path, original, row,
                                                                     column, value):
    path = write_rows(tmp_path / "cases.csv", corrupt(ROWS, row, column, value))
    try:
        loaded = load_cases(path, bibliography=BIBLIOGRAPHIES)
    except CaseDataError as error:
        assert error.row is not None and 1 <= error.row <= len(ROWS)
        assert f"row {error.row}" in str(error)
        return
    assert len(loaded) == len(ROWS) - 1  # everything or nothing
    changed, before = loaded[row - 2], original[row - 2]
    assert {c for c in COLUMNS if getattr(changed, c) != getattr(before, c)} <= {column}
