"""Envelope encryption: one data key seals every record, her passphrase seals the data key.

A sealed blob is ``version (1 byte) | nonce (12 bytes) | AES-256-GCM ciphertext + tag``.
The associated data binds each blob to its table, column and row id (see `aad`), so a
blob copied into another row or column no longer opens. The 256-bit data key is wrapped
the same way under a key derived from her passphrase with Argon2id; the salt and the
Argon2 parameters are stored next to the wrapped key, so a journal made with older
defaults keeps opening. Changing the passphrase re-wraps the data key only.

A backup file is one JSON header line (format, version, KDF parameters and salts)
followed by a sealed blob of the compressed export; the header is the blob's associated
data, so it cannot be edited either.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
import zlib
from dataclasses import dataclass, field
from typing import Any

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from unshame.errors import DamagedRecord, ImportFormatError, InputError, WrongPassphrase

BLOB_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
TAG_BYTES = 16
BACKUP_FORMAT = "unshame-backup"
BACKUP_VERSION = 1
WRONG_PASSPHRASE = "that passphrase does not open this journal"
WRONG_BACKUP_PASSPHRASE = "that passphrase does not open this backup"

_VERSION_BYTE = bytes([BLOB_VERSION])
_DATA_KEY_AAD = b"unshame/data-key"
_BACKUP_INFO = b"unshame-backup/1"
# Bounds for parameters read from a file: stop a crafted backup from asking for 1 TiB.
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_TIME_COST = 64
_MAX_PARALLELISM = 64


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters; stored with every wrapped key so it can be derived again."""

    memory_kib: int
    time_cost: int = 3
    parallelism: int = 4
    version: int = ARGON2_VERSION

    def problem(self) -> str | None:
        """What is wrong with these parameters, or None if Argon2id can use them."""
        if not 1 <= self.parallelism <= _MAX_PARALLELISM:
            return f"parallelism is {self.parallelism}; expected 1 to {_MAX_PARALLELISM}"
        if not 8 * self.parallelism <= self.memory_kib <= _MAX_MEMORY_KIB:
            low = 8 * self.parallelism
            return f"memory is {self.memory_kib} KiB; expected {low} to {_MAX_MEMORY_KIB} KiB"
        if not 1 <= self.time_cost <= _MAX_TIME_COST:
            return f"time cost is {self.time_cost}; expected 1 to {_MAX_TIME_COST}"
        if self.version not in (0x10, 0x13):
            return f"Argon2 version is {self.version}; expected 16 or 19"
        return None

    def to_dict(self) -> dict[str, int]:
        return {
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
            "version": self.version,
        }


def default_memory_kib() -> int:
    """UNSHAME_KDF_MEMORY_KIB from the environment (default 65536)."""
    from unshame.config import BY_NAME

    setting = BY_NAME["UNSHAME_KDF_MEMORY_KIB"]
    value: int = setting.parse(setting.name, os.environ.get(setting.name, setting.default))
    return value


def default_params(memory_kib: int | None = None) -> KdfParams:
    """Today's defaults; `memory_kib` None means the UNSHAME_KDF_MEMORY_KIB setting."""
    memory = default_memory_kib() if memory_kib is None else memory_kib
    return KdfParams(memory_kib=memory)


@dataclass(frozen=True, slots=True)
class Passkey:
    """A key derived from her passphrase, with the salt and parameters that reproduce it."""

    key: bytes = field(repr=False)
    salt: bytes
    params: KdfParams


def derive(passphrase: str, params: KdfParams, salt: bytes | None = None) -> Passkey:
    """Run Argon2id on the passphrase (NFC-normalised); a fresh salt if none is given."""
    if not passphrase:
        raise InputError("the passphrase is empty; choose one with at least one character")
    problem = params.problem()
    if problem is not None:
        raise InputError(f"the key derivation cannot run: {problem}")
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    key = hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=params.version,
    )
    return Passkey(key=key, salt=salt, params=params)


def new_key() -> bytes:
    """A random 256-bit key."""
    return os.urandom(KEY_BYTES)


def aad(table: str, column: str, row_id: str | int) -> bytes:
    """The associated data that ties a blob to one cell of one row."""
    return f"unshame/{table}/{column}/{row_id}".encode()


