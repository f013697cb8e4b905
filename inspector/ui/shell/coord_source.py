"""Which map typed or pasted coordinates came from: a combo box beside every coordinate field.

高德 and 腾讯 give GCJ-02 and 百度 BD-09, a few hundred metres from WGS-84; the
services convert them (see :mod:`inspector.domain.datum`). The last choice is
remembered per user (the inspector named in the settings), so an inspector who
always copies from 高德 answers the question once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from inspector.domain.datum import DATUMS, ENTRY_ORIGINS, ORIGINS, source
from inspector.services.core.context import AppContext
from inspector.services.core.settings import get_value, set_value
from inspector.ui.shell.i18n import follow_language, local

SETTING_PREFIX = "coord_origin/"


def _key(ctx: AppContext) -> str:
    return SETTING_PREFIX + (ctx.settings.inspector_name.strip() or "-")


def remembered_origin(ctx: AppContext) -> str:
    """The map this user's coordinates came from last time ("typed" WGS-84 at first)."""
    origin = get_value(ctx.engine, _key(ctx), "typed")
    return origin if origin in ENTRY_ORIGINS else "typed"


def origin_label(origin: str) -> str:
    """A map and its datum in the interface language, e.g. "高德地图 · GCJ-02"."""
    name, datum = ORIGINS[origin]
    label, tag = local(name), local(DATUMS[datum])
    return label if tag in label else f"{label} · {tag}"


class CoordSourceBox(QComboBox):
    """坐标来自：手工输入 (WGS-84) / 高德 / 腾讯 / 百度 / 天地图 / 本机定位."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("coord_source")
        self.setToolTip(
            self.tr(
                "坐标从哪个地图复制或输入：高德、腾讯为 GCJ-02，百度为 BD-09，将换算为 WGS-84 保存"
            )
        )
        for origin in ENTRY_ORIGINS:
            self.addItem(origin_label(origin), origin)
        follow_language(self, lambda origin: origin_label(origin) if origin in ORIGINS else None)
        self.set_origin(remembered_origin(ctx))

    def origin(self) -> str:
        return str(self.currentData())

    def set_origin(self, origin: str) -> None:
        i = self.findData(origin)
        if i >= 0:
            self.setCurrentIndex(i)

    def source(self) -> str:
        """The stored source text of the current choice (``origin:datum``)."""
        return source(self.origin())

    def remember(self) -> None:
        """Keep the choice for this user's next coordinates."""
        if self.origin() != remembered_origin(self.ctx):
            set_value(self.ctx.engine, _key(self.ctx), self.origin())
