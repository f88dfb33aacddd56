"""Hostile exports: zip bombs, too many entries, zips in zips, a huge CSV. Each is
refused with a message naming the file, and what else is there still loads."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

from extractors.network import Limits, import_paths
from tests.conftest import fixture_bytes

_CONNECTIONS = fixture_bytes("network", "linkedin", "Connections.csv")


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _tgz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _problems(result) -> dict[str, str]:
    return {p.file: p.message for p in result.problems}


def test_a_member_that_unpacks_a_thousand_times_its_size_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "export.zip"
    bomb.write_bytes(_zip({"Connections.csv": _CONNECTIONS, "bomb.csv": b"0" * (8 << 20)}))
    result = import_paths([bomb])
    assert _problems(result)["export.zip!/bomb.csv"].startswith("refused: unpacks 1,0")
    assert len(result.contacts) == 3  # the real export beside it still loads


def test_a_member_over_the_file_limit_is_not_read(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    archive.write_bytes(_zip({"big.csv": _CONNECTIONS * 20}))
    result = import_paths([archive], Limits(file_bytes=1000))
    assert _problems(result) == {
        "export.zip!/big.csv": "not read: larger than 1,000 bytes ([network] max_file_mb)"
    }


def test_an_archive_with_too_many_entries_is_refused_whole(tmp_path: Path) -> None:
    archive = tmp_path / "many.zip"
    archive.write_bytes(_zip({f"f{i}.txt": b"x" for i in range(11)}))
    result = import_paths([archive], Limits(members=10))
    assert _problems(result) == {"many.zip": "refused: 11 entries, over the limit of 10"}


def test_zips_nested_past_the_depth_limit_are_refused(tmp_path: Path) -> None:
    inner = _zip({"Connections.csv": _CONNECTIONS})
    for level in range(4):
        inner = _zip({f"level{level}.zip": inner})
    (tmp_path / "deep.zip").write_bytes(inner)
    result = import_paths([tmp_path / "deep.zip"])
    (file, message), *_ = _problems(result).items()
    assert file == "deep.zip!/level3.zip!/level2.zip!/level1.zip"
    assert message == "refused: archives nested over 3 deep"
    assert result.contacts == []


def test_the_import_stops_at_the_total_limit_naming_the_file(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}_Connections.csv").write_bytes(_CONNECTIONS)
    result = import_paths([tmp_path], Limits(total_bytes=2 * len(_CONNECTIONS) + 10))
    assert len(result.contacts) == 6
    stopped = f"{tmp_path.name}/c_Connections.csv"
    assert _problems(result)[stopped].startswith("import stopped: over ")


def test_a_large_export_is_refused_by_its_size_after_reading_its_head(tmp_path: Path) -> None:
    huge = tmp_path / "Connections.csv"
    with huge.open("wb") as handle:
        handle.write(_CONNECTIONS)
        handle.truncate(600 << 20)  # sparse: 600 MiB without writing them
    result = import_paths([huge])
    assert _problems(result) == {
        "Connections.csv": "not read: larger than 32 MiB ([network] max_file_mb)"
    }


def test_too_many_entries_are_refused_before_the_central_directory_is_read(
    tmp_path: Path, monkeypatch
) -> None:
    archive = tmp_path / "many.zip"
    archive.write_bytes(_zip({f"f{i}.txt": b"x" for i in range(11)}))
    monkeypatch.setattr(zipfile, "ZipFile", None)  # reading the directory would fail
    result = import_paths([archive], Limits(members=10))
    assert _problems(result) == {"many.zip": "refused: 11 entries, over the limit of 10"}


def test_a_tars_members_passed_over_count_towards_the_total(tmp_path: Path) -> None:
    """A tar is unpacked to reach each member: a small .tgz of 8 MiB of zeros costs
    8 MiB of the import's budget, though no importer opens it."""
    archive = tmp_path / "takeout.tgz"
    archive.write_bytes(_tgz({"zeros.bin": b"0" * (8 << 20), "Connections.csv": _CONNECTIONS}))
    result = import_paths([archive], Limits(total_bytes=4 << 20))
    assert _problems(result) == {"takeout.tgz!/zeros.bin": "import stopped: over 4 MiB read in all"}
    assert result.contacts == []


def test_a_tar_in_a_zip_is_read_and_nesting_is_limited(tmp_path: Path) -> None:
    inner = _tgz({"Connections.csv": _CONNECTIONS})
    (tmp_path / "export.zip").write_bytes(_zip({"takeout.tgz": inner}))
    assert len(import_paths([tmp_path / "export.zip"]).contacts) == 3
    deep = _zip({"takeout.tgz": _tgz({"a.zip": _zip({"Connections.csv": _CONNECTIONS})})})
    (tmp_path / "deep.zip").write_bytes(deep)
    result = import_paths([tmp_path / "deep.zip"], Limits(depth=2))
    assert _problems(result) == {
        "deep.zip!/takeout.tgz!/a.zip": "refused: archives nested over 2 deep"
    }


def test_a_tar_member_over_the_file_limit_is_not_read(tmp_path: Path) -> None:
    archive = tmp_path / "takeout.tgz"
    archive.write_bytes(_tgz({"big.csv": _CONNECTIONS * 20, "Connections.csv": _CONNECTIONS}))
    result = import_paths([archive], Limits(file_bytes=1000 + len(_CONNECTIONS)))
    assert _problems(result) == {
        "takeout.tgz!/big.csv": f"not read: larger than {1000 + len(_CONNECTIONS):,} bytes "
        "([network] max_file_mb)"
    }
    assert len(result.contacts) == 3
