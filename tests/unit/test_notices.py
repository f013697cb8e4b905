"""Third-party notices come from the installed metadata, not from a hand-kept list."""

from __future__ import annotations

from inspector.notices import components, notices_text, write_notices


def test_components_follow_the_requirements():
    found = {c.name.lower().replace("_", "-"): c for c in components()}
    assert found["certifi"].licence == "MPL-2.0"  # the one the hand-kept list missed
    assert "LGPL-3.0" in found["pyside6-essentials"].licence
    assert {"pyside6-pdf", "sqlalchemy", "reportlab", "pyhanko", "qtawesome"} <= set(found)
    assert "pyside6-addons" not in found and "pytest" not in found  # not required by the app
    assert "psycopg" not in found  # the postgres extra is not asked for
    with_pg = {c.name.lower() for c in components(extras=("postgres",))}
    assert {"psycopg", "psycopg-binary"} <= with_pg
    assert all(c.texts for c in found.values() if c.name.lower() == "certifi")


def test_notices_file_has_table_and_texts(tmp_path):
    text = notices_text()
    assert text.startswith("Inspector — third-party notices")
    assert "MIT licence" in text and "Mozilla Public License" in text
    assert "OpenSSL (cryptography): Apache-2.0" in text
    path = write_notices(tmp_path / "THIRD-PARTY-NOTICES.txt")
    assert path.read_text(encoding="utf-8") == text
