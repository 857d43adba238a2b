"""The matcher's model, loaded once in the forkserver of the panel's workers.

Imported after extractor.warm where the workers suggest indicators (the panel and its queue
workers): scikit-learn and the model take 0.7 s, which the command-line jobs, making no
suggestions, do not pay. A failure here only leaves the workers to load it themselves.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def warm_review() -> None:
    """Suggest indicators for the sample document, as a panel's worker does."""
    from extractor.match.frameworks import load_framework
    from extractor.match.matcher import suggest
    from extractor.pipeline import assess
    from extractor.warm import sample

    document = sample()
    prediction, _ = assess(document, "miit-2023")
    suggest(document, prediction, load_framework("miit-2023"))


try:
    warm_review()
except Exception:
    log.debug("the workers start without the matcher", exc_info=True)
