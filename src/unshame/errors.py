"""Named errors. The CLI and the web app translate them into one clear message."""

from __future__ import annotations


class UnshameError(Exception):
    """Base class: anything unshame reports to her as a plain message."""


class InputError(UnshameError):
    """Input unshame cannot use: empty, binary, too long, or of the wrong shape."""


class SettingError(UnshameError):
    """A setting has a value unshame cannot use."""


class WrongPassphrase(UnshameError):
    """The passphrase does not open this journal."""


class JournalLocked(UnshameError):
    """The journal is locked: a passphrase is needed to open it."""


class NoJournal(UnshameError):
    """There is no journal here yet."""


class NotFound(UnshameError):
    """No entry (or other record) with that id."""


class ImportFormatError(UnshameError):
    """An export or backup file cannot be read or has an unknown schema version."""


class ModelError(UnshameError):
    """The analyser's model file is missing or damaged."""


class JournalExists(UnshameError):
    """A journal for this user already exists here; open it instead of creating one."""


class DamagedRecord(UnshameError):
    """A stored record does not decrypt: it is damaged, or was moved from its own row."""


class SchemaTooNew(UnshameError):
    """The journal was written by a newer unshame whose schema this one does not know."""


class JournalBusy(UnshameError):
    """Another window or command held the journal for longer than the busy timeout."""
