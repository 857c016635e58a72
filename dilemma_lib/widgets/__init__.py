"""The explorables of the course: each chapter's widgets, built on :mod:`.explorable`."""

from .explorable import Explorable, Frame, Parameter

__all__ = ["Explorable", "Frame", "Parameter"]
