"""The interface language, switchable while the app runs.

Source strings are zh_CN; English comes from ``resources/i18n/inspector_en.qm``
(kept with pyside6-lupdate / pyside6-lrelease through packaging/translations.py,
see docs/packaging.md). The setting is ``""`` (follow the system), ``"zh_CN"`` or ``"en"``.

Switching installs or removes translators; Qt then sends every widget a
``QEvent.LanguageChange``. Widgets that show text implement::

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

and set their texts in ``retranslateUi`` (called once from ``__init__`` too).
Qt's own strings (standard buttons, file dialogs) come from Qt's ``qtbase_*.qm``
(shipped in PySide6's ``Qt/translations``); the few it leaves untranslated in
zh_CN are in our ``resources/i18n/qt_gaps_zh_CN.ts``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from inspector.domain.text import Message, message_of
from inspector.resources import resource

if TYPE_CHECKING:  # QtWidgets' classes are loaded one by one; the start needs no combo box
    from PySide6.QtWidgets import QComboBox

FOLLOW_SYSTEM = ""
CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (FOLLOW_SYSTEM, CHINESE, ENGLISH)


def language_names() -> list[tuple[str, str]]:
    """(setting, label) pairs for a menu or combo box; the labels name themselves."""
    return [
        (FOLLOW_SYSTEM, QCoreApplication.translate("i18n", "跟随系统")),
        (CHINESE, "中文"),
        (ENGLISH, "English"),
    ]


def effective_language(setting: str | None, system: str | None = None) -> str:
    """``"zh_CN"`` or ``"en"`` for a setting; the system locale decides for ``""``.

    Chinese locales, and the C/POSIX locale of bare machines, give zh_CN (the
    product's first language); any other locale gives English.
    """
    if setting in (CHINESE, ENGLISH):
        return setting
    name = system if system is not None else QLocale.system().name()
    if not name or name in ("C", "POSIX") or name.startswith("zh"):
        return CHINESE
    return ENGLISH


def qt_translations_dir() -> str:
    """The folder of Qt's own ``qtbase_*.qm``: Qt's translations path, or the one inside
    the PySide6 package (a frozen build keeps it there) when that path has none."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if Path(qt_dir, "qtbase_zh_CN.qm").is_file():
        return qt_dir
    import PySide6

    for folder in (Path(PySide6.__file__).parent / "Qt" / "translations",
                   Path(PySide6.__file__).parent / "translations"):  # fmt: skip
        if (folder / "qtbase_zh_CN.qm").is_file():
            return str(folder)
    return qt_dir


class Translations:
    """The translators currently installed in the application."""

    def __init__(self) -> None:
        self.language = CHINESE
        self._installed: list[QTranslator] = []

    def apply(self, setting: str | None) -> str:
        """Install the translators for ``setting``; returns the language now in use."""
        app = QCoreApplication.instance()
        language = effective_language(setting)
        if app is None:
            return language
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        qt_dir = qt_translations_dir()
        candidates = [(f"qtbase_{language}", qt_dir), (f"inspector_{language}", "")]
        if language == CHINESE:  # what qtbase_zh_CN.qm leaves untranslated (file dialog)
            candidates.append(("qt_gaps_zh_CN", ""))
        for name, folder in candidates:
            translator = QTranslator(app)
            path = f"{folder}/{name}.qm" if folder else str(resource("i18n", f"{name}.qm"))
            if translator.load(path) and not translator.isEmpty():
                app.installTranslator(translator)
                self._installed.append(translator)
        if language == CHINESE:
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        self.language = language
        _retranslate_windows()
        if not self._installed:
            # Nothing installed or removed means no automatic event: send it ourselves so
            # widgets built in another language still retranslate.
            from PySide6.QtWidgets import QApplication

            for widget in QApplication.allWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        return language

    @property
    def installed(self) -> int:
        return len(self._installed)


def _retranslate_windows() -> None:
    """Every open window and dialog: its catalogue texts in the new language at once
    (:mod:`inspector.ui.shell.retranslate`), whether or not it handles ``LanguageChange``
    itself; texts a widget composes are redone by its own ``retranslateUi``."""
    from PySide6.QtWidgets import QApplication

    windows = [w for w in QApplication.topLevelWidgets() if w.isWindow()]
    if not windows:  # the start, before the main window: nothing to retranslate yet
        return
    from inspector.ui.shell.retranslate import retranslate_tree

    for window in windows:
        retranslate_tree(window)


_translations = Translations()


def translations() -> Translations:
    return _translations


def apply_language(setting: str | None) -> str:
    """Switch the whole application to the language of ``setting``."""
    return _translations.apply(setting)


def current_language() -> str:
    """The interface language now in use: ``"zh_CN"`` or ``"en"``."""
    return _translations.language


def local(text) -> str:
    """A :class:`~inspector.domain.text.LocalText` (template items, site kinds, states)
    in the interface language, falling back to Chinese where no English is given."""
    return text.get(_translations.language)


# --- messages made below the UI ------------------------------------------------------------

SERVICES_CONTEXT = "services"  # packaging/translations.py puts the service templates here


def service_text(template: str, *values: object) -> str:
    """A service text in the interface language: ``template`` translated, then filled.

    ``template`` is a zh_CN text marked with ``N_``/``Message``/``UserError`` in the
    services; a :class:`~inspector.domain.text.Message` brings its own values. Values
    that are Messages or exceptions are translated in turn. A translation whose
    fields do not fit falls back to the Chinese sentence.
    """
    if isinstance(template, Message) and not values:
        message = template
        template, values = message.template, message.values
    text = QCoreApplication.translate(SERVICES_CONTEXT, template)
    if not values:
        return text
    shown = [_value_text(v) for v in values]
    try:
        return text.format(*shown)
    except (IndexError, KeyError, ValueError):
        return template.format(*shown)


def _value_text(value: object) -> object:
    if isinstance(value, Message):
        return service_text(value)
    if isinstance(value, BaseException):
        return error_text(value)
    return value


def error_text(exc: BaseException) -> str:
    """What went wrong, in the interface language: a ``UserError`` (or an error raised
    with a Message) is translated; any other exception reads as ``str(exc)``."""
    from inspector.services.core.errors import UserError  # not needed to show the window

    if isinstance(exc, UserError):
        return service_text(exc.template, *exc.values)
    message = message_of(exc)
    return service_text(message) if isinstance(message, Message) else str(exc)


def kind_text(code: str) -> str:
    """A site kind's name in the interface language (the code itself when unknown)."""
    from inspector.domain.site_kinds import kind_label

    return kind_label(code, _translations.language)


# --- combo boxes labelled from codes ------------------------------------------------------


class _Relabel(QObject):
    """Relabels a combo box's items from their data when the language changes."""

    def __init__(self, combo: QComboBox, label_of: Callable[[Any], str | None]):
        super().__init__(combo)
        self.label_of = label_of
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtWidgets import QComboBox

        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, QComboBox):
            relabel(watched, self.label_of)
        return False


def relabel(combo: QComboBox, label_of: Callable[[Any], str | None]) -> None:
    """Give every item the label ``label_of(its data)`` (None: leave the item alone)."""
    for i in range(combo.count()):
        if not combo.itemText(i):  # a separator: no data (and no None read from Qt)
            continue
        label = label_of(combo.itemData(i))
        if label is not None:
            combo.setItemText(i, label)


def follow_language(combo: QComboBox, label_of: Callable[[Any], str | None]) -> QComboBox:
    """Keep ``combo``'s items labelled by ``label_of(data)`` in the interface language:
    for combo boxes whose entries are made from codes (site kinds, map sources)."""
    _Relabel(combo, label_of)
    return combo
