"""Loaders: bytes on disk → clean text, a hash over the whole file, warnings or a refusal."""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePath

import pytest

from catalog.loaders import REGISTRY, LoadError, loader_for
from catalog.loaders.files import format_suffix
from catalog.loaders.text import decode, load_text

CP1252_WARNING = "not valid UTF-8: decoded as cp1252"
LINE = "Palangka Raya (ANTARA) - Hujan deras mengguyur kota sejak subuh."

# (case, bytes on disk, text wanted, warnings wanted)
DECODES: list[tuple[str, bytes, str, list[str]]] = [
    ("utf-8", LINE.encode(), LINE, []),
    (
        "utf-8 non-ascii",
        "Kota Bekasi – “Siaga Banjir”".encode(),
        "Kota Bekasi – “Siaga Banjir”",
        [],
    ),
    ("utf-8 bom dropped", b"\xef\xbb\xbf" + LINE.encode(), LINE, []),
    ("nul bytes removed", LINE.encode().replace(b" (", b"\x00 ("), LINE, []),
    ("utf-16 le with bom", b"\xff\xfe" + LINE.encode("utf-16-le"), LINE, []),
    ("utf-16 be with bom", b"\xfe\xff" + LINE.encode("utf-16-be"), LINE, []),
    (
        "cp1252 fallback",
        b"Kafe di Bandung: caf\xe9 au lait",
        "Kafe di Bandung: café au lait",
        [CP1252_WARNING],
    ),
    (
        "cp1252 smart quotes",
        b"\x93Merdeka\x94 kata warga",
        "“Merdeka” kata warga",
        [CP1252_WARNING],
    ),
    (
        "utf-8 with one bad byte",
        "InfoPublik – Kota".encode() + b" \x96 warga",
        "InfoPublik – Kota \ufffd warga",
        ["not valid UTF-8 at byte offset 20: replaced with U+FFFD"],
    ),
    (
        "bad byte offset counts the bom and nul bytes",
        b"\xef\xbb\xbf" + "Kota – warga\x00 ".encode() + b"\xff" + LINE.encode(),
        "Kota – warga \ufffd" + LINE,
        ["not valid UTF-8 at byte offset 19: replaced with U+FFFD"],
    ),
    (
        "utf-8 with a few bad bytes",
        "“Siaga” – ".encode() + b"\x93a\x94 " + LINE.encode(),
        "“Siaga” – \ufffda\ufffd " + LINE,
        ["2 bytes not valid UTF-8, the first at byte offset 16: replaced with U+FFFD"],
    ),
    (
        "mostly cp1252 despite one utf-8 looking pair",
        b"\x93Merdeka\x94 kata warga, caf\xe9 \xc3\xa9",
        "“Merdeka” kata warga, café Ã©",
        [CP1252_WARNING],
    ),
]


@pytest.mark.parametrize(
    ("data", "text", "warnings"),
    [case[1:] for case in DECODES],
    ids=[case[0] for case in DECODES],
)
def test_decode(data: bytes, text: str, warnings: list[str]) -> None:
    assert decode(data) == (text, warnings)


@pytest.mark.parametrize(
    ("data", "text", "warnings"),
    [case[1:] for case in DECODES],
    ids=[case[0] for case in DECODES],
)
def test_load_text_from_file(tmp_path: Path, data: bytes, text: str, warnings: list[str]) -> None:
    path = tmp_path / "berita.txt"
    path.write_bytes(data)
    loaded = load_text(str(path))
    assert loaded.text == text
    assert list(loaded.warnings) == warnings
    assert loaded.size == len(data)


def test_head_cut_with_a_bad_byte_inside(tmp_path: Path) -> None:
    path = tmp_path / "panjang.txt"
    path.write_bytes("“Siaga” ".encode() + b"\x96 " + ("é" * 2000).encode())
    loaded = load_text(str(path), max_bytes=1001)
    assert loaded.text == "“Siaga” \ufffd " + "é" * 493
    assert loaded.warnings == (
        "not valid UTF-8 at byte offset 12: replaced with U+FFFD",
        "only the first 1001 of 4014 bytes were read for extraction",
    )


REFUSED: list[tuple[str, bytes, str]] = [
    ("empty", b"", "empty file"),
    ("only whitespace", b" \n\t\r\n", "empty file"),
    ("only a utf-8 bom", b"\xef\xbb\xbf\n", "empty file"),
    ("only a utf-16 bom and spaces", " \n".encode("utf-16"), "empty file"),
    ("binary", bytes(range(8)) * 200, "binary"),
    ("all nul", b"\x00" * 64, "binary"),
    ("broken utf-16", b"\xff\xfe\x00\xd8A", "UTF-16"),
]


