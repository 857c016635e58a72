"""The explorable abstraction and the chapter explorables built on it."""

from __future__ import annotations

import functools

import ipywidgets as w
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ipywidgets.widgets.widget import _instances as live_widget_instances
from ipywidgets.widgets.widget_link import Link

from dilemma_lib.plotting.style import new_figure
from dilemma_lib.widgets import Explorable, Frame, Parameter
from dilemma_lib.widgets.catalogue import all_explorables
from dilemma_lib.widgets.explorable import MAX_STATIC_FRAMES, grid

EXPLORABLES = all_explorables()


def descendants(widget: w.Widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def frames_of(widget: w.Widget) -> list[str]:
    return [d.value for d in descendants(widget)
            if isinstance(d, w.HTML) and "dilemma-frame" in d.value]


def sliders_of(widget: w.Widget, kind=w.SelectionSlider):
    return [d for d in descendants(widget) if isinstance(d, kind)]


def picky_render(x: float, y: float) -> Frame:
    """A render function that refuses some settings, as models do."""
    if x > 0.5:
        raise ValueError("x must be at most 0.5 here.")
    return Frame(new_figure(), f"x={x:g}, y={y:g}")


PICKY = Explorable("Picky", [Parameter("x", "x", 0, 1, 0.25, 0),
                             Parameter("y", "y", 0, 1, 0.5, 0)], picky_render)


@functools.cache
def static_widget(name: str) -> w.Widget:
    """Each static widget renders up to 121 frames: build it once for all tests."""
    return EXPLORABLES[name].widget("static")


@pytest.mark.parametrize("name", sorted(EXPLORABLES))
def test_static_mode_holds_one_distinct_frame_per_grid_point(name):
    explorable = EXPLORABLES[name]
    widget = static_widget(name)
    frames = frames_of(widget)
    assert len(frames) == explorable.static_frame_count() == len(grid(explorable))
    assert len(frames) <= MAX_STATIC_FRAMES
    assert len(set(frames)) > len(frames) // 2, "most settings should look different"
    assert len(sliders_of(widget)) == len(explorable.static_parameters)


@pytest.mark.parametrize("name", sorted(EXPLORABLES))
def test_static_sliders_are_jslinked_to_every_stack(name):
    widget = static_widget(name)
    stacks = [d for d in descendants(widget) if isinstance(d, w.Stack)]
    sliders = sliders_of(widget)
    links = [link for link in live_widget_instances.values() if isinstance(link, Link)
             and link.source[0] in sliders and link.target[0] in stacks]
    assert {id(link.target[0]) for link in links} == {id(s) for s in stacks}
    assert all(link.source[1] == "index" and link.target[1] == "selected_index"
               for link in links)


@pytest.mark.parametrize("name", sorted(EXPLORABLES))
def test_live_slider_moves_redraw_the_figure(name):
    explorable = EXPLORABLES[name]
    widget = explorable.widget("live")
    (figure,) = [d for d in descendants(widget) if isinstance(d, w.HTML)
                 and "dilemma-frame" in d.value]
    for slider in sliders_of(widget, (w.FloatSlider, w.SelectionSlider)):
        before = figure.value
        if isinstance(slider, w.SelectionSlider):  # a slider of named choices
            last = len(slider.options) - 1
            slider.index = last if slider.index != last else 0
        else:
            slider.value = slider.max if slider.value != slider.max else slider.min
        assert figure.value != before, f"{slider.description} did not change the figure"


def test_a_refused_setting_shows_a_message_not_a_traceback():
    widget = PICKY.widget("live")
    (x_slider, _) = sliders_of(widget, w.FloatSlider)
    x_slider.value = 1.0
    messages = [d.value for d in descendants(widget) if isinstance(d, w.HTML)
                and "dilemma-error" in d.value]
    assert messages == ['<p class="dilemma-error" role="alert" style="color:#b00020">'
                        "This setting cannot be drawn: x must be at most 0.5 here.</p>"]


def test_mode_follows_the_environment(monkeypatch):
    monkeypatch.setenv("DILEMMA_STATIC", "1")
    assert sliders_of(PICKY.widget(), w.SelectionSlider)
    monkeypatch.delenv("DILEMMA_STATIC")
    assert sliders_of(PICKY.widget(), w.FloatSlider)
    with pytest.raises(ValueError, match="mode must be 'live' or 'static'"):
        PICKY.widget("animated")


def test_static_grid_is_bounded():
    too_fine = [Parameter("x", "x", 0, 1, 0.05, 0), Parameter("y", "y", 0, 1, 0.05, 0)]
    with pytest.raises(ValueError, match="441 static frames; the limit is 121"):
        Explorable("Too fine", too_fine, picky_render)
    with pytest.raises(ValueError, match="at most 2"):
        Explorable("Three", [*too_fine, Parameter("z", "z", 0, 1, 0.5, 0)], picky_render,
                   static_parameters=("x", "y", "z"))


def test_plain_text_of_an_explorable_is_its_summary():
    bundle = EXPLORABLES["chapter02.payoff_explorer"]._repr_mimebundle_()
    assert bundle["text/plain"].startswith("Payoff explorer")
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_frames_carry_alt_text():
    frame_html = EXPLORABLES["chapter02.payoff_explorer"].frame_html()
    assert 'alt="Payoff matrix: both cooperate 3 each' in frame_html


payoffs = st.sampled_from([x / 2 for x in range(11)])
levers = st.sampled_from([x / 10 for x in range(21)])


@settings(max_examples=25)
@given(payoffs, payoffs, payoffs, payoffs)
def test_every_payoff_setting_draws_with_a_verdict(cc, dc, dd, cd):
    html = EXPLORABLES["chapter02.payoff_explorer"].frame_html(CC=cc, DC=dc, DD=dd, CD=cd)
    assert "dilemma-frame" in html and "dilemma-error" not in html


@settings(max_examples=25)
@given(levers, levers, levers, levers)
def test_every_lever_setting_draws_with_a_verdict(a, b, c, d):
    html = EXPLORABLES["chapter02.levers_explorer"].frame_html(
        raise_cc=a, raise_cd=b, lower_dc=c, lower_dd=d)
    assert "dilemma-frame" in html and "dilemma-error" not in html


def test_a_slider_of_choices_shows_names_and_passes_numbers():
    seen = []

    def render(strategy: float) -> Frame:
        seen.append(strategy)
        return Frame(new_figure(), f"strategy {strategy:g}")

    choices = ("Tit For Tat", "Generous Tit For Tat", "Win-Stay Lose-Shift")
    explorable = Explorable("Choices", [Parameter("strategy", "strategy", 0, 2, 1, 1,
                                                  choices=choices)], render)
    (live,) = sliders_of(explorable.widget("live"), w.SelectionSlider)
    assert [label for label, _ in live.options] == list(choices)
    assert live.label == "Generous Tit For Tat"
    live.index = 2
    assert seen[-1] == 2.0
    (static,) = sliders_of(explorable.widget("static"), w.SelectionSlider)
    assert [label for label, _ in static.options] == list(choices)
    with pytest.raises(ValueError, match="names 2 choices for 3 positions"):
        Parameter("s", "s", 0, 2, 1, 0, choices=("a", "b"))
    with pytest.raises(ValueError, match="no static_step"):
        Parameter("s", "s", 0, 2, 1, 0, static_step=2, choices=("a", "b", "c"))
