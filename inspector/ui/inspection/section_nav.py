"""The walk's section list (progress per section) and the progress line above the item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from inspector.domain.scoring import UNANSWERED
from inspector.services.inspection.view import InspectionView, ItemRef, instance_label
from inspector.ui.shell.i18n import local

FIRST_ROLE = Qt.ItemDataRole.UserRole
LAST_ROLE = Qt.ItemDataRole.UserRole + 1


def section_groups(view: InspectionView) -> list[list[int]]:
    """Item indexes grouped by (template, section, stall), in walking order (hidden left out)."""
    groups: list[list[int]] = []
    last = None
    for i, r in enumerate(view.items):
        if view.is_hidden(r.key):
            continue
        k = (r.template_id, r.section.code, r.instance)
        if k != last:
            groups.append([])
            last = k
        groups[-1].append(i)
    return groups


def _title(view: InspectionView, ref: ItemRef) -> str:
    """The section's title; for a stall, followed by its number or name."""
    label = instance_label(view, ref)
    return f"{local(ref.section.title)} {label}" if label else local(ref.section.title)


def progress_text(view: InspectionView, current: int, tr=None) -> str:
    """ "<template> · <section>  item p/n of the section (answered a)  item i/total".

    ``tr`` is unused: the texts are translated in the WalkWindow context, where lupdate puts them.
    """
    if not view.items:
        return QCoreApplication.translate("WalkWindow", "此检查没有检查项。")
    ref = view.items[current]
    same = [
        r
        for r in view.items
        if (r.template_id, r.section.code, r.instance)
        == (ref.template_id, ref.section.code, ref.instance)
        and not view.is_hidden(r.key)
    ]
    done = sum(1 for r in same if view.status(r.key) != UNANSWERED)
    return QCoreApplication.translate(
        "WalkWindow",
        "<b>{tpl} · {section}</b>　本节第 {pos}/{n} 项（已答 {done}）　全部第 {i}/{total} 项",
    ).format(
        tpl=local(ref.template_title),
        section=_title(view, ref),
        pos=same.index(ref) + 1 if ref in same else 0,
        n=len(same),
        done=done,
        i=current + 1,
        total=len(view.items),
    )


class SectionNav(QListWidget):
    """One row per section with answered/total; clicking emits the section's first item."""

    jump = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("section_list")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # long section titles (English ones especially) wrap instead of scrolling sideways
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(lambda it: self.jump.emit(int(it.data(FIRST_ROLE))))

    def show_sections(self, view: InspectionView, current: int) -> None:
        self.clear()
        for idxs in section_groups(view):
            ref = view.items[idxs[0]]
            done = sum(1 for i in idxs if view.status(view.items[i].key) != UNANSWERED)
            mark = "✔ " if done == len(idxs) else ""
            it = QListWidgetItem(f"{mark}{_title(view, ref)}  {done}/{len(idxs)}")
            it.setToolTip(local(ref.template_title))
            it.setData(FIRST_ROLE, idxs[0])
            it.setData(LAST_ROLE, idxs[-1])
            self.addItem(it)
        # as wide as the longest title needs, within reason; the splitter can still widen it
        wanted = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8
        self.setMinimumWidth(max(140, min(wanted, 300)))
        self.mark_current(current)

    def mark_current(self, current: int) -> None:
        for row in range(self.count()):
            it = self.item(row)
            if int(it.data(FIRST_ROLE)) <= current <= int(it.data(LAST_ROLE)):
                self.setCurrentRow(row)
                return
