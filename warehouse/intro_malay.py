"""Whether a text `extractors._language` reads as Indonesian is Malay.

The two share most small words ("yang", "dan", "untuk"), so a posting or an ask in
either is read as Indonesian; what tells them apart is the words each writes where the
other writes another: Malaysia's syarikat, jawatan, boleh, sila, hantar, projek,
pejabat, telefon, percuma, sahaja, kerana, iaitu, for Indonesia's perusahaan,
lowongan, bisa, kirim, proyek, kantor, telepon, gratis, saja, karena, yaitu. A draft in
Malay is for a Malay text, as its reader writes it; the ranking keeps reading both
as one.
"""

from __future__ import annotations

from extractors._language import tokens

_MALAY = frozenset(
    [
        "syarikat",
        "jawatan",
        "kosong",
        "boleh",
        "bolehkah",
        "sila",
        "hantar",
        "hantarkan",
        "projek",
        "pejabat",
        "telefon",
        "percuma",
        "sahaja",
        "kerana",
        "iaitu",
        "ialah",
        "mahu",
        "selepas",
        "berminat",
        "pemohon",
        "permohonan",
        "kemahiran",
        "kelayakan",
        "mesej",
        "perisian",
        "pereka",
        "penterjemah",
        "sepenuh",
        "separuh",
        "dirunding",
        "ringgit",
        "encik",
        "puan",
        "awak",
        "pengurus",
        "kakitangan",
    ]
)
_INDONESIAN = frozenset(
    [
        "perusahaan",
        "lowongan",
        "bisa",
        "bisakah",
        "kirim",
        "kirimkan",
        "proyek",
        "kantor",
        "telepon",
        "gratis",
        "saja",
        "karena",
        "yaitu",
        "mau",
        "setelah",
        "lamaran",
        "pelamar",
        "karyawan",
        "perangkat",
        "desainer",
        "penerjemah",
        "paruh",
        "rupiah",
        "bapak",
        "ibu",
        "kamu",
        "manajer",
    ]
)
_LEAST = 2  # Malay words: fewer say nothing


def malay_or(language: str | None, text: str) -> str | None:
    """ "ms" for a text read as Indonesian ("id") that writes more of Malaysia's words
    than of Indonesia's; else `language` as it is."""
    if language != "id":
        return language
    found = tokens(text)
    malay = sum(t in _MALAY for t in found)
    indonesian = sum(t in _INDONESIAN for t in found)
    return "ms" if malay >= _LEAST and malay > indonesian else language
