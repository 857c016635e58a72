"""Self-checks for the exercises: each ``check_*`` returns :class:`Feedback`, never raises."""

from .feedback import Feedback

__all__ = ["Feedback"]
