"""Live-mode update time of every explorable: one frame rendered to what the widget shows.

For each slider, sweep its whole live range with the other sliders at their defaults, time
each frame, and print the median and 95th percentile per explorable (goals: median <= 100 ms,
p95 <= 250 ms).
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from dilemma_lib.widgets.catalogue import all_explorables


def sweep_times(explorable) -> list[float]:
    times = []
    explorable.live_frame_html()  # warm-up: fonts and caches
    for parameter in explorable.parameters:
        for value in parameter.live_values():
            start = time.perf_counter()
            explorable.live_frame_html(**{parameter.name: float(value)})
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    print(f"{'explorable':40s} {'frames':>6s} {'median ms':>10s} {'p95 ms':>8s}")
    for name, explorable in all_explorables().items():
        times = sweep_times(explorable)
        median = statistics.median(times) * 1000
        p95 = float(np.percentile(times, 95)) * 1000
        flag = "".join(["  <-- median over the 100 ms goal" if median > 100 else "",
                        "  <-- p95 over the 250 ms goal" if p95 > 250 else ""])
        print(f"{name:40s} {len(times):6d} {median:10.1f} {p95:8.1f}{flag}")


if __name__ == "__main__":
    main()
