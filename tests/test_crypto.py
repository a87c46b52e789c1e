from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unshame import crypto
from unshame.crypto import Cipher, KdfParams, aad, derive
from unshame.errors import DamagedRecord, ImportFormatError, InputError, WrongPassphrase

FAST = KdfParams(memory_kib=1024)
KEY = bytes(range(32))


def test_a_sealed_blob_opens_with_its_own_row_address() -> None:
    cipher = Cipher(KEY)
    blob = cipher.seal(b"I yelled at him", aad("entries", "payload", "abc"))
    assert cipher.open(blob, aad("entries", "payload", "abc")) == b"I yelled at him"


def test_a_blob_starts_with_its_format_version_and_a_fresh_nonce() -> None:
    cipher = Cipher(KEY)
    first = cipher.seal(b"same words", b"row")
    second = cipher.seal(b"same words", b"row")
    assert first[0] == second[0] == crypto.BLOB_VERSION
    assert first[1:13] != second[1:13]
    assert first != second
    assert len(first) == 1 + 12 + len(b"same words") + 16


@pytest.mark.parametrize(
    "other",
    [
        aad("entries", "payload", "other-row"),
        aad("profiles", "payload", "abc"),
        aad("followups", "answer", "abc"),
    ],
)
def test_a_blob_moved_to_another_row_or_column_does_not_open(other: bytes) -> None:
    cipher = Cipher(KEY)
    blob = cipher.seal(b"words", aad("entries", "payload", "abc"))
    with pytest.raises(DamagedRecord, match="cannot be decrypted: it is damaged or was moved"):
        cipher.open(blob, other)


def test_a_changed_byte_is_caught() -> None:
    cipher = Cipher(KEY)
    blob = bytearray(cipher.seal(b"words", b"row"))
    blob[-1] ^= 1
    with pytest.raises(DamagedRecord, match="damaged"):
        cipher.open(bytes(blob), b"row")


@pytest.mark.parametrize("blob", [b"", b"\x01short", b"\x02" + bytes(40)])
def test_an_unknown_or_truncated_blob_is_a_named_error(blob: bytes) -> None:
    with pytest.raises(DamagedRecord, match="format is unknown"):
        Cipher(KEY).open(blob, b"row")


def test_another_key_does_not_open_a_blob() -> None:
    blob = Cipher(KEY).seal(b"words", b"row")
    with pytest.raises(DamagedRecord):
        Cipher(bytes(32)).open(blob, b"row")


def test_a_cipher_needs_a_256_bit_key() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        Cipher(bytes(16))


@settings(max_examples=50, deadline=None)
@given(plaintext=st.binary(max_size=2000), row=st.text(max_size=40))
def test_any_bytes_round_trip(plaintext: bytes, row: str) -> None:
    cipher = Cipher(KEY)
    assert cipher.open(cipher.seal(plaintext, aad("t", "c", row)), aad("t", "c", row)) == plaintext


def test_json_round_trips_through_a_blob() -> None:
    cipher = Cipher(KEY)
    value = {"text": "Je suis épuisée 😔", "answers": {"q1": ["a", 1, None]}}
    assert cipher.open_json(cipher.seal_json(value, b"row"), b"row") == value


def test_something_json_cannot_hold_is_an_input_error() -> None:
    with pytest.raises(InputError, match="cannot be stored"):
        Cipher(KEY).seal_json({"when": object()}, b"row")


def test_the_same_passphrase_salt_and_parameters_give_the_same_key() -> None:
    first = derive("a long walk", FAST)
    again = derive("a long walk", FAST, first.salt)
    assert again.key == first.key
    assert len(first.salt) == 16
    assert len(first.key) == 32


def test_salt_and_parameters_change_the_key() -> None:
    first = derive("a long walk", FAST)
    assert derive("a long walk", FAST).key != first.key  # fresh salt
    slower = KdfParams(memory_kib=1024, time_cost=4)
    assert derive("a long walk", slower, first.salt).key != first.key


def test_passphrases_are_compared_after_unicode_normalisation() -> None:
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    salt = derive(composed, FAST).salt
    assert derive(composed, FAST, salt).key == derive(decomposed, FAST, salt).key


