"""The interface languages: which there are, which one the app starts in, and
switching to another while it runs.

The app's own strings come from ``resources/i18n/xorgui_<code>.qm`` (compiled
from the ``.ts`` sources by ``make translations``); Qt's standard dialogs and
buttons from Qt's own ``qtbase_<code>.qm``. English is the source language:
it needs no translator. The language follows the system locale
(``LANG=ja_JP.UTF-8`` gives Japanese) until a person picks one in
View > Language, which is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from xorgui.resources import translation_file
from xorgui.window.settings import Settings

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "ja": "日本語"}
"""Each language by its code, named in itself (as a menu of languages shows it)."""

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)
"""Words of Qt's own file dialog that Qt's catalogues (qtbase_ja of Qt 6.11)
lack, so the dialog said "Look in:" beside 「ファイル名(&N):」: listed here,
lupdate puts them in the app's catalogues, whose translator Qt asks first."""


def system_language() -> str:
    """The system locale's language when the app has it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def startup_language(settings: Settings) -> str:
    """The language picked in View > Language, or the system's."""
    chosen = settings.language()
    return chosen if chosen in LANGUAGES else system_language()


class Translators(QObject):
    """The translators installed in the application, for one language at a time.

    Installing or removing a translator makes Qt send every widget a
    LanguageChange event.
    """

    OBJECT_NAME = "xorguiTranslators"

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(self.OBJECT_NAME)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def use(self, code: str) -> bool:
        """Switch to `code`; False (and English) when its catalogue is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = SOURCE_LANGUAGE
        if code == SOURCE_LANGUAGE:
            return True
        own = QTranslator(self)
        if not own.load(str(translation_file(code))):
            return False
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self)
        if qt_own.load(f"qtbase_{code}", qt_folder):
            self._install(qt_own)
        self._install(own)  # installed last, so asked first
        self.language = code
        return True

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def translators() -> Translators:
    """The application's translators (made on first use)."""
    app = QCoreApplication.instance()
    assert app is not None, "the application must exist first"
    found = app.findChild(Translators, Translators.OBJECT_NAME)
    return found if isinstance(found, Translators) else Translators(app)


def use_language(code: str) -> bool:
    """Show the interface in `code` from now on (see Translators.use)."""
    return translators().use(code)


def current_language() -> str:
    return translators().language
