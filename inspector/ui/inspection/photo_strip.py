"""A row of photo thumbnails with an "add" button and drag-and-drop.

The strip does not store anything itself: it hands each chosen or dropped file
to an ``adder`` callable (the walk window passes one that calls the inspection
service) and shows what the adder returns. :meth:`PhotoStrip.add_files` is the
one entry point for the file picker, drops and tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.errors import UserError
from inspector.ui.inspection.answer_widgets import TOUCH_PX
from inspector.ui.shell.i18n import error_text

THUMB_PX = 96
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".webp", ".bmp", ".tif", ".tiff")
FILE_FILTER = str(
    QT_TRANSLATE_NOOP("PhotoStrip", "图片 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic)")
)


@dataclass(frozen=True)
class ShownPhoto:
    """A stored photo as the strip shows it."""

    id: str
    path: Path  # the stored (downscaled) copy
    caption: str = ""


PhotoAdder = Callable[[Path], ShownPhoto]
PhotoRemover = Callable[[str], None]


def is_image_path(path: Path) -> bool:
    return path.suffix.lower() in IMAGE_SUFFIXES


def thumbnail(path: Path, size: int = THUMB_PX) -> QPixmap:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # honour EXIF orientation
    image = reader.read()
    if image.isNull():
        return QPixmap()
    return QPixmap.fromImage(
        image.scaled(
            QSize(size, size),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    )


class _Thumb(QLabel):
    """A thumbnail: double-click shows the photo large, right-click offers removal."""

    def __init__(self, strip: PhotoStrip, photo: ShownPhoto):
        super().__init__()
        self.strip = strip
        self.photo = photo

    def mouseDoubleClickEvent(self, event) -> None:
        self.strip.preview(self.photo)

    def contextMenuEvent(self, event) -> None:
        if self.strip.remover is None or self.strip.read_only:
            return
        menu = QMenu(self)
        remove = menu.addAction(self.tr("删除此照片"))
        if menu.exec(event.globalPos()) is remove:
            self.strip.remove(self.photo)


class PhotoStrip(QWidget):
    """Thumbnails of one item's photos; files can be picked or dropped onto it."""

    photos_changed = Signal(int)  # how many photos the strip now shows

    def __init__(
        self,
        adder: PhotoAdder | None = None,
        parent: QWidget | None = None,
        remover: PhotoRemover | None = None,
    ):
        super().__init__(parent)
        self.adder = adder
        self.remover = remover
        self.read_only = False
        self.photos: list[ShownPhoto] = []
        self.setAcceptDrops(True)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("添加照片…"))
        self.add_button.setObjectName("add_photo")
        self.add_button.setMinimumSize(TOUCH_PX * 2, TOUCH_PX)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.setToolTip(self.tr("选择照片文件，或把照片拖到这里（Alt+P）"))
        self.add_button.clicked.connect(self.pick_files)
        outer.addWidget(self.add_button)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFixedHeight(TOUCH_PX)
        self.inner = QWidget()
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr("可将照片拖放到此处"))
        self.hint.setStyleSheet("color: #888;")
        self.row.addWidget(self.hint)
        self.row.addStretch(1)
        self.scroll_area.setWidget(self.inner)
        outer.addWidget(self.scroll_area, 1)
        self.message = QLabel()
        self.message.setObjectName("photo_message")
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

    # --- content -------------------------------------------------------------------------

    def set_photos(self, photos: Iterable[ShownPhoto]) -> None:
        for p in list(self.photos):
            self._remove_thumb(p)
        self.photos = []
        self.scroll_area.setFixedHeight(TOUCH_PX)
        self.hint.show()
        for p in photos:
            self._append(p)
        self.photos_changed.emit(len(self.photos))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setVisible(not read_only)
        self.setAcceptDrops(not read_only)
        self.hint.setVisible(not read_only and not self.photos)

    def _append(self, photo: ShownPhoto) -> None:
        label = _Thumb(self, photo)
        label.setObjectName(f"thumb_{photo.id}")
        label.setFixedSize(THUMB_PX, THUMB_PX)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("border: 1px solid #bbb; background: #fafafa;")
        pix = thumbnail(photo.path)
        if pix.isNull():
            label.setText(self.tr("无法显示"))
        else:
            label.setPixmap(pix)
        label.setToolTip(photo.caption or photo.path.name)
        self.row.insertWidget(self.row.count() - 1, label)
        self.photos.append(photo)
        self.hint.hide()
        self.scroll_area.setFixedHeight(THUMB_PX + 24)

    def _remove_thumb(self, photo: ShownPhoto) -> None:
        w = self.inner.findChild(QLabel, f"thumb_{photo.id}")
        if w is not None:
            w.setParent(None)
            w.deleteLater()

    def remove(self, photo: ShownPhoto) -> bool:
        """Remove through the remover (the service deletes and logs it)."""
        if self.remover is None:
            return False
        try:
            self.remover(photo.id)
        except UserError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self._remove_thumb(photo)
        self.photos = [p for p in self.photos if p.id != photo.id]
        if not self.photos:
            self.scroll_area.setFixedHeight(TOUCH_PX)
            self.hint.setVisible(not self.read_only)
        self.photos_changed.emit(len(self.photos))
        return True

    def preview(self, photo: ShownPhoto) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(photo.caption or photo.path.name)
        lay = QVBoxLayout(dialog)
        label = QLabel()
        label.setPixmap(thumbnail(photo.path, 900))
        lay.addWidget(label)
        dialog.exec()
        dialog.deleteLater()

    # --- adding --------------------------------------------------------------------------

    def pick_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片"), "", self.tr(FILE_FILTER))
        self.add_files(Path(f) for f in files)

    def add_files(self, paths: Iterable[Path]) -> list[ShownPhoto]:
        """Store each file through the adder; problems show beside the strip."""
        added: list[ShownPhoto] = []
        problems: list[str] = []
        if self.adder is None:
            return added
        for path in paths:
            if not is_image_path(path):
                problems.append(self.tr("{name} 不是照片文件").format(name=path.name))
                continue
            try:
                photo = self.adder(path)
            except UserError as exc:
                problems.append(error_text(exc))
                continue
            self._append(photo)
            added.append(photo)
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))
        if added:
            self.photos_changed.emit(len(self.photos))
        return added

    # --- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.adder is not None and any(
            u.isLocalFile() and is_image_path(Path(u.toLocalFile())) for u in urls
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()
