"""The first-run wizard, driven like a user: identity, certificate, font check, start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.services.core.settings import load_settings
from inspector.services.paperwork import keys
from inspector.ui.shell.first_run import FONT_PACKAGE, FirstRunWizard, needs_first_run


def _wizard(qtbot, ctx) -> FirstRunWizard:
    w = FirstRunWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def test_shown_only_without_an_inspector_and_never_in_demo(ctx):
    assert needs_first_run(ctx)
    assert not needs_first_run(ctx, demo=True)
    ctx.settings.inspector_name = "周明远"
    assert not needs_first_run(ctx)


def test_walk_through_creates_settings_and_certificate(qtbot, ctx):
    w = _wizard(qtbot, ctx)
    next_button = w.button(w.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the inspector's name is required
    # QTest types ASCII only: Chinese text is set as an input method would commit it.
    w.identity.office.setText("青石街道文明创建办公室")
    w.identity.inspector.setText("周明远")
    w.identity.id_no.setText("湘执4310030001")
    w.identity.grid.setText("青石社区第1网格")
    w.identity.community.setText("青石社区")
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    stored = load_settings(ctx.engine)
    assert (stored.office_name, stored.inspector_name, stored.inspector_id_no) == (
        "青石街道文明创建办公室",
        "周明远",
        "湘执4310030001",
    )
    assert (stored.grid, stored.community) == ("青石社区第1网格", "青石社区")

    page = w.certificate
    assert w.currentPage() is page and page.create_new.isChecked()
    qtbot.keyClicks(page.passphrase, "abc")
    qtbot.keyClicks(page.repeat, "abc")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert w.currentPage() is page and "6" in page.error.text()  # stays, says why
    page.passphrase.setText("geheim-123")
    page.repeat.setText("geheim-124")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert w.currentPage() is page and "不一致" in page.error.text()
    page.repeat.setText("geheim-123")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    info = keys.key_info(ctx)
    assert info is not None and "周明远" in info.subject and info.protected
    keys.load_identity(ctx, "geheim-123")  # the passphrase opens the key

    assert w.currentPage() is w.font_page
    assert w.font_page.embedded is True  # fonts-wqy-microhei is installed here
    assert "wqy" in w.font_page.result.text()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert w.currentPage() is w.start and w.start.start.isChecked()
    w.button(w.WizardButton.FinishButton).click()
    assert w.result() == w.DialogCode.Accepted


def test_font_page_names_the_package_when_the_font_is_unusable(qtbot, ctx, tmp_path):
    w = _wizard(qtbot, ctx)
    bogus = tmp_path / "not-a-font.ttf"
    bogus.write_bytes(b"nothing")
    w.font_page.embedded, w.font_page._path = None, None
    ok = w.font_page.use_font(str(bogus))
    # The setting is kept; a system font may still be found after it, else the hint shows.
    assert load_settings(ctx.engine).font_path == str(bogus)
    if not ok:
        assert FONT_PACKAGE in w.font_page.result.text()
    w.font_page.embedded = False
    w.font_page._show()
    assert FONT_PACKAGE in w.font_page.result.text()


def test_bundle_import_error_is_shown_inline(qtbot, ctx, tmp_path):
    w = _wizard(qtbot, ctx)
    junk = tmp_path / "office.bundle"
    junk.write_bytes(b"PK\x03\x04 definitely not a bundle")
    assert not w.start.import_bundle(junk)
    assert w.start.error.text()  # a sentence, no exception


def _tab_chain(page) -> list:
    """The page's focusable widgets in the order Tab visits them."""
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtWidgets import QWidget

    def focusable(w) -> bool:
        return bool(w.focusPolicy() & _Qt.FocusPolicy.TabFocus) and w.isVisibleTo(page)

    widgets = [w for w in page.findChildren(QWidget) if focusable(w)]
    chain, w = [], widgets[0]
    for _ in range(500):
        if focusable(w) and page.isAncestorOf(w) and w not in chain:
            chain.append(w)
        w = w.nextInFocusChain()
    assert set(chain) == set(widgets)
    first = min(
        chain,
        key=lambda x: (
            x.mapTo(page, x.rect().topLeft()).y(),
            x.mapTo(page, x.rect().topLeft()).x(),
        ),
    )
    k = chain.index(first)
    return chain[k:] + chain[:k]


def test_tab_order_follows_the_screen(qtbot, ctx):
    w = _wizard(qtbot, ctx)
    w.identity.inspector.setText("周明远")
    seen = []
    for page in (w.identity, w.certificate, w.font_page, w.start):
        assert w.currentPage() is page
        chain = _tab_chain(page)
        rows = [x.mapTo(page, x.rect().topLeft()).y() for x in chain]
        names = [x.objectName() or type(x).__name__ for x in chain]
        assert rows == sorted(rows), list(zip(names, rows, strict=True))
        assert len(set(rows)) > 1 or page is w.font_page  # laid out, not all at one spot
        seen.append(len(chain))
        if page is w.certificate:
            page.later.setChecked(True)
        w.next()
    assert seen[1] >= 8  # radios, file, browse, file password, passphrase twice


def _accelerators(w) -> list[str]:
    """The Alt+letter keys of the visible controls: the page's and the wizard's buttons."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    page = w.currentPage()
    widgets = [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
    widgets += [
        w.button(b)
        for b in (
            w.WizardButton.BackButton,
            w.WizardButton.NextButton,
            w.WizardButton.FinishButton,
            w.WizardButton.CancelButton,
        )
    ]
    for widget in widgets:
        if not widget.isVisibleTo(w):
            continue
        text = widget.text().replace("&&", "")
        if "&" in text:
            found.append(text[text.index("&") + 1].upper())
    return found


def test_enter_means_next_the_step_is_shown_and_accelerators_are_unique(qtbot, ctx):
    from PySide6.QtWidgets import QApplication

    w = _wizard(qtbot, ctx)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    assert w.step_label.text() == "第 1 步，共 4 步" and "第 1 步，共 4 步" in w.windowTitle()
    keys_seen = _accelerators(w)
    assert len(keys_seen) == len(set(keys_seen)) >= 6, keys_seen
    w.identity.inspector.setText("周明远")
    qtbot.keyClick(w.identity.inspector, Qt.Key.Key_Return)
    assert w.currentPage() is w.certificate and w.step_label.text() == "第 2 步，共 4 步"
    keys_seen = _accelerators(w)
    assert len(keys_seen) == len(set(keys_seen)), keys_seen
    # Enter on a page's own push button still means Next, not that button
    w.certificate.later.setChecked(True)
    w.certificate.browse.setEnabled(True)
    w.certificate.browse.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert w.currentPage() is w.font_page and w.step_label.text() == "第 3 步，共 4 步"
    w.font_page.recheck.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert w.currentPage() is w.start and w.step_label.text() == "第 4 步，共 4 步"
    keys_seen = _accelerators(w)
    assert len(keys_seen) == len(set(keys_seen)), keys_seen
