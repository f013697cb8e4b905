"""The register (一档一册): sites (场所), their licences, schools and their gate points."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from inspector.store.models.base import SyncedModel


class Site(SyncedModel, table=True):
    """A place that is inspected: a shop, a market, a service counter."""

    __tablename__ = "site"

    name: str = Field(index=True, max_length=200)
    kind: str = Field(index=True, max_length=40)  # a code from inspector.domain.site_kinds
    address: str = Field(default="", max_length=300)
    grid: str = Field(default="", index=True, max_length=100)  # 网格
    community: str = Field(default="", max_length=100)  # 社区
    responsible_person: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=50)
    credit_code: str = Field(default="", max_length=50)  # 统一社会信用代码
    # The credit code fails its check character; the clerk kept it anyway (未核验).
    credit_code_unchecked: bool = Field(default=False)
    lat: float | None = None
    lon: float | None = None
    notes: str = Field(default="")
    archived: bool = Field(default=False, index=True)


class Licence(SyncedModel, table=True):
    """A licence or permit a site holds (营业执照, 网络文化经营许可证 ...)."""

    __tablename__ = "licence"

    site_id: str = Field(foreign_key="site.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=100)
    number: str = Field(default="", max_length=100)
    valid_until: date | None = None


class School(SyncedModel, table=True):
    """A primary or secondary school or a kindergarten: the centre of a 200 m circle."""

    __tablename__ = "school"

    name: str = Field(index=True, max_length=200)
    kind: str = Field(default="primary", max_length=40)  # primary / middle / kindergarten ...
    address: str = Field(default="", max_length=300)
    grid: str = Field(default="", index=True, max_length=100)
    community: str = Field(default="", max_length=100)
    notes: str = Field(default="")
    archived: bool = Field(default=False, index=True)


class SchoolPoint(SyncedModel, table=True):
    """A gate or a boundary point of a school, by coordinates (WGS-84 degrees)."""

    __tablename__ = "school_point"

    school_id: str = Field(foreign_key="school.id", index=True, ondelete="CASCADE")
    kind: str = Field(default="gate", max_length=20)  # gate | boundary
    label: str = Field(default="", max_length=100)
    lat: float
    lon: float
