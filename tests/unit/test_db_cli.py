"""``inspector db info`` and ``db use``: which database a data directory uses."""

from __future__ import annotations

from pg import office_db_url, postgres_server  # noqa: F401  (fixtures)


def test_db_info_prints_path_revision_and_journal_mode(cli, tmp_path):
    data = tmp_path / "d"
    proc = cli("--data-dir", str(data), "db", "info")
    assert proc.returncode == 0, proc.stderr
    assert str(data / "inspector.sqlite3") in proc.stdout
    assert "日志模式：wal" in proc.stdout
    assert "结构版本：" in proc.stdout


def test_db_use_points_the_data_dir_at_another_database(cli, tmp_path, office_db_url):  # noqa: F811
    data = tmp_path / "d"
    url = office_db_url or f"sqlite:///{tmp_path / 'office.sqlite3'}"
    proc = cli("--data-dir", str(data), "db", "use", url)
    assert proc.returncode == 0, proc.stderr
    info = cli("--data-dir", str(data), "db", "info")
    assert info.returncode == 0, info.stderr
    if office_db_url:
        assert "PostgreSQL" in info.stdout
    else:
        assert url.removeprefix("sqlite:///") in info.stdout
    assert not (data / "inspector.sqlite3").exists()
    back = cli("--data-dir", str(data), "db", "use", "--local")
    assert back.returncode == 0
    assert str(data / "inspector.sqlite3") in cli("--data-dir", str(data), "db", "info").stdout


def test_environment_variable_names_the_database(cli, tmp_path):
    other = tmp_path / "other.sqlite3"
    proc = cli(
        "--data-dir", str(tmp_path / "d"), "db", "info", env={"INSPECTOR_DB": f"sqlite:///{other}"}
    )
    assert proc.returncode == 0, proc.stderr
    assert str(other) in proc.stdout


def test_unreachable_database_is_a_sentence_and_changes_nothing(cli, tmp_path):
    data = tmp_path / "d"
    proc = cli("--data-dir", str(data), "db", "use", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert proc.returncode == 2
    assert "无法打开数据库" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (data / "database-url.txt").exists()
