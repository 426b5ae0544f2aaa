"""The cold command line against a bare interpreter (issue 18, item 5).

    python benchmarks/run.py --only y      (or: python benchmarks/cold.py [--quick])

Whole fresh processes, taken in turn after one untimed warm-up each: the console script's
work for ``childdays ics --country KH --lang km -o FILE`` (import ``childdays.cli``, run
``main``) against ``python -c pass`` with the same interpreter and environment. Target ≤ 4×.
Medians with their spread; nothing asserts a time.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from common import PY, Budget, Row, figure, interleaved, ms, paired_row, python, seconds_of

#: What the installed ``childdays`` console script runs.
CONSOLE_SCRIPT = "import sys\nfrom childdays.cli import main\nsys.exit(main())"


@figure("y")
def figure_y(budget: Budget, notes: list[str]) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="childdays-cold-") as tmp:
        out = str(Path(tmp) / "f.ics")
        ics = [PY, "-c", CONSOLE_SCRIPT, "ics", "--country", "KH", "--lang", "km", "-o", out]
        runs = interleaved({"ics": ics, "bare": python("pass")}, budget.process_runs)
        written = Path(out).read_bytes().count(b"BEGIN:VEVENT")
    notes.append(
        f"y: whole processes, {budget.process_runs} interleaved runs each after a warm-up; "
        f"the feed written has {written} events (the default window)."
    )
    return [
        paired_row(
            "y. cold `childdays ics --country KH --lang km -o FILE`",
            seconds_of(runs["ics"]),
            seconds_of(runs["bare"]),
            ours_text=ms,
            anchor_text=lambda s: ms(s) + " bare `python -c pass`",
            target=4.0,
        ),
        paired_row(
            "y. the same, CPU time (user + system; steadier on a busy machine)",
            [run.cpu for run in runs["ics"]],
            [run.cpu for run in runs["bare"]],
            ours_text=ms,
            anchor_text=lambda s: ms(s) + " bare `python -c pass`",
            target=4.0,
        ),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    from common import run_alone

    return run_alone(figure_y, "--quick" in (sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    raise SystemExit(main())
