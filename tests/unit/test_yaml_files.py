"""The office's small YAML files: every failure is a sentence naming the file, and a
damaged alias table is refused rather than written over."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector.services.core.errors import UserError
from inspector.services.core.kind_aliases import office_aliases_path, remember_aliases
from inspector.services.core.yaml_files import read_mapping

SENTENCES = {
    "unreadable": "无法读取测试文件 {}：{}",
    "malformed": "测试文件 {} 格式错误：{}",
    "not_mapping": "测试文件 {} 应为映射",
}


def test_a_mapping_and_an_empty_file_are_read(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("limit_m: 200\nkinds: {a: 1}\n", encoding="utf-8")
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    assert read_mapping(good, **SENTENCES) == {"limit_m": 200, "kinds": {"a": 1}}
    assert read_mapping(empty, **SENTENCES) == {}
    assert read_mapping(tmp_path / "none.yaml", missing_ok=True, **SENTENCES) == {}


@pytest.mark.parametrize(
    ("content", "start"),
    [
        (None, "无法读取测试文件"),  # missing, and missing is not allowed
        (b"a: [1, 2\n", "测试文件"),  # not YAML
        (b"\xff\xfe\x00bad", "测试文件"),  # not UTF-8
        (b"- a\n- b\n", "测试文件"),  # a list, not a mapping
    ],
)
def test_each_failure_is_a_sentence_naming_the_file(
    tmp_path: Path, content: bytes | None, start: str
) -> None:
    path = tmp_path / "office.yaml"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        read_mapping(path, **SENTENCES)
    text = str(caught.value)
    assert text.startswith(start) and str(path) in text
    assert caught.value.template in SENTENCES.values()


def test_a_damaged_alias_table_is_refused_not_written_over(ctx) -> None:
    path = office_aliases_path(ctx)
    path.write_text("- 这是一份被改坏的别名表\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(UserError, match="别名表"):
        remember_aliases(ctx, {"洗车店": "public_venue"})
    assert path.read_bytes() == before
