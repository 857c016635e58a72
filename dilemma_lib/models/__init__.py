"""Pure models of the course: numpy and nashpy only, inputs validated with ``ValueError``."""
