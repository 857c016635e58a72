"""The explorable: the one abstraction behind every figure a reader can move.

An explorable is a set of named :class:`Parameter` s plus a pure ``render(**values)`` that
returns a :class:`Frame` (a matplotlib figure and a one-sentence verdict). It is shown in
one of two modes built from that one definition:

* **live** (JupyterLab): sliders call ``render`` on every move and replace the figure;
* **static** (the book, or ``DILEMMA_STATIC=1`` in the kernel's environment): every frame
  of a coarse grid over at most two parameters is rendered in advance into
  ``ipywidgets.Stack`` children, and each slider is ``jslink`` ed to the stacks'
  ``selected_index``. The links run in the browser, so the sliders of a static page move
  the figure with no kernel at all.
"""

from __future__ import annotations

import base64
import html
import io
import itertools
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import ipywidgets as w
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

MAX_STATIC_PARAMETERS = 2
MAX_STATIC_FRAMES = 121
STATIC_ENVIRONMENT_VARIABLE = "DILEMMA_STATIC"


@dataclass(frozen=True)
class Parameter:
    """A named slider: its range, its live step and the coarser step of the static grid.

    A slider of *choices* (a case, a strategy, a category) gives ``choices``: one name per
    position from ``minimum`` to ``maximum`` in steps of ``step``. The slider then shows the
    name instead of a number, live and static, while ``render`` still receives the number.
    """

    name: str
    label: str
    minimum: float
    maximum: float
    step: float
    default: float
    static_step: float | None = None
    choices: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.minimum <= self.default <= self.maximum or self.step <= 0:
            raise ValueError(
                f"Parameter {self.name!r} needs minimum <= default <= maximum and step > 0."
            )
        if self.choices and (len(self.choices) != len(self.live_values())
                             or self.static_step not in (None, self.step)):
            raise ValueError(
                f"Parameter {self.name!r} names {len(self.choices)} choices for "
                f"{len(self.live_values())} positions; name each position once, and keep "
                "every choice on the static page (no static_step)."
            )

    def readout(self, value: float) -> str:
        """What the slider shows at ``value``: the choice's name, or the number.

        >>> Parameter("s", "strategy", 0, 2, 1, 0, choices=("TFT", "GTFT", "WSLS")).readout(1)
        'GTFT'
        >>> Parameter("x", "x", 0, 1, 0.25, 0.5).readout(0.75)
        '0.75'
        """
        if self.choices:
            return self.choices[int(np.argmin(np.abs(self.live_values() - value)))]
        return f"{value:g}"

    def live_values(self) -> np.ndarray:
        """Every position of the live slider, from minimum to maximum inclusive.

        >>> Parameter("x", "x", 0, 1, 0.25, 0.5).live_values().tolist()
        [0.0, 0.25, 0.5, 0.75, 1.0]
        """
        return self._values(self.step)

    def static_values(self) -> np.ndarray:
        """Grid points of the static mode, from minimum to maximum inclusive.

        >>> Parameter("x", "x", 0, 1, 0.1, 0.5, static_step=0.25).static_values().tolist()
        [0.0, 0.25, 0.5, 0.75, 1.0]
        """
        return self._values(self.static_step or self.step)

    def _values(self, step: float) -> np.ndarray:
        count = round((self.maximum - self.minimum) / step) + 1
        return np.round(np.linspace(self.minimum, self.maximum, count), 10)

    def static_default_index(self) -> int:
        """Index of the grid point nearest to the default value."""
        return int(np.argmin(np.abs(self.static_values() - self.default)))


@dataclass(frozen=True)
class Frame:
    """What ``render`` returns: a figure, a one-sentence verdict, and the figure's alt text."""

    figure: Figure
    verdict: str
    alt_text: str = ""

    def to_html(self, colours: int | None = 32) -> str:
        """The frame as self-contained HTML: an inline PNG and its verdict as a caption
        (``colours``: see :func:`png_bytes`)."""
        encoded = base64.b64encode(png_bytes(self.figure, colours)).decode("ascii")
        alt = html.escape(self.alt_text or self.verdict, quote=True)
        return (
            '<figure class="dilemma-frame" style="margin:0">'
            f'<img src="data:image/png;base64,{encoded}" alt="{alt}" style="max-width:100%">'
            f'<figcaption class="dilemma-verdict" style="color:inherit;text-align:left">'
            f"{html.escape(self.verdict)}</figcaption>"
            "</figure>"
        )


