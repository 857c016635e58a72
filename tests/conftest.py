"""Shared pytest set-up: a fast, deterministic hypothesis profile for every property test."""

from hypothesis import HealthCheck, settings

settings.register_profile(
    "course",
    max_examples=60,
    deadline=None,  # timing belongs in benchmarks/, not in tests
    derandomize=True,  # the same examples on every run and machine
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("course")
