"""The CSV plumbing the tabular importers share: reading a file's head for sniffing."""

from __future__ import annotations

from extractors.network._tables import encoding, head_records


def test_a_head_in_windows_encoding_keeps_its_accented_names():
    head = "Prénom,Nom,Société\nÉlodie,Garnier,Atelier\n".encode("cp1252")
    assert head_records(head)[0] == ["Prénom", "Nom", "Société"]


def test_a_utf8_head_cut_inside_a_character_is_still_utf8():
    head = "\ufeffPrénom,Nom,Société\nÉlodie,Garnier,Atelié".encode()[:-1]
    assert encoding(head, whole=False) == "utf-8-sig"
    assert encoding(head) == "cp1252"  # a whole file ending so is no UTF-8
    assert head_records(head)[0] == ["Prénom", "Nom", "Société"]
