"""Generate a synthetic corpus of Indonesian news text dumps with ground truth.

    python benchmarks/generate_corpus.py N DIR [--seed S]

Writes N plain-text documents as ``DIR/0000/000000.txt`` ... (at most 1,000
files per folder), each 2-6 KB, in the page layouts the catalog has to read
(see ``../shared/corpus/LAYOUTS.md`` from the repository root), and
``DIR/labels.jsonl`` with what a careful librarian would record for each one,
in the corpus label schema.

Everything here is invented: people, outlets, stories and sentences are made
up from the word lists below. Places are real Indonesian cities so that the
time zone printed in a stamp (WIB/WITA/WIT) fits the place.

Only layouts whose truth is unambiguous are generated. Each document is built
from its own ``random.Random`` seeded by (seed, index), so document i is the
same whatever N is, and the output is byte-for-byte reproducible. Files and
labels are written as they are made; nothing is held for the whole corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from collections.abc import Callable

from catalog.accuracy import blank_label
from catalog.calendar_names import MONTH_NAMES, WEEKDAY_NAMES

FILES_PER_DIR = 1000
MIN_BYTES = 2048
MAX_BYTES = 6144

# --------------------------------------------------------------------------
# Word banks (all invented)
# --------------------------------------------------------------------------

FIRST = [
    "Agus",
    "Ahmad",
    "Aldi",
    "Anisa",
    "Ari",
    "Arief",
    "Bagus",
    "Bambang",
    "Budi",
    "Cahya",
    "Dedi",
    "Dewi",
    "Dian",
    "Dimas",
    "Eka",
    "Endang",
    "Fajar",
    "Fitri",
    "Gilang",
    "Hana",
    "Hendra",
    "Heru",
    "Ika",
    "Indra",
    "Intan",
    "Joko",
    "Kartika",
    "Laras",
    "Lestari",
    "Maya",
    "Mega",
    "Nanda",
    "Nia",
    "Novi",
    "Nur",
    "Putri",
    "Rahmat",
    "Ratna",
    "Reza",
    "Rina",
    "Rizal",
    "Rudi",
    "Sari",
    "Satria",
    "Sekar",
    "Sinta",
    "Sri",
    "Taufik",
    "Teguh",
    "Tri",
    "Umar",
    "Vina",
    "Wahyu",
    "Wulan",
    "Yanti",
    "Yoga",
    "Yohanes",
    "Yudi",
    "Yusuf",
    "Zainal",
    "Marthen",
    "Yosefina",
    "Agustina",
    "Wayan",
    "Made",
    "Komang",
    "Ketut",
    "Andi",
    "Baso",
    "Daeng",
    "Hasan",
    "Ilham",
    "Johan",
    "Petrus",
    "Maria",
]
LAST = [
    "Anggoro",
    "Ardiansyah",
    "Baskoro",
    "Cahyono",
    "Darmawan",
    "Effendi",
    "Firmansyah",
    "Gunawan",
    "Hakim",
    "Harahap",
    "Hidayat",
    "Irawan",
    "Kusuma",
    "Kurniawan",
    "Lubis",
    "Mahendra",
    "Maulana",
    "Munthe",
    "Nasution",
    "Nugroho",
    "Pane",
    "Permana",
    "Pratama",
    "Prasetyo",
    "Purnomo",
    "Rahayu",
    "Ramadhan",
    "Santoso",
    "Saputra",
    "Setiawan",
    "Siregar",
    "Simanjuntak",
    "Sitompul",
    "Suharto",
    "Sulistyo",
    "Susanto",
    "Tanjung",
    "Utomo",
    "Wibowo",
    "Wijaya",
    "Yulianto",
    "Latuheru",
    "Pattiasina",
    "Ndolu",
    "Bria",
    "Lado",
    "Wutun",
    "Tandi",
    "Ohee",
    "Wally",
    "Rumbiak",
    "Tuhumury",
    "Manuputty",
    "Sembiring",
    "Ginting",
    "Tarigan",
    "Pohan",
    "Daulay",
    "Lamusu",
    "Paputungan",
    "Mokodompit",
    "Rante",
    "Pasolang",
]
SHORT_EDITOR_SUFFIX = "ABDEHIKMNPRSTW"

# (place, zone, province-ish area used in text)
PLACES = (
    ("Jakarta", "WIB"),
    ("Bandung", "WIB"),
    ("Semarang", "WIB"),
    ("Surabaya", "WIB"),
    ("Yogyakarta", "WIB"),
    ("Malang", "WIB"),
    ("Medan", "WIB"),
    ("Padang", "WIB"),
    ("Palembang", "WIB"),
    ("Pekanbaru", "WIB"),
    ("Jambi", "WIB"),
    ("Bengkulu", "WIB"),
    ("Pontianak", "WIB"),
    ("Palangka Raya", "WIB"),
    ("Serang", "WIB"),
    ("Purwokerto", "WIB"),
    ("Denpasar", "WITA"),
    ("Mataram", "WITA"),
    ("Kupang", "WITA"),
    ("Makassar", "WITA"),
    ("Palu", "WITA"),
    ("Kendari", "WITA"),
    ("Manado", "WITA"),
    ("Gorontalo", "WITA"),
    ("Samarinda", "WITA"),
    ("Balikpapan", "WITA"),
    ("Banjarmasin", "WITA"),
    ("Mamuju", "WITA"),
    ("Ambon", "WIT"),
    ("Ternate", "WIT"),
    ("Jayapura", "WIT"),
    ("Sorong", "WIT"),
    ("Manokwari", "WIT"),
    ("Merauke", "WIT"),
    ("Timika", "WIT"),
)

# Invented outlets: (brand in dateline, domain, short code for initials)
OUTLETS = (
    ("Warta Lintas", "WARTALINTAS.CO.ID", "wl"),
    ("Kabar Pesisir", "KABARPESISIR.COM", "kp"),
    ("Suara Tepian", "SUARATEPIAN.ID", "st"),
    ("Harian Cakrawala", "CAKRAWALANEWS.CO.ID", "hc"),
    ("Nusa Terkini", "NUSATERKINI.COM", "nt"),
    ("Berita Bumi Raya", "BUMIRAYA.CO.ID", "bbr"),
    ("Timur Pos", "TIMURPOS.ID", "tp"),
    ("Lensa Daerah", "LENSADAERAH.COM", "ld"),
    ("Gema Kota", "GEMAKOTA.CO.ID", "gk"),
    ("Pelita Barat", "PELITABARAT.COM", "pb"),
)
# Invented news-agency brands used with the agency dateline "Kota (BRAND) -"
AGENCIES = ("KANTOR BERITA NUSA", "WARTANEGARA", "ANTARIKSA NEWS", "KBN")
# Government information portals in the InfoPublik byline layout
INFO_PORTALS = ("InfoPublik", "InfoNusantara", "KabarPublik", "Warta Pemerintah")
NETWORKS = (
    ("Jaringan Kabar", "Kabarnet.com", "KABARNET.COM"),
    ("Surya Raya", "SuryaRaya.com", "SURYARAYA.COM"),
    ("Pos Timur", "PosTimur.co.id", "POSTIMUR.CO.ID"),
)
MC_ORGS = (
    "MC KAB BANYUMAS",
    "MC KOTA PARE PARE",
    "MC KAB SERAM BAGIAN BARAT",
    "MC PROV KALIMANTAN UTARA",
    "MC KAB TAPANULI TENGAH",
    "MC KOTA BATU",
    "MC PROV NUSA TENGGARA BARAT",
    "MC KAB SIKKA",
    "MC KAB LUWU UTARA",
    "MC KOTA TIDORE KEPULAUAN",
)

MONTHS = MONTH_NAMES
MONTHS_ABBR = tuple(m[:3] for m in MONTH_NAMES)
WEEKDAYS = WEEKDAY_NAMES
DATE_LO = dt.date(2015, 1, 1).toordinal()
DATE_HI = dt.date(2025, 12, 20).toordinal()

DEPTS = (
    "Dinas Pertanian",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Perhubungan",
    "Dinas Komunikasi dan Informatika",
    "Badan Penanggulangan Bencana Daerah",
    "Dinas Sosial",
    "Dinas Pariwisata",
    "Dinas Lingkungan Hidup",
    "Dinas Perdagangan",
    "Dinas Kelautan dan Perikanan",
    "Dinas Pekerjaan Umum",
)
ROLES = ("Kepala", "Sekretaris", "Kepala Bidang Layanan", "Plt Kepala")

# Topics: (headline templates, noun phrase, activity phrase)
TOPICS = (
    (
        (
            "{place} Gelar Pasar Murah di {n} Kelurahan",
            "Harga Beras Naik, Pemda {place} Buka Pasar Murah",
        ),
        "pasar murah bahan pokok",
        "menjual beras, gula dan minyak goreng di bawah harga pasar",
    ),
    (
        (
            "Ratusan Warga {place} Ikuti Vaksinasi Massal",
            "Layanan Kesehatan Keliling Sambangi {n} Desa",
        ),
        "layanan kesehatan keliling",
        "memeriksa tekanan darah, gula darah dan status gizi anak",
    ),
    (
        (
            "Jalan Penghubung Antardesa di {place} Mulai Diperbaiki",
            "Perbaikan {n} Ruas Jalan Ditarget Rampung",
        ),
        "perbaikan jalan kabupaten",
        "menambal lubang, melebarkan bahu jalan dan membersihkan saluran air",
    ),
    (
        (
            "Petani {place} Tanam Jagung di Lahan Tadah Hujan",
            "Benih Unggul Dibagikan kepada {n} Kelompok Tani",
        ),
        "program tanam musim kemarau",
        "membagikan benih, pupuk hayati dan pendampingan penyuluh",
    ),
    (
        ("Festival Budaya {place} Dibuka dengan Kirab", "{n} Sanggar Tari Meriahkan Festival Kota"),
        "festival budaya tahunan",
        "menampilkan tarian daerah, pameran kuliner dan lomba perahu",
    ),
    (
        (
            "Operator Desa di {place} Dilatih Kelola Situs Web",
            "Pelatihan Literasi Digital Diikuti {n} Peserta",
        ),
        "pelatihan literasi digital",
        "melatih peserta menulis berita, mengelola foto dan menjaga keamanan akun",
    ),
    (
        (
            "Banjir Rendam {n} Rumah di Pinggiran {place}",
            "Warga {place} Mengungsi Akibat Luapan Sungai",
        ),
        "penanganan banjir",
        "mendirikan dapur umum, membagikan selimut dan mengevakuasi warga lanjut usia",
    ),
    (
        (
            "Perpustakaan Keliling Kembali Sapa Anak-anak {place}",
            "{n} Sekolah Terima Bantuan Buku Bacaan",
        ),
        "gerakan gemar membaca",
        "meminjamkan buku, mendongeng dan membuka pojok baca di balai warga",
    ),
    (
        (
            "Nelayan {place} Terima Bantuan Mesin Perahu",
            "{n} Kelompok Nelayan Dapat Alat Tangkap Ramah Lingkungan",
        ),
        "bantuan sarana nelayan",
        "menyerahkan mesin tempel, jaring dan alat pendingin ikan",
    ),
    (
        ("Pemda {place} Tambah {n} Titik Lampu Jalan", "Kawasan Wisata {place} Kini Lebih Terang"),
        "penambahan penerangan jalan",
        "memasang lampu tenaga surya di sepanjang jalur wisata",
    ),
    (
        (
            "Air Bersih Mulai Dialirkan ke {n} Dusun di {place}",
            "Kemarau, Warga {place} Dapat Kiriman Air Bersih",
        ),
        "penyaluran air bersih",
        "mengirim truk tangki dan memasang tandon di titik-titik pemukiman",
    ),
    (
        ("UMKM {place} Ikuti Pameran Produk Unggulan", "{n} Perajin Pamerkan Tenun dan Anyaman"),
        "pameran produk usaha kecil",
        "memamerkan tenun, anyaman, olahan pangan dan kerajinan kayu",
    ),
)

QUOTES = (
    "Kami ingin manfaatnya benar-benar dirasakan warga, bukan hanya tercatat di laporan",
    "Semua pihak harus bergerak bersama supaya kegiatan ini berkelanjutan",
    "Antusiasme warga jauh melampaui perkiraan kami sejak awal",
    "Kendala terbesar ada di lapangan, terutama akses menuju lokasi yang cukup jauh",
    "Tahun depan kami akan menambah jumlah lokasi agar lebih banyak warga terjangkau",
    "Kami mohon warga ikut menjaga fasilitas yang sudah dibangun dengan susah payah",
    "Ini bukan program sekali jalan, evaluasi akan kami lakukan setiap bulan",
    "Yang kami butuhkan sekarang adalah pendampingan, bukan sekadar bantuan barang",
    "Dulu kami harus menunggu berbulan-bulan, sekarang prosesnya jauh lebih cepat",
    "Anggaran memang terbatas, tetapi kami mencari cara agar tetap berjalan",
    "Kami berterima kasih kepada relawan yang membantu tanpa mengenal waktu",
    "Data warga yang membutuhkan harus diperbarui supaya bantuan tepat sasaran",
)
CLAIMS = (
    "mengatakan {topic} akan terus dievaluasi setiap triwulan.",
    "menyebutkan sedikitnya {n} warga sudah merasakan manfaat {topic}.",
    "menjelaskan anggaran {topic} tahun ini sekitar Rp{n} juta.",
    "mengungkapkan tingkat partisipasi warga mencapai {m} persen.",
    "menuturkan {topic} melibatkan {m} relawan dari berbagai kelurahan.",
    "menambahkan pihaknya sudah berkoordinasi dengan camat dan lurah setempat.",
    "berharap {topic} bisa menjadi contoh bagi daerah lain.",
)
SAY = ("kata", "ujar", "ucap", "tutur", "jelas")
FILLER = (
    "Kegiatan tersebut mendapat sambutan hangat dari warga sekitar yang sudah menunggu sejak pagi.",
    "Panitia menyiapkan tenda, kursi dan air minum bagi peserta dari desa-desa sekitar.",
    "Sejumlah tokoh masyarakat dan perwakilan pemuda turut hadir untuk menyaksikan jalannya acara.",
    "Petugas mencatat setiap peserta agar data pemerintah lebih rapi untuk tahun berikutnya.",
    "Beberapa warga mengaku baru pertama kali mengikuti kegiatan semacam ini di lingkungan mereka.",
    "Pemerintah setempat berjanji menindaklanjuti usulan warga yang disampaikan dalam pertemuan.",
    "Cuaca cerah membuat kegiatan berlangsung lancar hingga siang tanpa hambatan berarti.",
    "Kelompok ibu rumah tangga menyiapkan makanan tradisional untuk disantap usai acara.",
    "Aparat keamanan dan petugas kesehatan disiagakan di sekitar lokasi untuk berjaga-jaga.",
    "Penyelenggara juga membuka posko pengaduan bagi warga yang belum terdaftar sebagai penerima.",
    "Menurut catatan panitia, jumlah peserta tahun ini naik tajam dibandingkan sebelumnya.",
    "Kepala desa setempat menyampaikan terima kasih atas perhatian yang diberikan kepada warganya.",
    "Para pelajar sekolah menengah dilibatkan sebagai relawan pendataan dan dokumentasi.",
    "Warga berharap kegiatan serupa dapat digelar lebih sering, tidak hanya menjelang hari besar.",
    "Di sela acara, peserta berdiskusi tentang kendala yang mereka hadapi sehari-hari.",
)
PROMOS = (
    "Ikuti kabar terbaru langsung di ponsel Anda",
    "Dapatkan berita pilihan setiap pagi melalui kanal kami",
)
SECTIONS = ("Daerah", "Nasional", "Ekonomi", "Pemerintahan", "Sosial", "Pendidikan", "Regional")


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def _name(r: random.Random) -> str:
    if r.random() < 0.25:
        return f"{r.choice(FIRST)} {r.choice(FIRST)} {r.choice(LAST)}"
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def _editor(r: random.Random) -> str:
    if r.random() < 0.3:
        return f"{r.choice(FIRST)} {r.choice(SHORT_EDITOR_SUFFIX)}"
    return _name(r)


def _date(r: random.Random) -> dt.date:
    return dt.date.fromordinal(r.randint(DATE_LO, DATE_HI))


def _time(r: random.Random) -> tuple[int, int]:
    return r.randint(5, 23), r.randint(0, 59)


def _long(d: dt.date, pad: bool = False) -> str:
    day = f"{d.day:02d}" if pad else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def _wd(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def _paren(d: dt.date) -> str:
    return f"{_wd(d)} ({d.day}/{d.month}/{d.year})"


def _views(r: random.Random) -> int:
    return int(r.lognormvariate(5.0, 1.2)) + 1


def _dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class Doc:
    """One document under construction: text lines plus its label."""

    __slots__ = ("label", "lines", "n", "place", "r", "tail", "topic", "zone")

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.place, self.zone = r.choice(PLACES)
        self.topic = r.choice(TOPICS)
        self.n = r.randint(3, 60)
        self.lines: list[str] = []
        self.tail: list[str] = []
        # the schema's fields, between its file and url and its notes (make_document)
        self.label: dict = {
            k: v for k, v in blank_label("").items() if k not in ("file", "url", "notes")
        }

    def headline(self) -> str:
        return self.r.choice(self.topic[0]).format(place=self.place, n=self.n)

    def set_stamp(self, d: dt.date, hm: tuple[int, int] | None, tz: str | None) -> None:
        self.label["date"] = d.isoformat()
        if hm is not None:
            self.label["time"] = f"{hm[0]:02d}:{hm[1]:02d}"
        self.label["tz"] = tz

    def lead(self, opener: str, when: str | None = None) -> str:
        """First paragraph; ``when`` is a date phrase put into the lead (or None)."""
        r = self.r
        official = f"{r.choice(DEPTS)} {self.place}"
        at = f", {when}" if when else ""
        text = (
            f"{opener}{official} menggelar {self.topic[1]} bagi warga di {self.n} lokasi{at}. "
            f"Kegiatan ini dilakukan dengan {self.topic[2]}."
        )
        return text

    def body(self, target: int, used: int, *, event_time: bool) -> list[str]:
        """Body paragraphs until about ``target`` bytes in total."""
        r = self.r
        out: list[str] = []
        size = used
        traps_left = 2
        while size < target:
            k = r.random()
            if k < 0.35:
                who = f"{r.choice(ROLES)} {r.choice(DEPTS)} {self.place}, {_name(r)},"
                p = f"{who} {r.choice(CLAIMS)} " + " ".join(r.sample(FILLER, 2))
                p = p.format(topic=self.topic[1], n=r.randint(2, 900), m=r.randint(2, 95))
            elif k < 0.65:
                q1, q2 = r.sample(QUOTES, 2)
                p = f'"{q1}. {q2}," {r.choice(SAY)} {_name(r)}.'
            elif k < 0.8 and traps_left:
                traps_left -= 1
                t = r.random()
                if event_time and t < 0.4:
                    p = (
                        f"Rangkaian acara dimulai pukul {r.randint(7, 10):02d}."
                        f"{r.choice(('00', '30'))} {self.zone} dan berakhir menjelang sore. "
                        f"{r.choice(FILLER)}"
                    )
                elif t < 0.7:
                    p = (
                        f"Landasan kegiatan ini adalah Peraturan Daerah Nomor {r.randint(1, 15)} "
                        f"Tahun {r.randint(2008, 2023)} tentang penyelenggaraan pelayanan publik. "
                        f"{r.choice(FILLER)}"
                    )
                elif t < 0.85:
                    d = _date(r)
                    p = (
                        f"Sebelumnya, tim sudah meninjau lokasi pada {_wd(d)} ({d.day}/{d.month}) "
                        f"bersama perangkat kelurahan. {r.choice(FILLER)}"
                    )
                else:
                    p = f"Baca juga: {Doc(r).headline()}"
            else:
                p = " ".join(r.sample(FILLER, 3))
            out.append(p)
            size += len(p.encode()) + 2
        return out


# --------------------------------------------------------------------------
# Layouts. Each fills doc.lines (header + lead), doc.tail (after the body)
# and doc.label, and says whether body traps may use event times.
# --------------------------------------------------------------------------


def lay_infopublik(doc: Doc) -> None:
    r = doc.r
    lab = doc.label
    d = _date(r)
    hm = _time(r)
    sd = dt.date.fromordinal(d.toordinal() + r.randint(3, 40))
    sh = _time(r)
    author = r.choice(MC_ORGS) if r.random() < 0.3 else _name(r)
    editor = _editor(r)
    views = _views(r)
    portal = r.choice(INFO_PORTALS)
    doc.lines += [
        f"- Oleh {r.choice(MC_ORGS)}",
        f"- {_wd(sd)}, {_long(sd)} | {sh[0]:02d}:{sh[1]:02d} {doc.zone}",
        f": {r.choice(ROLES)} {r.choice(DEPTS)} {_name(r)} saat memberi arahan "
        f"(dok {r.choice(MC_ORGS)[3:].title()})",
        f"Oleh {author}, {_wd(d)}, {_long(d)} | {hm[0]:02d}:{hm[1]:02d} {doc.zone}"
        f" - Redaktur: {editor} - {views}",
        doc.lead(f"{doc.place}, {portal} – ", _paren(d) if r.random() < 0.5 else None),
    ]
    doc.set_stamp(d, hm, doc.zone)
    lab.update(authors=[author], editors=[editor], views=views, source=portal, dateline=doc.place)


def lay_penulis_header(doc: Doc) -> None:
    r = doc.r
    o = r.choice(OUTLETS)
    d = _date(r)
    title = doc.headline()
    author, editor = _name(r), _editor(r)
    doc.lines += [
        f"Berita {doc.place}",
        title,
        f"Pemerintah daerah menyiapkan {doc.topic[1]} untuk warga di {doc.n} lokasi",
        f"Penulis: {author} | Editor: {editor}",
        doc.lead(f"{o[1]}, {doc.place.upper()} - ", _paren(d)),
    ]
    doc.set_stamp(d, None, None)
    doc.label.update(
        title=title, authors=[author], editors=[editor], source=o[1], dateline=doc.place
    )


def lay_agency_footer(doc: Doc) -> None:
    r = doc.r
    brand = r.choice(AGENCIES)
    author, editor = _name(r), _editor(r)
    dated = r.random() < 0.5
    d = _date(r)
    if r.random() < 0.5:
        title = doc.headline()
        doc.lines.append(title)
        doc.label["title"] = title
    doc.lines.append(doc.lead(f"{doc.place} ({brand}) - ", _paren(d) if dated else _wd(d)))
    if dated:
        doc.set_stamp(d, None, None)
    doc.tail += [" ", f"Pewarta: {author}", "", f"Editor{r.choice(('', ' '))}: {editor}"]
    doc.label.update(authors=[author], editors=[editor], source=brand, dateline=doc.place)


def lay_stamp_dateline(doc: Doc) -> None:
    r = doc.r
    o = r.choice(OUTLETS)
    d = _date(r)
    hm = _time(r)
    title = doc.headline()
    author, editor = _name(r), _editor(r)
    brand = o[1].split(".")[0].title() + ".com" if r.random() < 0.5 else o[1]
    doc.lines += [
        r.choice(SECTIONS),
        title,
        f"{_wd(d)}, {_long(d)} | {hm[0]:02d}:{hm[1]:02d} {doc.zone}",
        f"Suasana {doc.topic[1]} di {doc.place}. {o[1]}/{_name(r).upper()}",
        "",
        doc.lead(f"{doc.place.upper()}, {brand} - "),
    ]
    doc.tail += ["", f"Penulis : {author}", f"Editor : {editor}"]
    doc.set_stamp(d, hm, doc.zone)
    doc.label.update(
        title=title, authors=[author], editors=[editor], source=brand, dateline=doc.place
    )


def lay_laporan_wartawan(doc: Doc) -> None:
    r = doc.r
    net, site, dom = r.choice(NETWORKS)
    d = _date(r)
    hm = _time(r)
    title = doc.headline()
    author, editor, photog = _name(r), _editor(r), _name(r)
    doc.lines += [
        r.choice(PROMOS),
        net,
        "",
        title,
        "",
        f"Warga menyambut baik {doc.topic[1]} yang digelar pemerintah daerah.",
        "",
        f"{_wd(d)}, {_long(d)} {hm[0]:02d}:{hm[1]:02d} {doc.zone}",
        f"Editor: {editor}",
        f"zoom-in {title}",
        f"{site}/{photog}",
        "",
        f"Laporan Wartawan {site}, {author}",
        "",
        doc.lead(f"{dom}, {doc.place.upper()} - "),
    ]
    doc.set_stamp(d, hm, doc.zone)
    doc.label.update(
        title=title, authors=[author], editors=[editor], source=dom, dateline=doc.place
    )


def lay_own_line_admin(doc: Doc) -> None:
    r = doc.r
    d = _date(r)
    hm = _time(r)
    views = _views(r)
    title = doc.headline()
    author = "Admin" if r.random() < 0.5 else _name(r)
    doc.lines += [
        "Beranda › Berita",
        "-",
        title,
        author,
        f"{_wd(d)}, {_long(d)} {hm[0]:02d}:{hm[1]:02d} {doc.zone} | {views} kali dibaca",
        "Foto : " + doc.lead(f"Suasana {doc.topic[1]}. "),
    ]
    doc.set_stamp(d, hm, doc.zone)
    doc.label.update(title=title, authors=[author], views=views)


def lay_bulleted(doc: Doc) -> None:
    r = doc.r
    d = _date(r)
    h24, mi = _time(r)
    h12 = h24 % 12 or 12
    ampm = "am" if h24 < 12 else "pm"
    views = _views(r)
    user = f"{r.choice(FIRST).lower()}_{r.choice(LAST).lower()}"
    title = doc.headline()
    doc.lines += [
        f"{r.choice(DEPTS)} {doc.place}",
        "Beranda / Berita / Pemerintahan",
        title,
        f"• {user} • {_long(d)} • {h12}:{mi:02d}{ampm} • Berita • {views} kali dilihat",
        doc.lead(f"{doc.place} – "),
    ]
    doc.set_stamp(d, (h24, mi), None)
    doc.label.update(title=title, authors=[user], views=views, dateline=doc.place)


def lay_lead_only(doc: Doc) -> None:
    r = doc.r
    d = _date(r)
    if r.random() < 0.5:
        title = doc.headline()
        doc.lines.append(title)
        doc.label["title"] = title
    doc.lines.append(doc.lead(f"{doc.place} – ", _paren(d)))
    doc.set_stamp(d, None, None)
    doc.label.update(dateline=doc.place)


def lay_initials(doc: Doc) -> None:
    r = doc.r
    d = _date(r)
    title = doc.headline()
    if r.random() < 0.5:
        ini = "".join(r.choice("ABDEFGHJKLMNRSTWY") for _ in range(r.randint(2, 4)))
    else:
        ini = "".join(r.choice("abdefghjklmnrstwy") for _ in range(3)) + "/" + r.choice(OUTLETS)[2]
    doc.lines += [title, doc.lead(f"{doc.place} – ", _paren(d))]
    doc.tail.append(f"({ini})")
    doc.set_stamp(d, None, None)
    doc.label.update(title=title, authors=[ini], dateline=doc.place)


def lay_by_terpopuler(doc: Doc) -> None:
    r = doc.r
    o = r.choice(OUTLETS)
    d = _date(r)
    hm = _time(r)
    clock = dt.date.fromordinal(d.toordinal() + r.randint(1, 30))
    title = doc.headline()
    author = _name(r)
    doc.lines += [
        o[0],
        f"{_wd(clock)}, {_long(clock)}",
        r.choice(SECTIONS),
        title,
        f"By {author} - {_wd(d)}, {_long(d)} | {hm[0]:02d}:{hm[1]:02d} {doc.zone}",
        f"Suasana {doc.topic[1]} di {doc.place}. Foto: {o[0]}/{_name(r)}",
        doc.lead(f"{doc.place}, {o[0]} – "),
    ]
    doc.tail += ["", "Berita Terpopuler"]
    for k in range(1, r.randint(3, 5)):
        sd = dt.date.fromordinal(d.toordinal() + r.randint(-20, 20))
        sh = _time(r)
        who = author if r.random() < 0.3 else _name(r)
        other = Doc(r).headline()
        doc.tail += [
            f"{k}. {other}",
            f"Oleh {who} - {_wd(sd)}, {_long(sd)} | {sh[0]:02d}:{sh[1]:02d} WIB"
            f" - Dibaca {_dotted(_views(r) * 7)} kali",
        ]
    doc.set_stamp(d, hm, doc.zone)
    doc.label.update(title=title, authors=[author], source=o[0], dateline=doc.place)


def lay_rep_red(doc: Doc) -> None:
    r = doc.r
    o = r.choice(OUTLETS)
    d = _date(r)
    hm = _time(r)
    title = doc.headline()
    author, editor = _name(r), _editor(r)
    doc.lines += [
        title,
        f"Rep: {author} Red: {editor}",
        f"{_wd(d)}, {d.day:02d} {MONTHS_ABBR[d.month - 1]} {d.year}"
        f" {hm[0]:02d}:{hm[1]:02d} {doc.zone}",
        "",
        doc.lead(f"{o[1]}, {doc.place.upper()} -- "),
    ]
    doc.set_stamp(d, hm, doc.zone)
    doc.label.update(
        title=title, authors=[author], editors=[editor], source=o[1], dateline=doc.place
    )


def lay_numeric_stamp(doc: Doc) -> None:
    r = doc.r
    d = _date(r)
    hm = _time(r)
    title = doc.headline()
    author, editor = _name(r), _editor(r)
    doc.lines += [
        title,
        "",
        f"{author} ",
        f"{d.day}/{d.month}/{d.year} {hm[0]:02d}:{hm[1]:02d}",
        f"Suasana {doc.topic[1]}.(Dok)",
        "",
        doc.lead(""),
    ]
    doc.tail += ["", f"Editor : {editor}"]
    doc.set_stamp(d, hm, None)
    doc.label.update(title=title, authors=[author], editors=[editor])


def lay_stamp_initials(doc: Doc) -> None:
    r = doc.r
    o = r.choice(OUTLETS)
    d = _date(r)
    hm = _time(r)
    title = doc.headline()
    ini = "".join(r.choice("abdefghjklmnrstwy") for _ in range(3)) + "/" + o[2]
    doc.lines += [
        title,
        f"{_wd(d)}, {_long(d, pad=True)} – {hm[0]:02d}:{hm[1]:02d} {doc.zone}",
        f"Foto: {_name(r)}/{o[1]}",
        doc.lead(f"{o[1].lower()}, {doc.place.upper()} - "),
    ]
    doc.tail.append(f"({ini})")
    doc.set_stamp(d, hm, doc.zone)
    doc.label.update(title=title, authors=[ini], source=o[1].lower(), dateline=doc.place)


def lay_posted_sumber(doc: Doc) -> None:
    """Clipping page: posting date, category, summary, explicit 'Sumber Berita' line."""
    r = doc.r
    d = _date(r)
    o = r.choice(OUTLETS)
    title = doc.headline()
    doc.lines += [
        "Analisa Berita",
        title,
        f"Diposting pada : {_long(d)}",
        f"Kategori : {r.choice(SECTIONS)}",
        doc.lead(""),
    ]
    doc.tail += ["", f"Sumber Berita : {o[0]}"]
    doc.set_stamp(d, None, None)
    doc.label.update(title=title, source=o[0])


def lay_name_dash_nozone(doc: Doc) -> None:
    """'Name - Selasa, 27 Agustus 2019 | 16:05' with no zone, dateline without outlet."""
    r = doc.r
    d = _date(r)
    hm = _time(r)
    title = doc.headline()
    author = _name(r)
    doc.lines += [
        title,
        f"{author} - {_wd(d)}, {_long(d)} | {hm[0]:02d}:{hm[1]:02d}",
        "",
        doc.lead(f"{doc.place.upper()} - "),
    ]
    doc.set_stamp(d, hm, None)
    doc.label.update(title=title, authors=[author], dateline=doc.place)


def lay_listing(doc: Doc) -> None:
    """Category page: several teasers, each with its own byline and stamp."""
    r = doc.r
    section = r.choice(SECTIONS)
    doc.lines += [f"Beranda / Kategori / {section}", section, f"Halaman {r.randint(2, 300)}", ""]
    doc.label["kind"] = "listing"


def _listing_items(doc: Doc, target: int, used: int) -> list[str]:
    r = doc.r
    out: list[str] = []
    size = used
    d = _date(r)
    while size < target:
        d = dt.date.fromordinal(d.toordinal() - r.randint(0, 2))
        h = _time(r)
        other = Doc(r)
        item = (
            f"{other.headline()}\n"
            f"Oleh {_name(r)} - {_wd(d)}, {_long(d)} | {h[0]:02d}:{h[1]:02d} {other.zone}\n"
            f"{other.lead(f'{other.place} – ')[:180]}...\n"
            "Baca Selengkapnya\n"
        )
        out.append(item)
        size += len(item.encode()) + 1
    return out


LAYOUTS: tuple[tuple[Callable[[Doc], None], float], ...] = (
    (lay_infopublik, 12),
    (lay_penulis_header, 9),
    (lay_agency_footer, 12),
    (lay_stamp_dateline, 10),
    (lay_laporan_wartawan, 8),
    (lay_own_line_admin, 7),
    (lay_bulleted, 5),
    (lay_lead_only, 8),
    (lay_initials, 7),
    (lay_by_terpopuler, 7),
    (lay_rep_red, 5),
    (lay_numeric_stamp, 4),
    (lay_stamp_initials, 4),
    (lay_posted_sumber, 3),
    (lay_name_dash_nozone, 4),
    (lay_listing, 6),
)
_FUNCS = tuple(f for f, _ in LAYOUTS)
_CUM: list[float] = []
_acc = 0.0
for _f, _w in LAYOUTS:
    _acc += _w
    _CUM.append(_acc)


def make_document(seed: int, index: int) -> tuple[str, dict]:
    """Text and label (without ``file``) of document ``index`` for ``seed``."""
    r = random.Random((seed << 32) ^ index)
    doc = Doc(r)
    x = r.random() * _acc
    k = 0
    while _CUM[k] < x:
        k += 1
    layout = _FUNCS[k]
    layout(doc)
    target = r.randint(MIN_BYTES + 200, MAX_BYTES - 700)
    head = "\n".join(doc.lines)
    tail = "\n".join(doc.tail)
    used = len(head.encode()) + len(tail.encode()) + 2
    if layout is lay_listing:
        items = _listing_items(doc, target, used)
        text = head + "\n" + "\n".join(items) + "\nSebelumnya 1 2 3 Berikutnya\n"
    else:
        stamped = doc.label["time"] is not None
        paras = doc.body(target, used, event_time=stamped)
        sep = "\n\n" if "" in doc.lines else "\n"
        text = head + sep + sep.join(paras)
        if doc.tail and doc.tail[0].startswith("("):
            text += " " + "\n".join(doc.tail)
        elif tail:
            text += "\n" + tail
        text += "\n"
    label = {"url": None, **doc.label, "notes": f"synthetic, layout {layout.__name__[4:]}"}
    return text, label


def relpath(index: int, width: int = 6) -> str:
    return f"{index // FILES_PER_DIR:04d}/{index:0{width}d}.txt"


def generate(n: int, root: str | os.PathLike[str], seed: int = 1) -> None:
    """Write ``n`` documents under ``root`` and ``root/labels.jsonl``."""
    root = os.fspath(root)
    os.makedirs(root, exist_ok=True)
    width = max(6, len(str(max(n - 1, 0))))
    with open(os.path.join(root, "labels.jsonl"), "w", encoding="utf-8") as labels:
        for i in range(n):
            rel = relpath(i, width)
            if i % FILES_PER_DIR == 0:
                os.makedirs(os.path.join(root, rel.split("/", 1)[0]), exist_ok=True)
            text, label = make_document(seed, i)
            label = {"file": rel, **label}
            with open(os.path.join(root, rel), "wb") as fh:
                fh.write(text.encode())
            labels.write(json.dumps(label, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", type=int, help="number of documents")
    p.add_argument("dir", help="output folder (created if missing)")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args(argv)
    t0 = time.perf_counter()
    generate(a.n, a.dir, a.seed)
    dt_s = time.perf_counter() - t0
    print(
        f"wrote {a.n} documents to {a.dir} in {dt_s:.2f} s ({a.n / max(dt_s, 1e-9):,.0f} docs/s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
