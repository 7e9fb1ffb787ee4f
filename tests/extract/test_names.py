"""normalise_name folds spacing, case, honorifics and degrees (invented names)."""

from __future__ import annotations

import pytest

from catalog.extract.names import normalise_name


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Rina Kusuma", "rina kusuma"),
        ("  RINA   KUSUMA ", "rina kusuma"),
        ("H. Bambang Irawan", "bambang irawan"),
        ("Hj. Siti Rahma", "siti rahma"),
        ("Dr. Hendra Wijaya, M.Si", "hendra wijaya"),
        ("Ir. Joko Susilo, S.H., M.H.", "joko susilo"),
        ("Drs. Agus Salim M.Pd", "agus salim"),
        ("Lilis Suryani, S.Sos", "lilis suryani"),
        ("Dedi Kurnia S.Kom", "dedi kurnia"),
        ("Prof. Dr. Ir. Wati Hasanah, M.Sc., Ph.D", "wati hasanah"),
        ("Untung S", "untung s"),
        ("Admin", "admin"),
        ("Redaksi", "redaksi"),
        ("MC KAB LEMBAH HIJAU", "mc kab lembah hijau"),
        ("H.", "h"),
        ("", ""),
    ],
)
def test_normalise_name(written: str, key: str) -> None:
    assert normalise_name(written) == key


def test_same_person_one_key() -> None:
    spellings = ["Dr. H. Ahmad Fauzi, S.Sos, M.Si", "ahmad fauzi", "Ahmad  Fauzi", "H. Ahmad Fauzi"]
    assert len({normalise_name(s) for s in spellings}) == 1
