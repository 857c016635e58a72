"""Self-checks for the exercises: each ``check_*`` returns :class:`Feedback`, never raises;
each :class:`Exercise` shows its check live in JupyterLab and as a kernel-free choice on the
book site."""

from .exercise import Exercise
from .feedback import Feedback

__all__ = ["Exercise", "Feedback"]
