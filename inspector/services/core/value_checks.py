"""Values a service refuses or asks about: hard ranges, plausible ranges, field lengths.

The rules are :mod:`inspector.domain.plausible`'s; this module turns them into
errors the GUI and the CLI show as sentences:

* a number outside its item's hard range, or a text longer than its column,
  is a :class:`UserError` (nothing is written);
* a number outside its plausible range, or a distance that contradicts the
  straight line computed from the coordinates, is an :class:`ImplausibleValue`
  unless the caller passes ``confirmed=True``; a confirmed one is stored with
  a line in the answer's note and an audit entry of kind ``confirm``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from inspector.domain.credit_code import normalise_credit_code
from inspector.domain.plausible import (
    CONFIRMED_PREFIX,
    Range,
    confirmation_line,
    implausible,
    out_of_hard_range,
    plausible_range,
)
from inspector.domain.template_model import Item
from inspector.domain.text import Message
from inspector.services.core import audit
from inspector.services.core.errors import UserError
from inspector.store.models import Licence, School, SchoolPoint, Site
from inspector.store.models.inspection import Inspection

PHONE_CHARS = re.compile(r"^[0-9+\-()（）\s转#,，;；/、]*$")
PHONE_DIGITS = (5, 20)  # a switchboard extension to an international mobile number
CREDIT_CODE_MAX = 18  # 统一社会信用代码; an old registration number has 15


class ImplausibleValue(UserError):
    """A possible but surprising value: the caller may ask and call again with
    ``confirmed=True``. ``value`` is what was given; ``expected`` the plausible range,
    or ``computed_m`` the straight line the value contradicts."""

    def __init__(
        self,
        message: Message,
        *,
        value: float,
        unit: str = "",
        expected: Range | None = None,
        computed_m: float | None = None,
    ) -> None:
        super().__init__(Message("{}如确认无误，请确认后再保存。", message))
        self.reason = message
        self.value = value
        self.unit = unit
        self.expected = expected
        self.computed_m = computed_m


def check_hard(item: Item, value: float | None) -> None:
    """Refuse a count or measurement outside the item's hard range."""
    if value is None:
        return
    problem = out_of_hard_range(item, float(value))
    if problem is not None:
        raise UserError(problem)


def surprise(item: Item, value: float | None) -> Message | None:
    """Why ``value`` needs a confirmation (outside the plausible range), or None."""
    return None if value is None else implausible(item, float(value))


def refuse_unconfirmed(
    item: Item, value: float | None, why: Message | None, confirmed: bool, **extra: Any
) -> None:
    """Raise :class:`ImplausibleValue` for a surprising value the inspector did not confirm."""
    if why is None or confirmed or value is None:
        return
    raise ImplausibleValue(
        why, value=float(value), unit=item.unit, expected=plausible_range(item), **extra
    )


def with_confirmation(note: str, why: Message | None) -> str:
    """The note without earlier confirmation lines, with this one added when ``why`` is given
    (a new value replaces what was confirmed about the old one)."""
    kept = [part for part in (note or "").split("\n") if not part.startswith(CONFIRMED_PREFIX)]
    if why is not None:
        kept.append(str(confirmation_line(why)))
    return "\n".join(part for part in kept if part.strip())


def record_confirmation(
    session: Session,
    *,
    inspection_id: str,
    entity: str,
    entity_id: str,
    field: str,
    why: Message,
    value: float,
    actor: str,
    device: str,
) -> None:
    """The audit entry that says the inspector confirmed a surprising value."""
    audit.record(
        session,
        inspection_id=inspection_id,
        entity=entity,
        entity_id=entity_id,
        field=field,
        old=None,
        new={"value": value, "reason": str(why)},
        actor=actor,
        device=device,
        kind="confirm",
        reason=str(why),
    )


def length_problems(model: Any, values: Mapping[str, Any], labels: Mapping[str, str]) -> list:
    """A sentence per text longer than its column of ``model`` allows (``labels`` name them)."""
    problems: list[Message] = []
    for name, value in values.items():
        if not isinstance(value, str):
            continue
        column = model.__table__.c.get(name)
        length = getattr(getattr(column, "type", None), "length", None)
        text = value.strip()
        if length and len(text) > length:
            what = labels.get(name, name)
            problems.append(
                Message("“{}”最多 {} 个字，现为 {} 个字，未保存", what, length, len(text))
            )
    return problems


def phone_problem(phone: str) -> Message | None:
    """Why ``phone`` cannot be a telephone number (letters, too few or too many digits)."""
    text = (phone or "").strip()
    if not text:
        return None
    digits = sum(ch.isdigit() for ch in text)
    if not PHONE_CHARS.match(text) or not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]:
        return Message(
            "联系电话“{}”不像电话号码（应有 {} 到 {} 位数字，可含 - + 空格 转）",
            text,
            PHONE_DIGITS[0],
            PHONE_DIGITS[1],
        )
    return None


def credit_length_problem(code: str) -> Message | None:
    """A credit code longer than any code can be (a check-character error can be kept)."""
    c = normalise_credit_code(code or "")
    if len(c) > CREDIT_CODE_MAX:
        return Message(
            "统一社会信用代码“{}”有 {} 位，最多 {} 位，未保存", c, len(c), CREDIT_CODE_MAX
        )
    return None


# The register's text fields as a length refusal names them ("“名称”最多 200 个字…").
REGISTER_LABELS = {
    "name": Message("名称"),
    "address": Message("地址"),
    "grid": Message("网格"),
    "community": Message("社区"),
    "responsible_person": Message("负责人"),
    "phone": Message("联系电话"),
    "kind": Message("证照种类"),
    "number": Message("证照编号"),
    "label": Message("坐标点名称"),
}


def site_text_problems(data: Any, fields: tuple[str, ...]) -> list:
    """Texts of a site record (and its licences) longer than their columns; a credit code
    longer than any code is."""
    texts = {f: getattr(data, f) for f in fields if f not in ("kind", "credit_code")}
    problems = length_problems(Site, texts, REGISTER_LABELS)
    if (credit := credit_length_problem(data.credit_code)) is not None:
        problems.append(credit)
    for i, lic in enumerate(data.licences, 1):
        texts = {"kind": lic.kind, "number": lic.number}
        for m in length_problems(Licence, texts, REGISTER_LABELS):
            problems.append(Message("第 {} 个证照：{}", i, m))
    return problems


def school_text_problems(data: Any, fields: tuple[str, ...]) -> list:
    """Texts of a school record (and its points' names) longer than their columns."""
    texts = {f: getattr(data, f) for f in fields if f != "kind"}
    problems = length_problems(School, texts, REGISTER_LABELS)
    for i, p in enumerate(data.points, 1):
        for m in length_problems(SchoolPoint, {"label": p.label}, REGISTER_LABELS):
            problems.append(Message("第 {} 个坐标点：{}", i, m))
    return problems


def inspector_problems(name: str, id_no: str) -> list:
    """The inspector's name and ID number as the settings hold them, longer than the
    inspection's columns they are copied into."""
    labels = {"lead_inspector_name": Message("检查员姓名"),
              "lead_inspector_id_no": Message("检查员证件号")}  # fmt: skip
    values = {"lead_inspector_name": name, "lead_inspector_id_no": id_no}
    return length_problems(Inspection, values, labels)
