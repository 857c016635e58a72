"""dilemma_lib: the helper library behind the course on the security dilemma.

Three layers, one direction (see the design notes in the README):

* :mod:`dilemma_lib.models` -- pure numerics, no widgets and no plotting;
* :mod:`dilemma_lib.plotting` -- matplotlib figures drawn from model results;
* :mod:`dilemma_lib.widgets` -- the explorables the chapters show;

plus :mod:`dilemma_lib.exercises`, the self-checks used by the exercises.
"""

__version__ = "0.1.0"
