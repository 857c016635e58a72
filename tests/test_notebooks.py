"""House rules for the chapters: thin, executed, in the table of contents, cited correctly."""

from __future__ import annotations

import json
import re

import pytest
from browser_support import CHAPTERS, ROOT

MAX_CODE_LINES = 15
BIB_KEYS = set(re.findall(r"^@\w+\{([^,]+),", (ROOT / "book" / "references.bib").read_text(),
                          flags=re.MULTILINE))


def cells(chapter: str, kind: str) -> list[str]:
    notebook = json.loads((ROOT / "notebooks" / f"{chapter}.ipynb").read_text())
    return [("".join(c["source"]), c) for c in notebook["cells"] if c["cell_type"] == kind]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_code_cells_are_short_and_executed(chapter):
    for source, cell in cells(chapter, "code"):
        lines = [line for line in source.splitlines() if line.strip()]
        assert len(lines) <= MAX_CODE_LINES, f"move this logic into dilemma_lib:\n{source}"
        assert cell["execution_count"] is not None, "commit the notebook executed"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_is_in_the_table_of_contents(chapter):
    assert f"notebooks/{chapter}" in (ROOT / "_toc.yml").read_text()


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_citation_has_a_bibliography_entry(chapter):
    cited = {key.strip() for source, _ in cells(chapter, "markdown")
             for keys in re.findall(r"\{cite[pt]?\}`([^`]+)`", source) for key in keys.split(",")}
    assert cited, "a chapter cites its sources"
    assert cited <= BIB_KEYS, f"missing from references.bib: {cited - BIB_KEYS}"
