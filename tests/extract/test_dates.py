"""Timestamps and lead dates in the forms Indonesian news pages print."""

from __future__ import annotations

import datetime as dt

import pytest

from catalog.extract.dates import (
    find_dates,
    find_lead_dates,
    find_stamp,
    find_time,
    month_number,
    split_stamp,
)


@pytest.mark.parametrize(
    ("line", "date", "time", "zone"),
    [
        ("Senin, 14 Mei 2018 | 15:11 WIB", "2018-05-14", "15:11", "WIB"),
        ("Jumat, 01 Oktober 2021 – 19:27 WIB", "2021-10-01", "19:27", "WIB"),
        ("Selasa, 16 Jan 2024 19:30 WIB", "2024-01-16", "19:30", "WIB"),
        ("18 Desember 2019 12:48 WIB", "2019-12-18", "12:48", "WIB"),
        ("22 Desember 2021, 09:07", "2021-12-22", "09:07", None),
        ("- 5 Januari 2022, 11:56 WIB", "2022-01-05", "11:56", "WIB"),
        ("11 Mei 1991 | 00.00 WIB", "1991-05-11", "00:00", "WIB"),
        ("2022-07-13 16:56:09", "2022-07-13", "16:56", None),
        ("23 July 2019 JAM 06:53:03 WIB", "2019-07-23", "06:53", "WIB"),
        ("30-04-2021", "2021-04-30", None, None),
        ("18 05-2022", "2022-05-18", None, None),
        ("19 Desember 2022", "2022-12-19", None, None),
        ("access_time Minggu, 20 Agustus 2023", "2023-08-20", None, None),
        (" date 2023-08-12", "2023-08-12", None, None),
        ("23 June 2023 23:41", "2023-06-23", "23:41", None),
        ("Friday, March 15, 2024", "2024-03-15", None, None),
        ("Diposting pada : 26 September 2025", "2025-09-26", None, None),
        ("Tanggal : 2018-10-21", "2018-10-21", None, None),
        ("29/9/2025 15:32", "2025-09-29", "15:32", None),
        ("Kamis, 18 Februari 2016 01:00 WITA | 1157 kali dibaca", "2016-02-18", "01:00", "WITA"),
        ("Rabu, 3 Juli 2024 | 08:15 WIT", "2024-07-03", "08:15", "WIT"),
        ("JUMAT, 12 OKTOBER 2018 | 08:39 WIB | HARIAN KOTA", "2018-10-12", "08:39", "WIB"),
        (
            "Oleh Rina Kusuma, Rabu, 2 Oktober 2024 | 10:15 WIB - Redaktur: Tono - 12",
            "2024-10-02",
            "10:15",
            "WIB",
        ),
        ("By Dedi Kurnia - Jumat, 3 Agustus 2018 | 14:37 WIB", "2018-08-03", "14:37", "WIB"),
        ("Ayu Lestari - Selasa, 27 Agustus 2019 | 16:05", "2019-08-27", "16:05", None),
        ("Admin dinkominfo | 29 April 2024 | 67 kali", "2024-04-29", None, None),
        (
            "• dewi • 11 Oktober 2021 • 5:03pm • Berita • 221 kali dilihat",
            "2021-10-11",
            "17:03",
            None,
        ),
        ("Upload by Admin - 22 November 2021", "2021-11-22", None, None),
        ("Diposkan oleh Bayu on 08 July, 2011", "2011-07-08", None, None),
        ("Oleh Redaksi KABARKOTA | 04 November 2016", "2016-11-04", None, None),
        ("Senin, 3 Agu 2020 | 10:00 WIB", "2020-08-03", "10:00", "WIB"),
        ("Senin, 3 Agt 2020", "2020-08-03", None, None),
        ("Senin, 3 Ags 2020", "2020-08-03", None, None),
        ("Kamis, 9 Sept 2021", "2021-09-09", None, None),
        ("Kamis, 14 Okt 2021", "2021-10-14", None, None),
        ("Selasa, 7 Des 2021", "2021-12-07", None, None),
        ("Sabtu, 2 Pebruari 2019", "2019-02-02", None, None),
        ("Senin, 5 Nopember 2018", "2018-11-05", None, None),
        ("Senin, 5 Nop 2018 | 7.05 WIB", "2018-11-05", "07:05", "WIB"),
        ("Jum'at, 6 Maret 2020", "2020-03-06", None, None),
        ("Published on 12 March 2022 10:00 am", "2022-03-12", "10:00", None),
        ("Selasa, 4 Jun 2024 11:45 pm WITA", "2024-06-04", "23:45", "WITA"),
        # a slash between the date and its clock
        ("Senin, 24 Juni 2013 / 18:09 WIB", "2013-06-24", "18:09", "WIB"),
    ],
)
def test_stamp_forms(line: str, date: str, time: str | None, zone: str | None) -> None:
    stamp = find_stamp(line)
    assert stamp is not None, line
    assert stamp.date.isoformat() == date
    assert (stamp.time.strftime("%H:%M") if stamp.time else None) == time
    assert stamp.zone == zone


