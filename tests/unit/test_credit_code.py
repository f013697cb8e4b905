"""The credit code's check character (python-stdnum's cn.uscc) and the older registration number."""

from __future__ import annotations

import pytest

from inspector.domain.credit_code import (
    credit_code_problem,
    expected_check_character,
    normalise_credit_code,
    with_check_character,
)


def test_a_right_code_passes_and_a_wrong_one_names_the_expected_character():
    assert credit_code_problem("91350100M000100Y43") is None  # a published example
    assert credit_code_problem("") is None
    problem = credit_code_problem("91350100M000100Y44")
    assert problem == "统一社会信用代码“91350100M000100Y44”的校验位有误：第 18 位应为“3”"
    assert expected_check_character("91350100M000100Y4") == "3"


@pytest.mark.parametrize(
    "code, words",
    [
        ("9135010", "应为 18 位（现为 7 位）"),
        ("91350100M000100YI3", "不允许的字符"),  # I is not in the code's alphabet
        ("431003600001235", "营业执照注册号"),
    ],
)
def test_wrong_forms(code, words):
    assert words in credit_code_problem(code)


def test_old_registration_number_and_typing_variants():
    assert credit_code_problem("431003600001234") is None  # 15 digits, MOD 11,10 right
    assert normalise_credit_code(" ９１３５０１００m000100y43 ") == "91350100M000100Y43"
    assert credit_code_problem("９１３５０１００m000100-y43") is None
    assert credit_code_problem(with_check_character("92431003MA4L0QF2X")) is None