class Cipher:
    """AES-256-GCM under one key; build it once and reuse it for every record."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"a key has {KEY_BYTES} bytes, not {len(key)}")
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, associated: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext, _VERSION_BYTE + associated)
        return _VERSION_BYTE + nonce + sealed

    def open(self, blob: bytes, associated: bytes) -> bytes:
        """The plaintext; DamagedRecord if the blob is damaged, swapped or foreign."""
        if len(blob) < 1 + NONCE_BYTES + TAG_BYTES or blob[0] != BLOB_VERSION:
            raise DamagedRecord(_damaged(associated, "its format is unknown"))
        try:
            nonce, sealed = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
            return self._aead.decrypt(nonce, sealed, _VERSION_BYTE + associated)
        except InvalidTag:
            raise DamagedRecord(_damaged(associated, "it is damaged or was moved")) from None

    def seal_json(self, value: Any, associated: bytes) -> bytes:
        return self.seal(to_json(value), associated)

    def open_json(self, blob: bytes, associated: bytes) -> Any:
        return json.loads(self.open(blob, associated))


def _damaged(associated: bytes, why: str) -> str:
    return f"the record {associated.decode(errors='replace')} cannot be decrypted: {why}"


def to_json(value: Any) -> bytes:
    """Compact UTF-8 JSON; InputError if the value holds something JSON cannot keep.

    Infinity and NaN are refused too: they are not JSON, and an export holding them
    would not load elsewhere.
    """
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise InputError(f"this cannot be stored in the journal: {exc}") from None


def wrap_key(data_key: bytes, passkey: Passkey) -> bytes:
    """Seal the data key under the passphrase key."""
    return Cipher(passkey.key).seal(data_key, _DATA_KEY_AAD)


def unwrap_key(wrapped: bytes, passkey: Passkey) -> bytes:
    """The data key; WrongPassphrase if the passphrase key does not open it."""
    try:
        return Cipher(passkey.key).open(wrapped, _DATA_KEY_AAD)
    except DamagedRecord:
        raise WrongPassphrase(WRONG_PASSPHRASE) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _backup_key(passkey: Passkey, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_BACKUP_INFO)
    return hkdf.derive(passkey.key)


def seal_backup(plaintext: bytes, passkey: Passkey) -> bytes:
    """The bytes of a backup file holding `plaintext`, openable with her passphrase."""
    salt = os.urandom(SALT_BYTES)
    header = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "cipher": "aes-256-gcm",
        "compression": "zlib",
        "kdf": {"name": "argon2id", "salt": _b64(passkey.salt), **passkey.params.to_dict()},
        "key_salt": _b64(salt),
    }
    line = json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n"
    sealed = Cipher(_backup_key(passkey, salt)).seal(zlib.compress(plaintext), line)
    return line + sealed


@dataclass(frozen=True, slots=True)
class _BackupHeader:
    line: bytes
    kdf_salt: bytes
    key_salt: bytes
    params: KdfParams


def _read_header(data: bytes) -> _BackupHeader:
    end = data.find(b"\n", 0, 4096)
    try:
        header = json.loads(data[: end + 1]) if end > 0 else None
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != BACKUP_FORMAT:
        raise ImportFormatError("this is not an unshame backup file")
    if header.get("version") != BACKUP_VERSION:
        raise ImportFormatError(
            f"this backup has version {header.get('version')!r}; "
            f"this unshame reads version {BACKUP_VERSION}"
        )
    try:
        kdf = header["kdf"]
        params = KdfParams(
            memory_kib=int(kdf["memory_kib"]),
            time_cost=int(kdf["time_cost"]),
            parallelism=int(kdf["parallelism"]),
            version=int(kdf["version"]),
        )
        kdf_salt = base64.b64decode(kdf["salt"], validate=True)
        key_salt = base64.b64decode(header["key_salt"], validate=True)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise ImportFormatError("this backup's header is damaged") from None
    problem = params.problem()
    if problem is not None or kdf.get("name") != "argon2id":
        raise ImportFormatError(f"this backup's key derivation is unusable: {problem}")
    return _BackupHeader(data[: end + 1], kdf_salt, key_salt, params)


def open_backup(data: bytes, passphrase: str) -> tuple[bytes, KdfParams]:
    """The plaintext of a backup file and its KDF parameters.

    ImportFormatError if it is not a backup this version reads; WrongPassphrase if the
    passphrase does not open it.
    """
    header = _read_header(data)
    if not passphrase:
        raise WrongPassphrase(WRONG_BACKUP_PASSPHRASE)
    passkey = derive(passphrase, header.params, header.kdf_salt)
    cipher = Cipher(_backup_key(passkey, header.key_salt))
    try:
        packed = cipher.open(data[len(header.line) :], header.line)
    except DamagedRecord:
        raise WrongPassphrase(WRONG_BACKUP_PASSPHRASE) from None
    try:
        return zlib.decompress(packed), header.params
    except zlib.error:
        raise ImportFormatError("this backup's contents are damaged") from None
