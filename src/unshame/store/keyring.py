"""Her key in the `users` table: the wrapped data key and the KDF parameters that unwrap it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from unshame.crypto import (
    WRONG_PASSPHRASE,
    KdfParams,
    Passkey,
    default_params,
    derive,
    unwrap_key,
    wrap_key,
)
from unshame.errors import (
    InputError,
    JournalExists,
    NoJournal,
    NotFound,
    SettingError,
    WrongPassphrase,
)
from unshame.store import database
from unshame.store.models import UserRow
from unshame.store.records import utcnow


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """One user's row as far as keys go."""

    user_id: int
    wrapped_key: bytes
    salt: bytes
    params: KdfParams

    def unlock(self, passphrase: str) -> tuple[bytes, Passkey]:
        """The data key and the passphrase key; WrongPassphrase if it does not open."""
        if not passphrase:
            raise WrongPassphrase(WRONG_PASSPHRASE)
        passkey = derive(passphrase, self.params, self.salt)
        return unwrap_key(self.wrapped_key, passkey), passkey


def checked_params(memory_kib: int | None) -> KdfParams:
    """Today's KDF parameters; SettingError if the memory setting is unusable."""
    params = default_params(memory_kib)
    problem = params.problem()
    if problem is not None:
        raise SettingError(f"UNSHAME_KDF_MEMORY_KIB is {params.memory_kib}; the KDF {problem}")
    return params


def read(conn: Connection, condition: Any) -> KeyRecord:
    """The key record of the user matching `condition`; NotFound if none does."""
    query = select(
        UserRow.id,
        UserRow.wrapped_key,
        UserRow.kdf_salt,
        UserRow.kdf_memory_kib,
        UserRow.kdf_time_cost,
        UserRow.kdf_parallelism,
        UserRow.kdf_version,
    ).where(condition)
    row = conn.execute(query).first()
    if row is None:
        raise NotFound("there is no such user in this journal")
    user_id, wrapped, salt, memory, time_cost, parallelism, version = row
    return KeyRecord(user_id, wrapped, salt, KdfParams(memory, time_cost, parallelism, version))


def find(engine: Engine, url: str, user: str) -> KeyRecord:
    """The key record of `user`; NoJournal if the journal has no such user."""
    with engine.connect() as conn:
        try:
            return read(conn, UserRow.name == user)
        except NotFound:
            where = database.describe(url)
            raise NoJournal(f"there is no journal for {user!r} in {where}") from None


def add_user(engine: Engine, url: str, user: str, wrapped: bytes, passkey: Passkey) -> int:
    """Insert a user with her wrapped key; InputError if she already has a journal here."""
    if not user:
        raise InputError("a journal needs a user name; it is empty")
    with database.writing(engine) as conn:
        if conn.execute(select(UserRow.id).where(UserRow.name == user)).first() is not None:
            where = database.describe(url)
            raise JournalExists(f"there is already a journal for {user!r} in {where}; open it")
        conn.execute(
            insert(UserRow).values(
                name=user, created_at=utcnow(), wrapped_key=wrapped, **_kdf_values(passkey)
            )
        )
        return conn.execute(select(UserRow.id).where(UserRow.name == user)).scalar_one()


def rewrap(conn: Connection, user_id: int, data_key: bytes, passkey: Passkey) -> None:
    """Store the data key wrapped under `passkey`, with the salt and parameters to redo it."""
    wrapped = wrap_key(data_key, passkey)
    query = update(UserRow).where(UserRow.id == user_id)
    conn.execute(query.values(wrapped_key=wrapped, **_kdf_values(passkey)))


def _kdf_values(passkey: Passkey) -> dict[str, Any]:
    return {
        "kdf_salt": passkey.salt,
        "kdf_memory_kib": passkey.params.memory_kib,
        "kdf_time_cost": passkey.params.time_cost,
        "kdf_parallelism": passkey.params.parallelism,
        "kdf_version": passkey.params.version,
    }
