"""Input checks shared by every model.

Each check either returns a clean value or raises :class:`ValueError` with a sentence that
names the parameter, what it received and what is allowed, so that a student who typed a
wrong value knows what to change.
"""

from __future__ import annotations

import math
from numbers import Real

import numpy as np


def finite_number(value: object, name: str) -> float:
    """Return ``value`` as a float, or raise if it is not a finite real number.

    >>> finite_number(3, "CC")
    3.0
    >>> finite_number("3", "CC")
    Traceback (most recent call last):
    ...
    ValueError: CC must be a finite number, got '3' (a str).
    """
    if isinstance(value, bool) or not isinstance(value, Real | np.integer | np.floating):
        raise ValueError(
            f"{name} must be a finite number, got {value!r} (a {type(value).__name__})."
        )
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {number}.")
    return number


def number_in_range(
    value: object, name: str, low: float = -math.inf, high: float = math.inf
) -> float:
    """Return ``value`` as a float after checking ``low <= value <= high``.

    >>> number_in_range(0.5, "p", 0, 1)
    0.5
    >>> number_in_range(-0.1, "p", 0, 1)
    Traceback (most recent call last):
    ...
    ValueError: p must lie between 0 and 1, got -0.1.
    """
    number = finite_number(value, name)
    if not low <= number <= high:
        if math.isinf(high):
            allowed = f"be at least {low:g}"
        elif math.isinf(low):
            allowed = f"be at most {high:g}"
        else:
            allowed = f"lie between {low:g} and {high:g}"
        raise ValueError(f"{name} must {allowed}, got {number:g}.")
    return number


def probability(value: object, name: str) -> float:
    """Return ``value`` as a probability in [0, 1].

    >>> probability(1, "noise")
    1.0
    """
    return number_in_range(value, name, 0.0, 1.0)


def positive_number(value: object, name: str) -> float:
    """Return ``value`` as a float after checking it is strictly positive.

    >>> positive_number(0, "cost")
    Traceback (most recent call last):
    ...
    ValueError: cost must be greater than 0, got 0.
    """
    number = finite_number(value, name)
    if number <= 0:
        raise ValueError(f"{name} must be greater than 0, got {number:g}.")
    return number


def whole_number(value: object, name: str, low: int = 0, high: int | None = None) -> int:
    """Return ``value`` as an int after checking it is a whole number in ``[low, high]``.

    >>> whole_number(3.0, "rounds", 1)
    3
    >>> whole_number(2.5, "rounds", 1)
    Traceback (most recent call last):
    ...
    ValueError: rounds must be a whole number, got 2.5.
    """
    number = finite_number(value, name)
    if number != int(number):
        raise ValueError(f"{name} must be a whole number, got {number:g}.")
    count = int(number)
    upper = math.inf if high is None else high
    if not low <= count <= upper:
        bound = f"at least {low}" if high is None else f"between {low} and {high}"
        raise ValueError(f"{name} must be a whole number {bound}, got {count}.")
    return count


def real_matrix(value: object, name: str, shape: tuple[int, ...] | None = None) -> np.ndarray:
    """Return ``value`` as a finite float array, checking its shape when one is given.

    ``shape`` may hold ``-1`` for "any length" in a dimension; without ``shape`` any
    two-dimensional array with at least one row and column is accepted.

    >>> real_matrix([[1, 2], [3, 4]], "payoffs").shape
    (2, 2)
    >>> real_matrix([[1, "a"], [3, 4]], "payoffs")
    Traceback (most recent call last):
    ...
    ValueError: payoffs must hold numbers only, got [[1, 'a'], [3, 4]].
    """
    try:
        array = np.asarray(value)
    except ValueError as error:  # ragged nested lists
        raise ValueError(f"{name} must be a rectangular array of numbers: {error}") from None
    if array.dtype == object or not (
        np.issubdtype(array.dtype, np.number) and not np.issubdtype(array.dtype, np.complexfloating)
    ) or array.dtype == bool:
        raise ValueError(f"{name} must hold numbers only, got {value!r}.")
    array = array.astype(float)
    expected = shape if shape is not None else (-1, -1)
    if array.ndim != len(expected) or any(
        want not in (-1, got) for want, got in zip(expected, array.shape, strict=True)
    ) or array.size == 0:
        wanted = "x".join("n" if want == -1 else str(want) for want in expected)
        raise ValueError(f"{name} must be a {wanted} array, got shape {array.shape}.")
    if not np.all(np.isfinite(array)):
        raise ValueError(f"{name} must hold finite numbers only (no NaN or infinity).")
    return array