def png_bytes(figure: Figure, colours: int | None = 32) -> bytes:
    """The figure as a PNG.

    With ``colours`` (static pages) a palette PNG: a static page holds up to 121 frames per
    explorable, and reducing flat-coloured line art to a small palette makes each frame
    several times smaller. With ``colours=None`` (a live slider) a full-colour PNG compressed
    for speed: quantizing costs about a tenth of a live update, and a frame that goes straight
    from the kernel to the screen need not be small. Same figure, same bytes (no metadata,
    deterministic quantizer)."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    image = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba())
    buffer = io.BytesIO()
    if colours is None:
        image.convert("RGB").save(buffer, format="PNG", compress_level=1)
    else:
        image.convert("RGB").quantize(colors=colours).save(buffer, format="PNG")
    return buffer.getvalue()


def error_html(message: str) -> str:
    """What a live explorable shows instead of a traceback when a frame cannot be drawn."""
    return (
        '<p class="dilemma-error" role="alert" style="color:#b00020">'
        f"This setting cannot be drawn: {html.escape(message)}</p>"
    )


@dataclass
class Explorable:
    """Named parameters plus a pure render function, shown live or static."""

    title: str
    parameters: Sequence[Parameter]
    render: Callable[..., Frame]
    static_parameters: Sequence[str] = ()
    note: str = ""

    def __post_init__(self) -> None:
        names = tuple(p.name for p in self.parameters)
        varying = self.static_parameters or names[:MAX_STATIC_PARAMETERS]
        unknown = set(varying) - set(names)
        if unknown or len(varying) > MAX_STATIC_PARAMETERS:
            raise ValueError(
                f"static_parameters must name at most {MAX_STATIC_PARAMETERS} of "
                f"{names}, got {tuple(varying)}."
            )
        self.static_parameters = tuple(varying)
        if self.static_frame_count() > MAX_STATIC_FRAMES:
            raise ValueError(
                f"{self.title!r} would need {self.static_frame_count()} static frames; "
                f"the limit is {MAX_STATIC_FRAMES}. Use a coarser static_step."
            )

    @property
    def defaults(self) -> dict[str, float]:
        return {p.name: p.default for p in self.parameters}

    def parameter(self, name: str) -> Parameter:
        return next(p for p in self.parameters if p.name == name)

    def static_frame_count(self) -> int:
        return int(np.prod([len(self.parameter(n).static_values())
                            for n in self.static_parameters]))

    def frame_html(self, **values: float) -> str:
        """One frame as a static page stores it (palette PNG); a failure becomes a message,
        never a traceback."""
        return self._frame_html(values, colours=32)

    def live_frame_html(self, **values: float) -> str:
        """One frame as a live slider shows it (full-colour PNG, fast to encode)."""
        return self._frame_html(values, colours=None)

    def _frame_html(self, values: Mapping[str, float], colours: int | None) -> str:
        try:
            frame = self.render(**{**self.defaults, **values})
        except ValueError as error:  # a model refusing a setting: say why
            return error_html(str(error))
        except Exception as error:  # a bug: still no traceback on a student's screen
            return error_html(f"{type(error).__name__}: {error}")
        return frame.to_html(colours)

    def widget(self, mode: str | None = None) -> w.Widget:
        """The explorable as an ipywidget: ``mode`` is ``"live"``, ``"static"`` or ``None``
        (static when the environment variable ``DILEMMA_STATIC`` is ``1``)."""
        mode = mode or default_mode()
        if mode == "live":
            return self._live_widget()
        if mode == "static":
            return self._static_widget()
        raise ValueError(f"mode must be 'live' or 'static', got {mode!r}.")

    def summary(self) -> str:
        """A plain-text stand-in for the widget: its title, mode and default verdict."""
        try:
            verdict = self.render(**self.defaults).verdict
        except ValueError as error:
            verdict = f"(the default setting cannot be drawn: {error})"
        settings = ", ".join(f"{p.name}={p.default:g}" for p in self.parameters)
        return f"{self.title} [{default_mode()}] at {settings}: {verdict}"

    def _repr_mimebundle_(self, **kwargs: object) -> dict[str, object]:
        """Display the widget in a notebook, with :meth:`summary` as its plain text."""
        bundle = self.widget()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = self.summary()
        return bundle

    # -- live ---------------------------------------------------------------------------

    def _live_widget(self) -> w.Widget:
        style = self._label_style()
        sliders = {p.name: _slider(p, style) for p in self.parameters}
        figure = w.HTML(self.live_frame_html())

        def update(_change: Mapping[str, object]) -> None:
            figure.value = self.live_frame_html(**{n: s.value for n, s in sliders.items()})

        for slider in sliders.values():
            slider.observe(update, names="value")
        return self._layout(list(sliders.values()), figure)

    # -- static -------------------------------------------------------------------------

    def _static_widget(self) -> w.Widget:
        varying = [self.parameter(n) for n in self.static_parameters]
        style = self._label_style()
        sliders = [_selection_slider(p, style) for p in varying]
        stacks = self._nested_stacks(varying, {}, sliders)
        fixed = [p for p in self.parameters if p.name not in self.static_parameters]
        legend = ", ".join(f"{p.label} = {p.readout(p.default)}" for p in fixed)
        note = w.HTML(f"<small>On this page {html.escape(legend)} stay fixed; run the "
                      "notebook to move them too.</small>") if fixed else None
        return self._layout(sliders + ([note] if note else []), stacks)

    def _nested_stacks(self, varying: list[Parameter], chosen: dict[str, float],
                       sliders: list[w.SelectionSlider]) -> w.Widget:
        """One Stack per varying parameter, nested; the innermost children are frames."""
        if not varying:
            return w.HTML(self.frame_html(**chosen))
        first, rest = varying[0], varying[1:]
        children = [self._nested_stacks(rest, {**chosen, first.name: float(v)}, sliders)
                    for v in first.static_values()]
        stack = w.Stack(children, selected_index=first.static_default_index())
        slider = sliders[len(self.static_parameters) - len(varying)]
        w.jslink((slider, "index"), (stack, "selected_index"))
        return stack

    def _label_style(self) -> dict[str, str]:
        """One label width for all of an explorable's sliders, so that their tracks line up."""
        longest = max(len(p.label) for p in self.parameters)
        return {"description_width": f"{0.6 * longest + 1:.1f}em"}

    def _layout(self, controls: list[w.Widget], figure: w.Widget) -> w.Widget:
        header = w.HTML(f"<strong>{html.escape(self.title)}</strong>"
                        + (f"<br><small>{html.escape(self.note)}</small>" if self.note else ""))
        box = w.VBox([header, w.VBox(controls), figure],
                     layout=w.Layout(max_width="720px", padding="4px"))
        return box.add_class("dilemma-explorable")


