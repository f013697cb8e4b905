"""``inspector schools recheck`` names the method the policy decides each kind by.

An office policy switches tobacco sellers on with a walking distance from the
school entrance; internet cafés keep the straight line. The command (a real
subprocess) must say, per site, which method decides and that the figure shown
is the straight line computed from coordinates: the decision itself for the café,
only a lower bound for the tobacco sellers (a walk is never shorter). A tobacco
seller whose straight line is under the limit is not called "too close": its walk
has to be measured.
"""

from __future__ import annotations

import json

from geographiclib.geodesic import Geodesic

from inspector.services.core.context import open_context
from inspector.services.register.distance_recheck import (
    DECIDES,
    INSIDE,
    LOWER_BOUND,
    MEASURE,
    OUTSIDE,
)
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)

G = Geodesic.WGS84
SW = (25.7900, 113.0400)
PLAIN = {"LC_ALL": "", "LC_MESSAGES": ""}


def _go(p, azimuth, s):
    r = G.Direct(p[0], p[1], azimuth, s)
    return (r["lat2"], r["lon2"])


def _south_of_wall(metres: float) -> tuple[float, float]:
    """``metres`` south of the middle of a 300 m south wall."""
    return _go(_go(SW, 90, 150), 180, metres)


def _office(data_dir, tmp_path) -> None:
    policy = tmp_path / "policy"
    policy.mkdir()
    (policy / "distance.yaml").write_text(
        "site_kinds:\n"
        "  tobacco_seller: {enabled: true, limit_m: 100, method: walking_from_entrance}\n",
        encoding="utf-8",
    )
    se = _go(SW, 90, 300)
    campus = [SW, se, _go(se, 0, 200), _go(SW, 0, 200)]
    ctx = open_context(data_dir)
    try:
        ctx.settings.policy_dir = str(policy)
        ctx.save_settings()
        points = [PointData(*c, "boundary", coord_source="gps:wgs84") for c in campus]
        save_school(ctx, SchoolData(name="北湖小学", points=points))
        for name, kind, metres in (
            ("星际网络会所", "internet_cafe", 150.0),
            ("便民烟酒店", "tobacco_seller", 60.0),
            ("远处烟草店", "tobacco_seller", 130.0),
        ):
            lat, lon = _south_of_wall(metres)
            save_site(
                ctx, SiteData(name=name, kind=kind, lat=lat, lon=lon, coord_source="gps:wgs84")
            )
    finally:
        ctx.close()


def test_json_names_the_deciding_method_and_what_the_straight_line_is_worth(
    cli, data_dir, tmp_path
):
    _office(data_dir, tmp_path)
    r = cli("--data-dir", str(data_dir), "schools", "recheck", "--json")
    assert r.returncode == 0, r.stderr
    lines = {x["site_name"]: x for x in json.loads(r.stdout)}
    cafe, near, far = lines["星际网络会所"], lines["便民烟酒店"], lines["远处烟草店"]
    assert cafe["deciding_method"] == "straight_line" and cafe["computed_role"] == DECIDES
    assert cafe["verdict"] == INSIDE and abs(cafe["distance_m"] - 150) < 0.01
    for seller in (near, far):
        assert seller["deciding_method"] == "walking_from_entrance"
        assert seller["computed_role"] == LOWER_BOUND
        assert seller["method"] == "boundary_geodesic"  # the figure: a computed straight line
        assert "步行" in seller["deciding_method_text"] and seller["limit_m"] == 100
    assert abs(near["distance_m"] - 60) < 0.01 and near["verdict"] == MEASURE
    assert abs(far["distance_m"] - 130) < 0.01 and far["verdict"] == OUTSIDE


def test_text_says_which_method_decides_in_chinese_and_english(cli, data_dir, tmp_path):
    _office(data_dir, tmp_path)
    r = cli("--data-dir", str(data_dir), "schools", "recheck", env={"LANG": "zh_CN.UTF-8", **PLAIN})
    assert r.returncode == 0, r.stderr
    per_site = _per_site(r.stdout)
    assert "定论方法：直线距离" in per_site["星际网络会所"]
    assert "下限" not in per_site["星际网络会所"]
    for name in ("便民烟酒店", "远处烟草店"):
        assert "定论方法：自学校出入口起的最短步行距离" in per_site[name], per_site[name]
        assert "直线距离" in per_site[name] and "下限核对，不作定论" in per_site[name]
    assert "须实地测量步行距离" in per_site["便民烟酒店"]
    assert "距离不足（不合格）" not in per_site["便民烟酒店"]
    assert "距离不足（不合格）" in per_site["星际网络会所"]
    en = cli(
        "--data-dir", str(data_dir), "schools", "recheck", env={"LANG": "en_US.UTF-8", **PLAIN}
    )
    assert en.returncode == 0, en.stderr
    per_site = _per_site(en.stdout)
    assert "Shortest walk from the school entrance" in per_site["便民烟酒店"]
    assert "lower bound" in per_site["便民烟酒店"].lower()
    assert "Straight line" in per_site["星际网络会所"]


def _per_site(text: str) -> dict[str, str]:
    """The output's lines grouped under each site's header line (which starts unindented)."""
    out: dict[str, str] = {}
    name = ""
    for line in text.splitlines():
        if line and not line.startswith(" "):
            name = line.split("［")[0].split("[")[0].strip()
            out[name] = line
        elif name:
            out[name] += "\n" + line
    return out