@pytest.mark.parametrize(
    "line",
    [
        "Polisi menangkap dua orang pada Senin, 14 Mei 2018 malam di sebuah gudang tua.",
        "Sesuai Peraturan Daerah Nomor 4 Tahun 2024 tentang pajak daerah.",
        "© 2025 Kabar Kota. All rights reserved",
        "Rapat digelar Kamis (11/7/2019) di aula kantor bupati bersama seluruh camat.",
        "2 jam lalu",
        "Senin (21/8)",
        "Siaran Pers No. 15/HM/KOMINFO/3/2011",
        "12345678901234567890",
        # a site clock labelled as the reader's day
        "Today: Wednesday, August 26, 2026 | Sign in",
        "Today : Rabu, 26 Agustus 2026",
        "Hari ini: Rabu, 26 Agustus 2026 | Masuk",
    ],
)
def test_not_stamps(line: str) -> None:
    assert find_stamp(line) is None


def test_an_icon_s_name_glued_to_a_date_is_still_a_stamp_label() -> None:
    stamp = find_stamp("today 26 Agustus 2023")
    assert stamp is not None and stamp.date.isoformat() == "2023-08-26"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("kata dia di Bogor, Kamis (11/7/2019).", ["2019-07-11"]),
        ("Rapat berlangsung (08/11/22) di aula.", []),
        ("ujarnya, Senin (16/3/26).", ["2026-03-16"]),
        ("Kegiatan itu digelar kemarin (Rabu, 17/01/2024).", ["2024-01-17"]),
        ("Kegiatan ini dilaksanakan Rabu, 27 November 2024 di desa.", ["2024-11-27"]),
        ("Jumat(24/06/2016) lalu, direktur menyampaikan", ["2016-06-24"]),
        ("Senin, (29/4) dan Senin (21/8) tanpa tahun.", []),
        ("surat tertanggal Senin, 15 April 2013 diteken", []),
        ("paling banyak dibaca sepanjang Selasa 22 Oktober 2024.", []),
        ("Harian Pagi Kota, Jumat 12 Juli 2019, hari ini berulang tahun.", ["2019-07-12"]),
        ("Rabu pagi (24/01/2018) gempa terasa.", ["2018-01-24"]),
        ("Pemungutan suara akan digelar pada Rabu, 14 Februari 2024 serentak.", []),
        # a space before the weekday's comma
        ("di aula kantor bupati, Kamis , 17 April 2025 warga datang.", ["2025-04-17"]),
        # a slashed date after the weekday without any parenthesis
        ("Musyawarah desa hari selasa, 07/02/2022 berlangsung di balai.", ["2022-02-07"]),
        ("meninjau persiapan pemilu pada Jum’at sore 20/11/20.", ["2020-11-20"]),
        # ... but one opened inside a parenthesis needs its closing one
        ("acara itu (Senin, 17/01/2024 pagi) dibuka", []),
        ("acara itu Senin 17/01/2024) dibuka", []),
        ("nomor Senin, 15/4/2013/B", []),
        # "kemarin" after the date: the story was written a day or more later
        ("bertamu ke kantor redaksi, Kamis, 15 Mei 2025 kemarin.", []),
        ("bertamu ke kantor redaksi, Kamis (15/5/2025) kemarin.", []),
    ],
)
def test_lead_dates(text: str, dates: list[str]) -> None:
    assert [d.date.isoformat() for d in find_lead_dates(text)] == dates


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Agu", 8),
        ("Agt", 8),
        ("Ags", 8),
        ("Sept", 9),
        ("Okt", 10),
        ("Des", 12),
        ("Pebruari", 2),
        ("Nopember", 11),
        ("Nop", 11),
        ("August", 8),
        ("Mei", 5),
        ("May", 5),
    ],
)
def test_month_names(name: str, number: int) -> None:
    assert month_number(name) == number


