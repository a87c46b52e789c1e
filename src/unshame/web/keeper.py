"""The keeper of her journal for the web: creates it, unlocks it for a session, locks it.

With UNSHAME_PASSPHRASE set, one journal is opened (or created) for the whole server and
lent to every session that has not been locked by hand.
"""

from __future__ import annotations

import logging
import threading

from unshame.config import Config
from unshame.errors import InputError, JournalExists, WrongPassphrase
from unshame.store import Journal
from unshame.web.security import Throttle, same_token
from unshame.web.session import Session, Sessions

log = logging.getLogger("unshame.web")
MIN_PASSPHRASE = 8


class Keeper:
    """Opens, creates and locks the journal at `config.database_url` for web sessions."""

    def __init__(self, config: Config, sessions: Sessions, throttle: Throttle) -> None:
        self.config = config
        self.sessions = sessions
        self.throttle = throttle
        self._known = False
        self._shared: Journal | None = None
        self._shared_failed = False
        self._lock = threading.Lock()

    def exists(self) -> bool:
        if not self._known:
            self._known = Journal.exists(self.config.database_url)
        return self._known

    def create(self, session: Session, passphrase: str, again: str) -> None:
        """Create the journal with a new passphrase and unlock it for this session."""
        if passphrase != again:
            raise InputError("the two passphrases are not the same; type them again")
        if len(passphrase) < MIN_PASSPHRASE:
            raise InputError(
                f"choose a passphrase of at least {MIN_PASSPHRASE} characters; "
                "a few words you will remember work well"
            )
        with self._lock:
            if self.exists():
                raise JournalExists("there is already a journal here; unlock it instead")
            self.config.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            journal = Journal.create(
                self.config.database_url, passphrase, kdf_memory_kib=self.config.kdf_memory_kib
            )
            self._known = True
        self._hand_over(session, journal)

    def unlock(self, session: Session, passphrase: str) -> None:
        """Open the journal for this session; TooSoon or WrongPassphrase if not."""
        self.throttle.check()
        try:
            journal = Journal.open(self.config.database_url, passphrase)
        except WrongPassphrase:
            self.throttle.failed()
            log.warning("a wrong passphrase was given for the journal")
            raise
        self.throttle.succeeded()
        self._hand_over(session, journal)

    def login(self, session: Session, password: str) -> bool:
        """Check the UNSHAME_REMOTE_PASSWORD login; throttled like the passphrase."""
        self.throttle.check()
        if not same_token(password, self.config.remote_password):
            self.throttle.failed()
            log.warning("a wrong remote password was given")
            return False
        self.throttle.succeeded()
        session.remote_ok = True
        self.sessions.rotate(session)
        return True

    def lend(self, session: Session) -> bool:
        """Unlock a session with UNSHAME_PASSPHRASE, if it is set and she did not lock by hand."""
        if session.unlocked:
            return True
        if not self.config.passphrase or session.held:
            return False
        shared = self._shared_journal()
        if shared is None:
            return False
        session.journal, session.shared = shared, True
        return True

    def lock(self, session: Session) -> None:
        self.sessions.lock(session, by_hand=True)

    def close(self) -> None:
        self.sessions.close_all()
        with self._lock:
            if self._shared is not None:
                self._shared.close()
                self._shared = None

    def _hand_over(self, session: Session, journal: Journal) -> None:
        self.sessions.lock(session)
        session.journal, session.held = journal, False
        self.sessions.rotate(session)

    def _shared_journal(self) -> Journal | None:
        with self._lock:
            if self._shared is None and not self._shared_failed:
                self._shared = self._open_configured()
                self._shared_failed = self._shared is None
            return self._shared

    def _open_configured(self) -> Journal | None:
        url, passphrase = self.config.database_url, self.config.passphrase
        try:
            if Journal.exists(url):
                return Journal.open(url, passphrase)
            self.config.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            journal = Journal.create(url, passphrase, kdf_memory_kib=self.config.kdf_memory_kib)
        except WrongPassphrase:
            log.warning("UNSHAME_PASSPHRASE does not open the journal; asking for it instead")
            return None
        self._known = True
        return journal
