"""Time dilemma_lib's repeated-game engine against the Axelrod library (a plain script).

Reference tournament: 8 strategies, 200 turns, 20 repetitions, noise 0.05 -- once with
``dilemma_lib.models.repeated.round_robin`` and once with ``axelrod.Tournament`` in the same
run. Goal: at least 50 times faster than Axelrod. Also times a Case-style population run of
100 generations (25 agents, 10 rounds per match); goal: at most 100 ms.

Run with ``.venv/bin/python benchmarks/tournament.py``.
"""

from __future__ import annotations

import statistics
import time
import warnings

import numpy as np

from dilemma_lib.models.repeated import (
    AXELROD_GAME,
    CASE_GAME,
    evolve_population,
    round_robin,
)

OURS = ["ALLC", "ALLD", "TFT", "GTFT", "Grudger", "WSLS", "TF2T", "Random"]
TURNS, REPETITIONS, NOISE, SEED = 200, 20, 0.05, 2024
RUNS = 7
AXELROD_RUNS = 3


def time_runs(function, runs: int) -> tuple[list[float], object]:
    """Wall-clock seconds of ``runs`` calls of ``function``, and the last call's result."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return times, result


def ours_tournament():
    return round_robin(AXELROD_GAME, OURS, TURNS, REPETITIONS, NOISE, seed=SEED)


def axelrod_tournament(axelrod):
    players = [
        axelrod.Cooperator(),
        axelrod.Defector(),
        axelrod.TitForTat(),
        axelrod.GTFT(),
        axelrod.Grudger(),
        axelrod.WinStayLoseShift(),
        axelrod.TitFor2Tats(),
        axelrod.Random(),
    ]
    tournament = axelrod.Tournament(
        players, turns=TURNS, repetitions=REPETITIONS, noise=NOISE, seed=SEED
    )
    return tournament.play(progress_bar=False)


def population_run():
    strategies = ["TFT", "ALLD", "ALLC", "Grudger", "WSLS", "TF2T", "Random", "GTFT"]
    counts = [4, 4, 3, 3, 3, 3, 3, 2]  # 25 agents
    return evolve_population(
        CASE_GAME,
        strategies,
        counts,
        generations=100,
        rounds=10,
        eliminate=5,
        noise=0.05,
        seed=SEED,
    )


def main() -> None:
    warnings.filterwarnings("ignore")
    start = time.perf_counter()
    import axelrod  # imported here and timed apart: the import alone takes seconds

    imported = time.perf_counter() - start
    ours, result = time_runs(ours_tournament, RUNS)
    theirs, reference = time_runs(lambda: axelrod_tournament(axelrod), AXELROD_RUNS)
    best, median = min(ours), statistics.median(ours)
    print("Reference tournament: 8 strategies, 200 turns, 20 repetitions, noise 0.05")
    print(
        f"  dilemma_lib round_robin: best {best * 1e3:.1f} ms, "
        f"median {median * 1e3:.1f} ms ({RUNS} runs)"
    )
    print(
        f"  axelrod.Tournament:      best {min(theirs) * 1e3:.0f} ms ({AXELROD_RUNS} runs; "
        f"importing axelrod took a further {imported:.1f} s)"
    )
    print(
        f"  speed-up: {min(theirs) / best:.0f}x (best vs best), "
        f"{statistics.median(theirs) / median:.0f}x (median vs median); goal >= 50x"
    )
    ours_scores = result.mean_scores
    theirs_scores = np.mean(reference.normalised_scores, axis=1)
    print("  mean score per turn (ours / axelrod; one seed each, so they differ by chance):")
    for name, a, b in zip(OURS, ours_scores, theirs_scores, strict=True):
        print(f"    {name:8s} {a:.3f} / {b:.3f}")
    population, _ = time_runs(population_run, RUNS)
    print("Population: 25 agents, 100 generations, 10 rounds per match, noise 0.05")
    print(
        f"  best {min(population) * 1e3:.1f} ms, median "
        f"{statistics.median(population) * 1e3:.1f} ms ({RUNS} runs); goal <= 100 ms"
    )


if __name__ == "__main__":
    main()