@pytest.mark.parametrize(("data", "reason"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "rusak.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError, match=reason):
        load_text(str(path))


def test_folder_and_vanished_file_are_load_errors(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="folder"):
        load_text(str(tmp_path))
    with pytest.raises(LoadError, match="vanished"):
        load_text(str(tmp_path / "hilang.txt"))


def test_head_cut_mid_character_is_not_an_encoding_problem(tmp_path: Path) -> None:
    path = tmp_path / "panjang.txt"
    path.write_bytes(("é" * 2000).encode())  # two bytes each
    loaded = load_text(str(path), max_bytes=1001)
    assert loaded.text == "é" * 500
    assert CP1252_WARNING not in loaded.warnings
    assert loaded.warnings == ("only the first 1001 of 4000 bytes were read for extraction",)


def test_head_cut_mid_four_byte_character(tmp_path: Path) -> None:
    path = tmp_path / "emoji.txt"
    path.write_bytes(("Surabaya 🌧 " * 300).encode())
    for cut in range(1024, 1030):
        loaded = load_text(str(path), max_bytes=cut)
        assert CP1252_WARNING not in loaded.warnings
        assert "\ufffd" not in loaded.text
        assert loaded.text.startswith("Surabaya 🌧 ")


@pytest.mark.parametrize("cut", [1024, 1025, 1026, 1027])
def test_utf16_head_cut_anywhere(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(("Berita Surabaya 𝕏 hari ini. " * 100).encode("utf-16"))
    loaded = load_text(str(path), max_bytes=cut)
    assert loaded.text.startswith("Berita Surabaya 𝕏 hari ini.")
    assert "\ufffd" not in loaded.text


def test_hash_covers_the_whole_file(tmp_path: Path) -> None:
    head = ("Jakarta, InfoPublik – Kalimat pembuka yang sama. " * 40).encode()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(head + b"Penutup versi satu.\n")
    b.write_bytes(head + b"Penutup versi dua.\n")
    la, lb = load_text(str(a), max_bytes=1024), load_text(str(b), max_bytes=1024)
    assert la.text == lb.text  # extraction saw the same head...
    assert la.content_hash != lb.content_hash  # ...but the hash saw every byte
    whole = hashlib.blake2b(a.read_bytes(), digest_size=16).hexdigest()
    assert la.content_hash == whole
    assert la.size == a.stat().st_size


def test_hash_of_a_file_larger_than_one_read_chunk(tmp_path: Path) -> None:
    data = b"Baris berita Makassar.\n" * 100_000  # > 1 MiB, several chunks
    path = tmp_path / "besar.txt"
    path.write_bytes(data)
    loaded = load_text(str(path), max_bytes=4096)
    assert loaded.size == len(data)
    assert loaded.content_hash == hashlib.blake2b(data, digest_size=16).hexdigest()
    assert len(loaded.text) == 4096


@pytest.mark.parametrize(
    ("path", "suffix"),
    [
        ("arsip/berita.txt", ".txt"),
        ("arsip/BERITA.TXT", ".txt"),
        ("dump/antara.JSONL.gz", ".jsonl"),
        ("dump/antara.jsonl.GZ", ".jsonl"),
        ("dump/x.tar.gz", ".tar"),
        ("catatan.gz", ""),  # only a transport suffix: no format
        (".gz", ""),
        (".profile", ""),  # a leading dot starts a name, not a suffix
        ("arsip.v2/berita", ""),  # a folder's dot is not the file's
        ("berita.", ""),
        ("berita..gz", ""),
        ("a/b/halaman.html", ".html"),
    ],
)
def test_format_suffix_reads_names_as_pathlib_does(path: str, suffix: str) -> None:
    assert format_suffix(path) == suffix
    plain = PurePath(path)
    if plain.suffix.lower() in (".gz",):
        plain = plain.with_suffix("")
    assert format_suffix(path) == plain.suffix.lower()


def test_loader_for_picks_by_suffix_and_defaults_to_text() -> None:
    assert loader_for("a/b/berita.txt") is REGISTRY[".txt"]
    assert loader_for("a/b/BERITA.TXT") is REGISTRY[".txt"]
    assert loader_for("a/b/berita.md") is load_text
