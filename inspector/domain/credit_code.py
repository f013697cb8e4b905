"""The unified social credit code (统一社会信用代码, GB 32100-2015) and its check character.

An 18-character code ends in a check character computed from the first 17
(python-stdnum's ``stdnum.cn.uscc`` does the arithmetic). A 15-digit number is
an older business registration number (营业执照注册号, GB/T 17710 MOD 11,10).
"""

from __future__ import annotations

import re

from stdnum import exceptions as stdnum_errors
from stdnum.cn import uscc
from stdnum.iso7064 import mod_11_10

from inspector.domain.text import Message


def normalise_credit_code(text: str) -> str:
    """Upper case, without spaces or dashes (how codes are stored)."""
    return re.sub(r"[\s\-]", "", text or "").upper()


def expected_check_character(code: str) -> str | None:
    """The check character the first 17 characters call for, or None when they cannot."""
    body = normalise_credit_code(code)[:17]
    if len(body) != 17:
        return None
    try:
        return uscc.calc_check_digit(body)
    except (KeyError, ValueError, stdnum_errors.ValidationError):
        return None


def credit_code_problem(code: str) -> Message | None:
    """Why ``code`` fails its check, as a sentence naming the expected character; None if fine.

    An empty code is fine (not every site has one).
    """
    c = normalise_credit_code(code)
    if not c:
        return None
    if len(c) == 15 and c.isdigit():
        if mod_11_10.is_valid(c):
            return None
        return Message("营业执照注册号“{}”的校验位有误", c)
    if len(c) != 18:
        return Message("统一社会信用代码“{}”应为 18 位（现为 {} 位）", c, len(c))
    try:
        uscc.validate(c)
    except stdnum_errors.InvalidChecksum:
        return Message(
            "统一社会信用代码“{}”的校验位有误：第 18 位应为“{}”", c, expected_check_character(c)
        )
    except stdnum_errors.ValidationError:
        return Message("统一社会信用代码“{}”含有不允许的字符", c)
    return None


def with_check_character(body: str) -> str:
    """The 17 characters ``body`` followed by their check character (for demo data)."""
    return body + uscc.calc_check_digit(body)
