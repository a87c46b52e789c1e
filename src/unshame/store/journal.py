"""The journal: her entries, profile and follow-ups, sealed under a key only her passphrase opens.

Open one with `Journal.open` (or `Journal.create` the first time), use it, `close()` it
(or use it as a context manager). Each write is one transaction. Reads decrypt in
memory: nothing she wrote is indexed or stored in plain.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import DatabaseError

from unshame.crypto import Passkey, derive, new_key, open_backup, seal_backup, to_json, wrap_key
from unshame.errors import InputError, JournalLocked, NoJournal, NotFound
from unshame.store import database, keyring
from unshame.store.codec import ENTRY_COLUMNS, FOLLOWUP_COLUMNS, Codec, as_stored
from unshame.store.exchange import (
    Export,
    load_export,
    parse_export,
    read_backup,
    to_export,
    write_private,
)
from unshame.store.models import EntryRow, FollowupRow, ProfileRow, UserRow
from unshame.store.records import (
    Entry,
    Followup,
    check_followup,
    check_mapping,
    check_text,
    matches,
    new_id,
    search_terms,
    stamp,
    utcnow,
)

_CHUNK = 500
Planned = Iterable[tuple[str, str, date]]  # (kind, what, due_on) of follow-ups to add


class Journal:
    """Her encrypted journal. Build it with `open`, `create` or `restore_backup`."""

    def __init__(
        self, engine: Engine, url: str, user_id: int, data_key: bytes, passkey: Passkey
    ) -> None:
        self._engine = engine
        self._url = url
        self._user_id = user_id
        self._codec = Codec(data_key, user_id)
        self._passkey = passkey
        self._closed = False

    def __repr__(self) -> str:
        return f"Journal({database.describe(self._url)!r}, user_id={self._user_id})"

    @property
    def url(self) -> str:
        return self._url

    # --- opening and closing -------------------------------------------------------

    @staticmethod
    def exists(url: str, user: str = "me") -> bool:
        """True if `url` holds a journal for `user`; needs no passphrase, creates nothing."""
        path = database.sqlite_file(url)
        if path is not None and not path.is_file():
            return False
        engine = database.make_engine(url)
        try:
            if not database.has_tables(engine):
                return False
            with engine.connect() as conn:
                found = conn.execute(select(UserRow.id).where(UserRow.name == user)).first()
            return found is not None
        except DatabaseError:
            return False
        finally:
            engine.dispose()

    @classmethod
    def create(
        cls, url: str, passphrase: str, *, user: str = "me", kdf_memory_kib: int | None = None
    ) -> Journal:
        """A new, empty journal for `user`, creating the file, its folders and the schema.

        `kdf_memory_kib` None means the UNSHAME_KDF_MEMORY_KIB setting (65536 KiB).
        """
        if not passphrase:
            raise InputError("a journal needs a passphrase; it cannot be empty")
        params = keyring.checked_params(kdf_memory_kib)
        database.prepare_file(url)
        engine = database.make_engine(url)
        try:
            database.require_schema(engine, url, create=True)
            passkey = derive(passphrase, params)
            data_key = new_key()
            user_id = keyring.add_user(engine, url, user, wrap_key(data_key, passkey), passkey)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url, user_id, data_key, passkey)

    @classmethod
    def open(cls, url: str, passphrase: str, *, user: str = "me") -> Journal:
        """Her journal; NoJournal if there is none, WrongPassphrase if it does not open."""
        path = database.sqlite_file(url)
        if path is not None and not path.is_file():
            raise NoJournal(f"there is no journal at {path}")
        engine = database.make_engine(url)
        try:
            database.require_schema(engine, url, create=False)
            record = keyring.find(engine, url, user)
            data_key, passkey = record.unlock(passphrase)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, url, record.user_id, data_key, passkey)

    @classmethod
    def restore_backup(
        cls,
        path: str | Path,
        url: str,
        passphrase: str,
        *,
        user: str = "me",
        backup_passphrase: str | None = None,
        kdf_memory_kib: int | None = None,
    ) -> Journal:
        """Fill the journal at `url` (created if missing) from an encrypted backup file.

        The backup opens with `backup_passphrase` (default: `passphrase`); a new journal
        gets `passphrase` and, unless `kdf_memory_kib` is given, the backup's KDF memory.
        """
        plaintext, params = open_backup(read_backup(Path(path)), backup_passphrase or passphrase)
        parsed = load_export(plaintext)
        if cls.exists(url, user):
            journal = cls.open(url, passphrase, user=user)
        else:
            memory = params.memory_kib if kdf_memory_kib is None else kdf_memory_kib
            journal = cls.create(url, passphrase, user=user, kdf_memory_kib=memory)
        try:
            journal._import(parsed)
        except BaseException:
            journal.close()
            raise
        return journal

    def close(self) -> None:
        """Let go of the database; the journal cannot be used afterwards."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- entries -------------------------------------------------------------------

    def add_entry(
        self,
        text: str,
        reading: dict[str, Any],
        *,
        answers: dict[str, Any] | None = None,
        closing: dict[str, Any] | None = None,
        at: datetime | None = None,
        followups: Planned = (),
    ) -> Entry:
        """Keep a new entry, and the follow-ups it plans, in one transaction.

        `at` (default now) may be aware or naive (this machine's time).
        """
        planned = _checked(followups)
        created, offset = stamp(at)
        entry = as_stored(
            Entry(
                id=new_id(),
                created_at=created,
                tz_offset_minutes=offset,
                updated_at=utcnow(),
                text=check_text(text),
                reading=check_mapping(reading, "reading"),
                answers=check_mapping({} if answers is None else answers, "answers"),
                closing=None if closing is None else check_mapping(closing, "closing"),
            )
        )
        with self._write() as conn:
            conn.execute(insert(EntryRow).values(self._codec.entry_values(entry)))
            self._plan(conn, entry.id, planned)
        return entry

    def get_entry(self, id: str) -> Entry:
        """One entry; NotFound if she has none with this id."""
        with self._read() as conn:
            return self._load_entry(conn, id)

    def entries(
        self,
        *,
        search: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Entry]:
        """Her entries, newest first, with `since` <= written < `until`.

        `search` keeps entries whose text or answers hold every one of its words
        (case-insensitive, as substrings); it runs in memory over decrypted entries.
        `limit` and `offset` give one page of the result; without a search, only that
        page is read and decrypted.
        """
        query = select(*ENTRY_COLUMNS).where(EntryRow.user_id == self._user_id)
        if since is not None:
            query = query.where(EntryRow.created_at >= stamp(since)[0])
        if until is not None:
            query = query.where(EntryRow.created_at < stamp(until)[0])
        query = query.order_by(EntryRow.created_at.desc(), EntryRow.id.desc())
        terms = search_terms(search)
        if not terms and (limit is not None or offset):
            query = query.limit(limit).offset(offset)
        with self._read() as conn:
            found = self._codec.entries(conn.execute(query).all())
        if not terms:
            return found
        kept = [entry for entry in found if matches(entry, terms)]
        return kept[offset : None if limit is None else offset + limit]

    def count(self) -> int:
        query = select(func.count()).where(EntryRow.user_id == self._user_id)
        with self._read() as conn:
            return int(conn.execute(query).scalar_one())

    def update_entry(
        self,
        id: str,
        *,
        text: str | None = None,
        reading: dict[str, Any] | None = None,
        answers: dict[str, Any] | None = None,
        closing: dict[str, Any] | None = None,
        followups: Planned = (),
    ) -> Entry:
        """Change what is given (None leaves a field as it is) and stamp `updated_at`.

        `followups` are planned in the same transaction. When `answers` are given they are
        the whole of her plan now: a follow-up not yet answered takes the new words and
        date of its kind, or goes if she no longer sets one; answered ones stay as they
        were (see `plan_followups` for adding without replacing).
        """
        planned = _checked(followups)
        changes: dict[str, Any] = {"updated_at": utcnow()}
        if text is not None:
            changes["text"] = check_text(text)
        for name, value in (("reading", reading), ("answers", answers), ("closing", closing)):
            if value is not None:
                changes[name] = check_mapping(value, name)
        with self._write() as conn:
            entry = as_stored(replace(self._load_entry(conn, id, lock=True), **changes))
            values = self._codec.entry_values(entry)
            conn.execute(
                update(EntryRow)
                .where(EntryRow.id == id, EntryRow.user_id == self._user_id)
                .values(updated_at=values["updated_at"], payload=values["payload"])
            )
            self._plan(conn, id, planned, replace_open=answers is not None)
        return entry

    def delete_entry(self, id: str) -> None:
        """Delete one entry and its follow-ups; NotFound if there is no such entry."""
        mine = (EntryRow.id == id, EntryRow.user_id == self._user_id)
        with self._write() as conn:
            if conn.execute(delete(EntryRow).where(*mine)).rowcount == 0:
                raise NotFound(f"there is no entry with id {id!r}")

    def delete_everything(self) -> None:
        """Delete all her entries, follow-ups and profile, and rebuild the file without them.

        The data key is replaced too, so no leftover copy of an old record could be opened.
        """
        data_key = new_key()
        with self._write() as conn:
            self._check_passkey(conn)
            for table in (FollowupRow, EntryRow, ProfileRow):
                conn.execute(delete(table).where(table.user_id == self._user_id))
            keyring.rewrap(conn, self._user_id, data_key, self._passkey)
        self._codec = Codec(data_key, self._user_id)
        database.vacuum(self._engine)

    # --- profile -------------------------------------------------------------------

    def profile(self) -> dict[str, Any]:
        """Her profile; an empty dict if she has none."""
        with self._read() as conn:
            return self._load_profile(conn)

    def save_profile(self, profile: dict[str, Any]) -> None:
        """Replace her profile."""
        if not isinstance(profile, dict):
            raise InputError(f"a profile is a dict, not a {type(profile).__name__}")
        with self._write() as conn:
            self._put_profile(conn, profile)

    # --- follow-ups ----------------------------------------------------------------

    def add_followup(self, entry_id: str, kind: str, what: str, due_on: date) -> Followup:
        """Plan a repair, need or boundary after an entry; NotFound if the entry is not hers."""
        kind, what, due_on = check_followup(kind, what, due_on)
        followup = Followup(new_id(), entry_id, due_on, kind, what, None)
        with self._write() as conn:
            self._load_entry(conn, entry_id)
            conn.execute(insert(FollowupRow).values(self._codec.followup_values(followup)))
        return followup

    def plan_followups(self, entry_id: str, planned: Planned) -> list[Followup]:
        """Add the follow-ups her answers plan, skipping any this entry already has.

        A follow-up is the same when its kind and words are, so saving one reflection
        twice (two tabs, a double click) plans each follow-up once. One transaction;
        NotFound if the entry is not hers. Returns the follow-ups added.
        """
        checked = _checked(planned)
        with self._write() as conn:
            self._load_entry(conn, entry_id)
            return self._plan(conn, entry_id, checked)

    def followups(self, *, due_by: date | None = None, open_only: bool = False) -> list[Followup]:
        """Her follow-ups, soonest first; `open_only` leaves out the answered ones."""
        with self._read() as conn:
            return self._load_followups(conn, due_by=due_by, open_only=open_only)

    def answer_followup(self, id: str, done: bool, note: str = "") -> Followup:
        """Record whether she did it, with a note; NotFound if there is no such follow-up."""
        answer = {"done": bool(done), "note": str(note), "answered_at": utcnow().isoformat()}
        mine = (FollowupRow.id == id, FollowupRow.user_id == self._user_id)
        with self._write() as conn:
            row = conn.execute(select(*FOLLOWUP_COLUMNS).where(*mine).with_for_update()).first()
            if row is None:
                raise NotFound(f"there is no follow-up with id {id!r}")
            sealed = self._codec.seal_answer(id, answer)
            conn.execute(update(FollowupRow).where(*mine).values(answer=sealed))
        return replace(self._codec.followup(row), answer=answer)

    # --- keys ----------------------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under `new` (entries stay as they are); `old` must open it."""
        if not new:
            raise InputError("the new passphrase is empty; choose one with at least one character")
        with self._write() as conn:
            record = keyring.read(conn, UserRow.id == self._user_id)
            data_key, _ = record.unlock(old)
            passkey = derive(new, record.params)
            keyring.rewrap(conn, self._user_id, data_key, passkey)
        self._passkey = passkey
        self._codec = Codec(data_key, self._user_id)

    # --- export, import, backup ----------------------------------------------------

    def export(self) -> dict[str, Any]:
        """Everything of hers as JSON-ready data, entries oldest first."""
        query = select(*ENTRY_COLUMNS).where(EntryRow.user_id == self._user_id)
        query = query.order_by(EntryRow.created_at, EntryRow.id)
        with self._read() as conn:
            entries = self._codec.entries(conn.execute(query).all())
            return to_export(self._load_profile(conn), entries, self._load_followups(conn))

    def import_export(self, data: dict[str, Any]) -> int:
        """Add what an export holds and return how many entries were added.

        Entries and follow-ups already here (same id) are skipped; profile fields she
        already has are kept, the export fills in the others. All or nothing.
        """
        return self._import(parse_export(data))

    def backup(self, path: str | Path) -> Path:
        """Write an encrypted backup file (readable by her only) that her passphrase opens."""
        plaintext = to_json(self.export())
        with self._read() as conn:
            self._check_passkey(conn)
        target = Path(path)
        write_private(target, seal_backup(plaintext, self._passkey))
        return target

    # --- internals -----------------------------------------------------------------

    def _read(self) -> AbstractContextManager[Connection]:
        self._check_open()
        return self._engine.connect()

    def _write(self) -> AbstractContextManager[Connection]:
        self._check_open()
        return database.writing(self._engine)

    def _check_open(self) -> None:
        if self._closed:
            raise JournalLocked("the journal is closed; open it again")

    def _check_passkey(self, conn: Connection) -> None:
        if keyring.read(conn, UserRow.id == self._user_id).salt != self._passkey.salt:
            raise JournalLocked("the passphrase was changed elsewhere; open the journal again")

    def _load_entry(self, conn: Connection, id: str, *, lock: bool = False) -> Entry:
        query = select(*ENTRY_COLUMNS).where(EntryRow.id == id, EntryRow.user_id == self._user_id)
        row = conn.execute(query.with_for_update() if lock else query).first()
        if row is None:
            raise NotFound(f"there is no entry with id {id!r}")
        return self._codec.entries([row])[0]

    def _plan(
        self,
        conn: Connection,
        entry_id: str,
        planned: list[tuple[str, str, date]],
        *,
        replace_open: bool = False,
    ) -> list[Followup]:
        """Add the planned follow-ups this entry does not have yet (the same kind and
        words). With `replace_open`, the plan is the whole of it: each open follow-up
        (not answered) takes its kind's new words and date, or is removed if its kind
        is no longer planned. Returns the follow-ups added or changed."""
        if not planned and not replace_open:
            return []
        mine = (FollowupRow.entry_id == entry_id, FollowupRow.user_id == self._user_id)
        existing = [
            self._codec.followup(row)
            for row in conn.execute(select(*FOLLOWUP_COLUMNS).where(*mine))
        ]
        have = {(f.kind, f.what) for f in existing}
        open_by_kind = {f.kind: f for f in existing if f.answer is None} if replace_open else {}
        fresh: list[Followup] = []
        changed: list[Followup] = []
        for kind, what, due_on in planned:
            current = open_by_kind.pop(kind, None)
            if current is not None:
                if (current.what, current.due_on) != (what, due_on):
                    changed.append(replace(current, what=what, due_on=due_on))
            elif (kind, what) not in have:
                have.add((kind, what))
                fresh.append(Followup(new_id(), entry_id, due_on, kind, what, None))
        if fresh:
            conn.execute(insert(FollowupRow), [self._codec.followup_values(f) for f in fresh])
        for followup in changed:
            values = self._codec.followup_values(followup)
            conn.execute(
                update(FollowupRow)
                .where(FollowupRow.id == followup.id, FollowupRow.user_id == self._user_id)
                .values(due_on=values["due_on"], payload=values["payload"])
            )
        for dropped in open_by_kind.values():
            conn.execute(
                delete(FollowupRow).where(
                    FollowupRow.id == dropped.id, FollowupRow.user_id == self._user_id
                )
            )
        return fresh + changed

    def _load_followups(
        self, conn: Connection, *, due_by: date | None = None, open_only: bool = False
    ) -> list[Followup]:
        query = select(*FOLLOWUP_COLUMNS).where(FollowupRow.user_id == self._user_id)
        if due_by is not None:
            query = query.where(FollowupRow.due_on <= due_by)
        if open_only:
            query = query.where(FollowupRow.answer.is_(None))
        query = query.order_by(FollowupRow.due_on, FollowupRow.id)
        return [self._codec.followup(row) for row in conn.execute(query)]

    def _load_profile(self, conn: Connection) -> dict[str, Any]:
        query = select(ProfileRow.payload).where(ProfileRow.user_id == self._user_id)
        return self._codec.profile(conn.execute(query).scalar_one_or_none())

    def _put_profile(self, conn: Connection, profile: dict[str, Any]) -> None:
        sealed = self._codec.seal_profile(profile)
        mine = ProfileRow.user_id == self._user_id
        if conn.execute(select(ProfileRow.user_id).where(mine)).first() is None:
            statement: Any = insert(ProfileRow).values(user_id=self._user_id)
        else:
            statement = update(ProfileRow).where(mine)
        conn.execute(statement.values(updated_at=utcnow(), payload=sealed))

    def _import(self, parsed: Export) -> int:
        """Add what is new; ids already hers are skipped, ids another user holds get new ones."""
        with self._write() as conn:
            ids = [e.id for e in parsed.entries]
            hers = _existing_ids(conn, EntryRow.id, ids, EntryRow.user_id == self._user_id)
            renamed = {i: new_id() for i in _existing_ids(conn, EntryRow.id, ids) - hers}
            fresh = [
                replace(e, id=renamed.get(e.id, e.id)) for e in parsed.entries if e.id not in hers
            ]
            if fresh:
                conn.execute(insert(EntryRow), [self._codec.entry_values(e) for e in fresh])
            moved = [
                replace(f, entry_id=renamed.get(f.entry_id, f.entry_id)) for f in parsed.followups
            ]
            self._import_followups(conn, moved)
            current = self._load_profile(conn)
            merged = {**parsed.profile, **current}
            if merged != current:
                self._put_profile(conn, merged)
        return len(fresh)

    def _import_followups(self, conn: Connection, followups: list[Followup]) -> None:
        ids = [f.id for f in followups]
        hers = _existing_ids(conn, FollowupRow.id, ids, FollowupRow.user_id == self._user_id)
        renamed = {i: new_id() for i in _existing_ids(conn, FollowupRow.id, ids) - hers}
        wanted = [f.entry_id for f in followups]
        mine = _existing_ids(conn, EntryRow.id, wanted, EntryRow.user_id == self._user_id)
        fresh = [
            replace(f, id=renamed.get(f.id, f.id))
            for f in followups
            if f.id not in hers and f.entry_id in mine
        ]
        if fresh:
            conn.execute(insert(FollowupRow), [self._codec.followup_values(f) for f in fresh])


def _checked(planned: Planned) -> list[tuple[str, str, date]]:
    """Planned follow-ups, each checked (InputError) before anything is written."""
    return [check_followup(kind, what, due_on) for kind, what, due_on in planned]


def _existing_ids(conn: Connection, column: Any, ids: list[str], *where: Any) -> set[str]:
    """Which of `ids` are already in `column` (asked in chunks, for SQLite's variable limit)."""
    found: set[str] = set()
    unique = sorted(set(ids))
    for start in range(0, len(unique), _CHUNK):
        query = select(column).where(column.in_(unique[start : start + _CHUNK]), *where)
        found.update(conn.execute(query).scalars())
    return found
