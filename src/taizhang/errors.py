"""One small exception hierarchy with stable codes.

Every error taizhang raises on bad input is a ``TaizhangError``. Its ``code`` is stable
(tests and API clients may rely on it); its message names the file, line or field at fault.
Each edge translates these once: the CLI prints ``[E101] message`` on one line and exits 2,
the API answers with one JSON error shape.
"""

from __future__ import annotations

from taizhang.messages import FieldName, M, Message


class TaizhangError(Exception):
    """Base class. Subclasses set ``code``.

    The message is a catalogue :class:`~taizhang.messages.Message` (``M("key", name=value)``),
    rendered in the language of the moment it is shown; ``message`` is that text.
    """

    code = "E000"

    def __init__(self, message: str | Message) -> None:
        super().__init__(message)
        self._message = message

    @property
    def message(self) -> str:
        return str(self._message)

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ReadError(TaizhangError):
    """A document could not be read: missing, a directory, empty, binary, too large."""

    code = "E101"


class DecodeError(ReadError):
    """The bytes decode in none of the encodings taizhang knows."""

    code = "E102"


class NoTextLayerError(ReadError):
    """A PDF with no text layer (a scan): it needs OCR first."""

    code = "E103"


class UnsupportedFormatError(ReadError):
    """A file type taizhang does not read."""

    code = "E104"


class ArchiveLimitError(ReadError):
    """A .docx or .xlsx whose zip holds too many members, too many decompressed bytes or too many
    XML elements (a zip bomb, or far larger than any real document); see ``taizhang.text.archive``."""

    code = "E105"


class MixedEncodingError(DecodeError):
    """A text or CSV file whose lines are in different encodings (some UTF-8, some GBK/GB18030)."""

    code = "E106"


class TooManyNumbersError(ReadError):
    """A document with more numbers than any plan or report holds (a sheet of data, or an attack)."""

    code = "E107"


class ExtractionFailedError(ReadError):
    """The extractor failed on a document of a corpus run: the file is listed in the errors file and
    the run goes on (``taizhang corpus extract``)."""

    code = "E108"


class InputError(TaizhangError):
    """An argument or a field of user input is invalid (a date, a region name, a value)."""

    code = "E201"


class RegionNotFoundError(InputError):
    """A region name that resolves to no GB/T 2260 code."""

    code = "E202"


class ValueInvalidError(InputError):
    """A number given for ``field`` breaks the ledger's one value rule (taizhang.ledger.values):
    not a finite number, too long, too large for its unit, or too many decimal places.

    ``field``, ``text`` (as given) and ``reason`` are kept apart for callers that list errors
    row by row; the message names the field and the value, cut short if long.
    """

    code = "E203"

    def __init__(self, field: str, text: str, reason: str | Message) -> None:
        shown = text if len(text) <= 24 else f"{text[:20]}…({len(text)})"
        super().__init__(M("value.invalid", field=FieldName(field), value=shown, reason=reason))
        self.field, self.text, self.reason = field, text, reason


class TextFieldError(InputError):
    """A text field holding a NUL character, or longer than the ledger stores for that field."""

    code = "E204"


class PeriodError(InputError):
    """A reporting period that is no month, or a month outside the years the ledger accepts."""

    code = "E205"


class DeadlineError(InputError):
    """A 完成时限 that names no date, or a date that does not exist (2023-02-30)."""

    code = "E206"


class LedgerError(TaizhangError):
    """The ledger refused an operation (taizhang.ledger)."""

    code = "E301"


class NotFoundError(LedgerError):
    """No target, document or import with that id."""

    code = "E302"


class ImportRejectedError(LedgerError):
    """A progress file with at least one bad row: nothing of it was written.

    ``errors`` lists every problem as "FILE: row N, field: reason" (row 1 is the header).
    """

    code = "E303"

    def __init__(self, message: str | Message, errors: list[str]) -> None:
        super().__init__(message)
        self.errors = errors

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}\n" + "\n".join(self.errors)


class ReviewError(LedgerError):
    """A review action that does not apply: an unknown field, a bad value, a retired target."""

    code = "E304"


class DuplicateImportError(LedgerError):
    """The same progress file (by content hash) was imported before."""

    code = "E305"


class BackupError(LedgerError):
    """A backup that cannot be made (e.g. a PostgreSQL ledger: use pg_dump)."""

    code = "E306"


class LedgerMissingError(LedgerError):
    """A command that reads the ledger names a SQLite file that does not exist: it is not created
    (an empty new ledger would answer with nothing, as if the ledger were empty)."""

    code = "E308"


class LedgerBusyError(LedgerError):
    """Another writer held the ledger's lock past the busy timeout: nothing was written; try again."""

    code = "E307"
