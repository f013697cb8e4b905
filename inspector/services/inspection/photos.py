"""Photos of an inspection: oriented, downscaled, hashed, and kept in the data directory.

The stored copy is a JPEG at most :data:`MAX_SIDE` pixels on its long side,
turned upright by its EXIF orientation. The SHA-256 of the original file is
recorded (so the original can be matched later); the original itself is copied
to ``photos/originals`` when the setting ``keep_original_photos`` is on.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlmodel import select

from inspector.services.core import audit
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.inspection.view import load_in
from inspector.store.atomic import atomic_write_bytes
from inspector.store.engine import read_session, write_session
from inspector.store.models.inspection import Inspection, Photo
from inspector.store.types import new_id

MAX_SIDE = 1600
JPEG_QUALITY = 85
PURPOSES = ("item", "distance", "header", "correction")


def _write_durably(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data)


def downscale(raw: bytes) -> tuple[bytes, int, int]:
    """The upright JPEG copy of an image and its size; UserError if it is not an image."""
    try:
        with Image.open(io.BytesIO(raw)) as img:
            img.load()
            upright = ImageOps.exif_transpose(img)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise UserError("无法读取该图片文件，请选择 JPEG 或 PNG 照片。") from None
    if upright.mode not in ("RGB", "L"):
        background = Image.new("RGB", upright.size, "white")
        rgba = upright.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        upright = background
    upright.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue(), upright.width, upright.height


def add_photo(
    ctx: AppContext,
    inspection_id: str,
    source: Path | str | bytes,
    *,
    template_id: str | None = None,
    item_code: str | None = None,
    purpose: str = "item",
    caption: str = "",
    original_name: str | None = None,
    measurement_id: str | None = None,
) -> Photo:
    """Attach a photo (a file path or the image bytes) to an inspection or one of its items."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown photo purpose {purpose!r}")
    if isinstance(source, bytes):
        raw, name, suffix = source, original_name or "", ".jpg"
    else:
        path = Path(source)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise UserError("无法读取照片 {}：{}", path.name, exc.strerror) from None
        name, suffix = original_name or path.name, path.suffix.lower() or ".jpg"
    with read_session(ctx.engine) as s:
        insp = s.get(Inspection, inspection_id)
        if insp is None:
            raise UserError("找不到该检查记录。")
        if insp.status != "draft":
            raise UserError("该检查已完成并锁定，不能再添加照片。")
        if (
            item_code is not None
            and load_in(s, ctx, inspection_id, scored=False).item(template_id or "", item_code)
            is None
        ):
            raise UserError("该检查中没有检查项 {}，照片未添加。", item_code)
    stored, width, height = downscale(raw)
    photo_id = new_id()
    file_name = f"{photo_id}.jpg"
    ctx.paths.photos.mkdir(parents=True, exist_ok=True)
    target = ctx.paths.photos / file_name
    _write_durably(target, stored)
    kept = bool(ctx.settings.keep_original_photos)
    if kept:
        ctx.paths.originals.mkdir(parents=True, exist_ok=True)
        _write_durably(ctx.paths.originals / f"{photo_id}{suffix}", raw)
    try:
        with write_session(ctx.engine) as s:
            insp = s.get(Inspection, inspection_id)
            if insp is None or insp.status != "draft":
                raise UserError("该检查已完成并锁定，不能再添加照片。")
            photo = Photo(
                id=photo_id,
                inspection_id=inspection_id,
                template_id=template_id,
                item_code=item_code,
                purpose=purpose,
                measurement_id=measurement_id,
                file_name=file_name,
                original_name=name[:300],
                original_sha256=hashlib.sha256(raw).hexdigest(),
                stored_sha256=hashlib.sha256(stored).hexdigest(),
                original_kept=kept,
                width=width,
                height=height,
                caption=caption.strip(),
                created_by_device=ctx.device_id,
            )
            s.add(photo)
            audit.record(
                s,
                inspection_id=inspection_id,
                entity="photo",
                entity_id=photo_id,
                field="added",
                old=None,
                new={"item": f"{template_id}/{item_code}", "file": file_name,
                     "original_sha256": photo.original_sha256, "purpose": purpose},
                actor=insp.lead_inspector_name,
                device=ctx.device_id,
            )  # fmt: skip
            insp.touch(ctx.device_id)
            s.add(insp)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return photo


def remove_photo(ctx: AppContext, photo_id: str) -> None:
    """Detach and delete a photo of a draft inspection (logged)."""
    with write_session(ctx.engine) as s:
        photo = s.get(Photo, photo_id)
        if photo is None:
            raise UserError("找不到该照片。")
        insp = s.get(Inspection, photo.inspection_id)
        if insp is None or insp.status != "draft":
            raise UserError("该检查已完成并锁定，不能删除照片。")
        audit.record(
            s,
            inspection_id=insp.id,
            entity="photo",
            entity_id=photo.id,
            field="removed",
            old={"item": f"{photo.template_id}/{photo.item_code}", "file": photo.file_name,
                 "original_sha256": photo.original_sha256},
            new=None,
            actor=insp.lead_inspector_name,
            device=ctx.device_id,
        )  # fmt: skip
        s.delete(photo)
        insp.touch(ctx.device_id)
        s.add(insp)
        file_name = photo.file_name
    (ctx.paths.photos / file_name).unlink(missing_ok=True)


def photo_path(ctx: AppContext, photo: Photo) -> Path:
    """The stored (downscaled) file of a photo."""
    return ctx.paths.photos / photo.file_name


def photos_of(
    ctx: AppContext,
    inspection_id: str,
    template_id: str | None = None,
    item_code: str | None = None,
) -> list[Photo]:
    """Photos of an inspection; with an item, only that item's."""
    with read_session(ctx.engine) as s:
        q = select(Photo).where(Photo.inspection_id == inspection_id)
        if item_code is not None:
            q = q.where(Photo.template_id == template_id, Photo.item_code == item_code)
        return sorted(s.exec(q), key=lambda p: p.created_at)