def default_mode() -> str:
    """``"static"`` when ``DILEMMA_STATIC=1`` is set (the book build), else ``"live"``."""
    return "static" if os.environ.get(STATIC_ENVIRONMENT_VARIABLE) == "1" else "live"


def _slider(parameter: Parameter, style: dict[str, str]) -> w.FloatSlider | w.SelectionSlider:
    if parameter.choices:  # named positions: the value passed on is still the number
        values = parameter.live_values()
        return w.SelectionSlider(
            options=[(name, float(v)) for name, v in zip(parameter.choices, values, strict=True)],
            value=float(values[int(np.argmin(np.abs(values - parameter.default)))]),
            description=parameter.label, continuous_update=True, style=style,
            layout=w.Layout(width="100%"),
        )
    return w.FloatSlider(
        value=parameter.default, min=parameter.minimum, max=parameter.maximum,
        step=parameter.step, description=parameter.label, continuous_update=True,
        readout_format=".2f", style=style,
        layout=w.Layout(width="100%"),
    )


def _selection_slider(parameter: Parameter, style: dict[str, str]) -> w.SelectionSlider:
    values = parameter.static_values()
    return w.SelectionSlider(
        options=[(parameter.readout(v), i) for i, v in enumerate(values)],
        index=parameter.static_default_index(), description=parameter.label,
        continuous_update=True, style=style,
        layout=w.Layout(width="100%"),
    )


def grid(explorable: Explorable) -> list[dict[str, float]]:
    """Every parameter setting of the static grid (the defaults for the fixed ones)."""
    axes = [[(n, float(v)) for v in explorable.parameter(n).static_values()]
            for n in explorable.static_parameters]
    return [{**explorable.defaults, **dict(combo)} for combo in itertools.product(*axes)]
