"""Figures drawn from model results, in one shared style.

Figures are built with :class:`matplotlib.figure.Figure` directly (not ``pyplot``), so drawing
one never displays it by accident or leaks global state between slider moves.
"""