def test_an_empty_passphrase_is_refused() -> None:
    with pytest.raises(InputError, match="passphrase is empty"):
        derive("", FAST)


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        (KdfParams(memory_kib=16), "memory is 16 KiB"),
        (KdfParams(memory_kib=1024, time_cost=0), "time cost is 0"),
        (KdfParams(memory_kib=1024, parallelism=0), "parallelism is 0"),
        (KdfParams(memory_kib=1024, version=7), "Argon2 version is 7"),
        (KdfParams(memory_kib=10**9), "memory is 1000000000 KiB"),
    ],
)
def test_unusable_kdf_parameters_are_named(params: KdfParams, problem: str) -> None:
    assert problem in (params.problem() or "")
    with pytest.raises(InputError, match=problem):
        derive("pass", params)


def test_default_kdf_memory_comes_from_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNSHAME_KDF_MEMORY_KIB", raising=False)
    assert crypto.default_params().memory_kib == 65536
    monkeypatch.setenv("UNSHAME_KDF_MEMORY_KIB", "2048")
    assert crypto.default_params().memory_kib == 2048
    assert crypto.default_params(4096).memory_kib == 4096


def test_a_wrapped_key_opens_only_with_its_passphrase() -> None:
    data_key = crypto.new_key()
    passkey = derive("right", FAST)
    wrapped = crypto.wrap_key(data_key, passkey)
    assert crypto.unwrap_key(wrapped, derive("right", FAST, passkey.salt)) == data_key
    with pytest.raises(WrongPassphrase, match=r"^that passphrase does not open this journal$"):
        crypto.unwrap_key(wrapped, derive("wrong", FAST, passkey.salt))


def test_new_keys_are_random_256_bit_keys() -> None:
    assert len(crypto.new_key()) == 32
    assert crypto.new_key() != crypto.new_key()


def test_a_backup_opens_with_the_passphrase_and_gives_back_its_parameters() -> None:
    passkey = derive("right", FAST)
    data = crypto.seal_backup(b'{"entries": []}', passkey)
    plaintext, params = crypto.open_backup(data, "right")
    assert plaintext == b'{"entries": []}'
    assert params == FAST


def test_a_backup_starts_with_a_readable_header() -> None:
    data = crypto.seal_backup(b"secret words", derive("right", FAST))
    header = json.loads(data[: data.index(b"\n")])
    assert header["format"] == "unshame-backup"
    assert header["version"] == 1
    assert header["kdf"]["name"] == "argon2id"
    assert header["kdf"]["memory_kib"] == 1024
    assert b"secret words" not in data


def test_a_backup_refuses_the_wrong_passphrase() -> None:
    data = crypto.seal_backup(b"{}", derive("right", FAST))
    with pytest.raises(WrongPassphrase, match="does not open this backup"):
        crypto.open_backup(data, "wrong")
    with pytest.raises(WrongPassphrase):
        crypto.open_backup(data, "")


def test_two_backups_use_different_keys() -> None:
    passkey = derive("right", FAST)
    first = crypto.seal_backup(b"{}", passkey)
    second = crypto.seal_backup(b"{}", passkey)
    assert first.split(b"\n")[0] != second.split(b"\n")[0]  # each has its own key salt


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not an unshame backup"),
        (b"PK\x03\x04 a zip file", "not an unshame backup"),
        (b'{"format": "something-else", "version": 1}\n', "not an unshame backup"),
        (b'{"format": "unshame-backup", "version": 9}\n', "has version 9"),
        (b'{"format": "unshame-backup", "version": 1}\n', "header is damaged"),
    ],
)
def test_what_is_not_a_readable_backup_says_so(data: bytes, message: str) -> None:
    with pytest.raises(ImportFormatError, match=message):
        crypto.open_backup(data, "right")


def test_an_edited_backup_header_does_not_open() -> None:
    data = crypto.seal_backup(b"{}", derive("right", FAST))
    edited = data.replace(b'"compression":"zlib"', b'"compression":"zlip"', 1)
    with pytest.raises(WrongPassphrase):
        crypto.open_backup(edited, "right")


def test_a_backup_asking_for_absurd_memory_is_refused_before_deriving() -> None:
    data = crypto.seal_backup(b"{}", derive("right", FAST))
    greedy = data.replace(b'"memory_kib":1024', b'"memory_kib":999999999', 1)
    with pytest.raises(ImportFormatError, match="key derivation is unusable"):
        crypto.open_backup(greedy, "right")
