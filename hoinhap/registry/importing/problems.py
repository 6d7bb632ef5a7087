"""Problems found in a file: every one counted, the first few kept for the message."""

from __future__ import annotations

from hoinhap.errors import UserError

MAX_PROBLEMS = 50


class Problems:
    """A running list of problems; only the first MAX_PROBLEMS are kept, all are counted."""

    def __init__(self) -> None:
        self.shown: list[str] = []
        self.count = 0

    def __bool__(self) -> bool:
        return self.count > 0

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.shown) < MAX_PROBLEMS:
            self.shown.append(message)


class ImportProblems(UserError):
    """Rows that cannot be imported; nothing was written.

    `problems` lists the first MAX_PROBLEMS in file order; `count` is how many there are.
    """

    def __init__(self, file: str, problems: list[str], count: int | None = None) -> None:
        self.problems = problems[:MAX_PROBLEMS]
        self.count = len(problems) if count is None else count
        shown = list(self.problems)
        if self.count > len(shown):
            shown.append(f"... and {self.count - len(shown)} more")
        if self.count == 1:
            message = problems[0]
        else:
            lines = "\n".join(f"  {line}" for line in shown)
            message = f"{file}: {self.count} problems, nothing was imported:\n{lines}"
        super().__init__(message)

    @classmethod
    def found(cls, file: str, *lists: Problems) -> ImportProblems:
        """The problems of several lists, in the order given."""
        shown = [message for problems in lists for message in problems.shown]
        return cls(file, shown, sum(problems.count for problems in lists))