def test_two_digit_year_numeric() -> None:
    assert [h.date for h in find_dates("16/3/26")] == [dt.date(2026, 3, 16)]


def test_invalid_dates_are_skipped() -> None:
    assert find_dates("31 Februari 2024 dan 45/13/2020") == []


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [
        ("21:09", "21:09"),
        ("21.09", "21:09"),
        ("5:03pm", "17:03"),
        ("12:15 am", "00:15"),
        ("9.30 WIB", "09:30"),
    ],
)
def test_times(text: str, hhmm: str) -> None:
    found = find_time(text)
    assert found is not None
    assert found[0].strftime("%H:%M") == hhmm


def test_not_times() -> None:
    assert find_time("Rp 4.000 dan 5,72 persen") is None


def test_dates_come_in_order_of_position_whatever_their_form() -> None:
    # an English-order date before a numeric one: both found, the first one first
    text = "Tue, April 9, 2024 | diperbarui 2024-04-10 08:00"
    assert [h.date.isoformat() for h in find_dates(text)] == ["2024-04-09", "2024-04-10"]
    assert [h.date.isoformat() for h in find_dates(text, first_only=True)] == ["2024-04-09"]


def test_a_stamp_in_english_order_with_the_machine_form_after_it() -> None:
    # the page prints the day for readers, then the same day again for machines
    s = find_stamp("Tue, April 9, 2024 Posted 2024-04-09T06:15:00+07:00")
    assert s is not None and s.date.isoformat() == "2024-04-09" and s.start == 5


def test_a_desk_glued_to_its_stamp_needs_the_clock() -> None:
    # "Desk Weekday, date time": a stamp; the same words and a bare date could be a
    # headline's end, so no clock, no stamp
    s = find_stamp("Humas Kota Lestari Kamis, 6 Maret 2025 14:05:00")
    assert s is not None and (s.date.isoformat(), s.time.isoformat()) == ("2025-03-06", "14:05:00")
    assert find_stamp("Humas Kota Lestari Kamis, 6 Maret 2025") is None
    assert find_stamp("Warga menanam pohon pada 6 Maret 2025 14:05") is None


@pytest.mark.parametrize(
    ("line", "below", "date", "time", "zone"),
    [
        ("1 June", "03:50 2019", "2019-06-01", "03:50", None),
        ("15 December", "21:25 2019", "2019-12-15", "21:25", None),
        ("Senin, 12 Juni", "2023 | 10:15 WIB", "2023-06-12", "10:15", "WIB"),
        ("7 Agustus", "2024", "2024-08-07", None, None),
    ],
)
def test_a_stamp_split_over_two_lines(
    line: str, below: str, date: str, time: str | None, zone: str | None
) -> None:
    s = split_stamp(line, below)
    assert s is not None
    assert s.date.isoformat() == date
    assert (s.time.strftime("%H:%M") if s.time else None) == time
    assert s.zone == zone
    assert s.end == len(line)


@pytest.mark.parametrize(
    ("line", "below"),
    [
        ("1 June", "2019 warga berkumpul"),  # a sentence, not the stamp's year
        ("Edisi 1 June", "2019"),  # no weekday before the day
        ("1 June", "Rp 2019"),
        ("Pasal 14 Maret", "2020"),
        ("12 Juni 2023", "10:15"),  # a whole date: find_stamp's, not a split one
    ],
)
def test_not_a_split_stamp(line: str, below: str) -> None:
    assert split_stamp(line, below) is None
