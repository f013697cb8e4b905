"""Re-checking every restricted site under the current method, beside what was signed.

Finished inspections keep the distance and method they were signed with; this
use case never rewrites them. For every site of a kind the policy restricts it
computes today's straight line to the nearest campus boundary (a new line of
its own) and sets it beside the site's last signed measurement, so an office
sees which verdicts the boundary rule or converted coordinates change.

The figure is always a straight line computed from coordinates; the policy may
decide the site's kind by a walking distance instead (``method`` per kind, else
``deciding_method``). A walk is never shorter than the straight line between its
ends, so for such a kind the computed line is only a lower bound: at or above
the limit the site meets it, below the limit the walk has to be measured on site.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlmodel import col, select

from inspector.domain.distance import computed_method_text, school_distances
from inspector.domain.policy import METHODS, STRAIGHT_LINE
from inspector.domain.text import N_
from inspector.services.core.context import AppContext
from inspector.services.core.policy import distance_policy
from inspector.services.register.school_distance import school_points
from inspector.store.engine import read_session
from inspector.store.models import Site
from inspector.store.models.inspection import DistanceMeasurement, Inspection

INSIDE = "inside"  # closer than the limit: the rule is broken
OUTSIDE = "outside"
UNKNOWN = "unknown"  # no coordinates, or no school to measure to
MEASURE = "measure_walk"  # a walking distance decides and the straight line is below the limit

VERDICT_TEXT = {  # N_: the command line prints them in its language
    INSIDE: N_("距离不足（不合格）"),
    OUTSIDE: N_("符合距离要求"),
    UNKNOWN: N_("无法计算"),
    MEASURE: N_("直线不足限值，须实地测量步行距离后定论"),
}
DECIDES = "decides"  # the computed straight line is the deciding method
LOWER_BOUND = "lower_bound"  # a walking distance decides: the straight line is a lower bound


@dataclass(frozen=True)
class SignedLine:
    """The last finished inspection's distance, as it was signed."""

    inspection_id: str
    finished_at: str
    distance_m: float | None
    method: str  # a measuring method (straight_line …) or a computed method code
    method_text: str
    measured: bool  # a measured distance (else the straight line computed from coordinates)
    verdict: str


@dataclass(frozen=True)
class RecheckLine:
    site_id: str
    site_name: str
    site_kind: str
    school: str
    distance_m: float | None
    limit_m: float | None
    method: str  # how the straight line shown was computed (boundary_geodesic …)
    method_text: str
    verdict: str
    signed: SignedLine | None
    differs: bool  # the verdict differs from the last signed one
    deciding_method: str = STRAIGHT_LINE  # the policy's method for the site's kind
    deciding_method_text: str = ""
    computed_role: str = DECIDES  # DECIDES or LOWER_BOUND: what the straight line is worth

    def to_data(self) -> dict:
        return asdict(self)


def _verdict(distance: float | None, limit: float | None, lower_bound: bool = False) -> str:
    """The verdict of a distance; a lower bound below the limit decides nothing."""
    if distance is None or limit is None:
        return UNKNOWN
    if distance >= limit:
        return OUTSIDE
    return MEASURE if lower_bound else INSIDE


def _signed(session, site_id: str, policy) -> SignedLine | None:
    """The distance of the site's last finished inspection that has one."""
    finished = session.exec(
        select(Inspection)
        .where(Inspection.site_id == site_id, Inspection.status == "finished")
        .order_by(col(Inspection.finished_at).desc())
    ).all()
    for insp in finished:
        method = policy.method_for(insp.site_kind)
        measured = [
            m.distance_m
            for m in session.exec(
                select(DistanceMeasurement).where(DistanceMeasurement.inspection_id == insp.id)
            )
            if m.method == method
        ]
        limit = insp.distance_limit_m
        when = insp.finished_at.isoformat() if insp.finished_at else ""
        if measured:
            d = min(measured)
            text = METHODS[method].zh_CN if method in METHODS else method
            return SignedLine(insp.id, when, d, method, text, True, _verdict(d, limit))
        if insp.computed_distance_m is not None:
            d = insp.computed_distance_m
            text = computed_method_text(insp.distance_method)
            return SignedLine(
                insp.id, when, d, insp.distance_method, text, False, _verdict(d, limit)
            )
    return None


def recheck(ctx: AppContext) -> list[RecheckLine]:
    """Every site of a restricted kind: nearest school, distance, method, verdict, and
    whether the verdict differs from its last signed measurement (sorted by distance)."""
    policy = distance_policy(ctx)
    kinds = policy.enabled_site_kinds
    out: list[RecheckLine] = []
    with read_session(ctx.engine) as s:
        points = school_points(s)
        sites = s.exec(
            select(Site).where(col(Site.kind).in_(kinds), Site.archived == False)  # noqa: E712
        ).all()
        for site in sites:
            near = []
            if site.lat is not None and site.lon is not None:
                near = school_distances(site.lat, site.lon, points, policy, site.kind, first=1)
            first = near[0] if near else None
            distance = first.distance_m if first else None
            limit = first.limit_m if first else None
            deciding = policy.method_for(site.kind)
            lower = deciding != STRAIGHT_LINE
            verdict = _verdict(distance, limit, lower)
            signed = _signed(s, site.id, policy)
            method = first.method if first else ""
            out.append(
                RecheckLine(
                    site.id,
                    site.name,
                    site.kind,
                    first.school_name if first else "",
                    distance,
                    limit,
                    method,
                    computed_method_text(method) if first else "",
                    verdict,
                    signed,
                    bool(
                        signed
                        and signed.verdict != verdict
                        and not {UNKNOWN, MEASURE} & {verdict, signed.verdict}
                    ),
                    deciding,
                    METHODS[deciding].zh_CN if deciding in METHODS else deciding,
                    LOWER_BOUND if lower else DECIDES,
                )
            )
    out.sort(key=lambda r: (r.distance_m is None, r.distance_m or 0.0, r.site_name))
    return out
