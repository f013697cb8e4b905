"""``inspector demo create``: a realistic, deterministic demo register."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from inspector.domain.site_kinds import SITE_KINDS
from inspector.services.core.context import open_context
from inspector.services.core.errors import UserError
from inspector.services.demo import builder as demo
from inspector.services.register import entries as reg


def haversine_m(lat1, lon1, lat2, lon2) -> float:
    r = 6_371_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def demo_ctx(tmp_path_factory):
    """The register part of the demo (other capabilities' extensions are tested below)."""
    d = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(demo, "DEMO_EXTENSIONS", [])
        summary = demo.create_demo(d)
    ctx = open_context(d)
    yield summary, ctx
    ctx.close()


def test_counts_kinds_and_settings(demo_ctx):
    summary, ctx = demo_ctx
    sites = reg.search_sites(ctx)
    assert summary == {"sites": len(sites), "schools": 3}
    assert 35 <= len(sites) <= 50
    assert {s.kind for s in sites} == {k.code for k in SITE_KINDS}
    schools = reg.all_school_records(ctx)
    assert sorted(s.kind for s in schools) == ["kindergarten", "middle", "primary"]
    assert all(s.gates and len(s.boundary) >= 3 for s in schools)
    assert ctx.settings.office_name and ctx.settings.inspector_name
    assert ctx.settings.inspector_id_no
    assert len({s.grid for s in sites}) >= 4 and len({s.community for s in sites}) == 3
    records = reg.all_site_records(ctx)
    assert sum(1 for r in records if r.licences) >= 35
    assert any(r.lat is None for r in records)  # some registered without a position


def test_some_internet_cafes_and_game_halls_are_within_200_m_of_a_gate(demo_ctx):
    _, ctx = demo_ctx
    gates = [p for s in reg.all_school_records(ctx) for p in s.gates]

    def nearest(site):
        return min(haversine_m(site.lat, site.lon, g.lat, g.lon) for g in gates)

    close = [s.name for s in reg.search_sites(ctx)
             if s.kind in ("internet_cafe", "game_hall") and s.lat is not None
             and nearest(s) < 200]  # fmt: skip
    far = [s.name for s in reg.search_sites(ctx, kind="internet_cafe")
           if s.lat is not None and nearest(s) > 250]  # fmt: skip
    assert len(close) >= 3 and far
    for site in reg.search_sites(ctx):
        if site.lat is not None:
            assert 25.77 < site.lat < 25.81 and 113.02 < site.lon < 113.06


def test_deterministic_and_refuses_existing_data(tmp_path, demo_ctx, monkeypatch):
    _, ctx = demo_ctx
    monkeypatch.setattr(demo, "DEMO_EXTENSIONS", [])
    demo.create_demo(tmp_path / "again")
    other = open_context(tmp_path / "again")
    try:

        def key(c):
            return [(r.id, r.name, r.lat, r.phone, [(x.kind, x.number, x.valid_until)
                                                    for x in r.licences])
                    for r in reg.all_site_records(c)]  # fmt: skip

        assert sorted(key(other)) == sorted(key(ctx))
    finally:
        other.close()
    with pytest.raises(UserError, match="已有数据库"):
        demo.create_demo(tmp_path / "again")


def test_extensions_run_in_order(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(
        demo,
        "DEMO_EXTENSIONS",
        [
            lambda c: seen.append(len(reg.search_sites(c))),
            "inspector.services.register.entries:register_counts",
        ],
    )
    demo.create_demo(tmp_path / "ext")
    assert seen == [len(demo.SITES)]


@pytest.mark.slow  # builds the full demo, every capability's extension included
def test_cli_demo_create(cli, tmp_path, demo_made, demo_copy):
    """The session's demo is made by this command (tests/conftest.py, ``demo_made``)."""
    r = demo_made
    assert r.returncode == 0, r.stderr
    found = re.search(r"场所：(\d+) 个", r.stdout)
    assert found and int(found[1]) >= len(demo.SITES) and "学校：3 所" in r.stdout
    # every planned follow-up step was taken: a refused one is logged, never skipped silently
    log = Path(r.args[-1]).parent / "home" / "log" / "inspector.log"
    assert log.is_file() and " refused: " not in log.read_text(encoding="utf-8")
    r = cli("demo", "create", str(demo_copy(tmp_path / "d")))
    assert r.returncode == 2 and "已有数据库" in r.stderr


def test_cached_demo_is_built_once_and_copied(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(demo, "DEMO_EXTENSIONS", [])
    first = demo.create_demo(tmp_path / "a", cached=True)
    built = list((tmp_path / "cache").rglob("summary.json"))
    assert len(built) == 1
    second = demo.create_demo(tmp_path / "b", cached=True)
    assert first == second == {"sites": len(demo.SITES), "schools": 3}
    assert list((tmp_path / "cache").rglob("summary.json")) == built  # not built again
    ctx = open_context(tmp_path / "b")
    try:
        assert len(reg.search_sites(ctx)) == len(demo.SITES)
    finally:
        ctx.close()
    with pytest.raises(UserError, match="已有数据库"):
        demo.create_demo(tmp_path / "b", cached=True)


def test_demo_credit_codes_pass_their_check(demo_ctx):
    from inspector.domain.credit_code import credit_code_problem

    sites = reg.all_site_records(demo_ctx[1])
    codes = [s.credit_code for s in sites if s.credit_code]
    assert len(codes) == 40
    assert [c for c in codes if credit_code_problem(c)] == []
    assert not any(s.credit_code_unchecked for s in sites)
