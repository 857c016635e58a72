"""Data shipped with the course: the case set of state-related cyber operations.

See :mod:`dilemma_lib.data.cases` for the loader and the meaning of every column.
"""

from .cases import (
    ATTRIBUTION,
    CATEGORIES,
    COLUMNS,
    OPERATION_TYPES,
    Case,
    CaseDataError,
    case,
    filter_cases,
    load_cases,
)

__all__ = [
    "ATTRIBUTION",
    "CATEGORIES",
    "COLUMNS",
    "OPERATION_TYPES",
    "Case",
    "CaseDataError",
    "case",
    "filter_cases",
    "load_cases",
]
