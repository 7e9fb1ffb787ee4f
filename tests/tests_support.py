"""Texts shared by several test modules (the team's own writing)."""

GOOD = """\
Oleh Rizky Pratama, Rabu, 18 September 2024 | 20:45 WIB - Redaktur: Lestari W - 512
Medan, InfoPublik – Pemerintah daerah mengajak pengelola arsip di setiap dinas untuk memindai dokumen lama.
Kepala balai arsip mengatakan pemindaian dimulai dari dokumen perizinan yang paling sering diminta warga.
"""
