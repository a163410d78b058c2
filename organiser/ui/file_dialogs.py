"""Every file dialog of the app: away from the database's folder, and never sniffing content.

A file dialog lists a folder and, to show icons and types, reads the start of files whose
name says nothing (`organiser.sqlite-wal`, `-shm`). That plain open and close, in the app's
process, drops SQLite's POSIX locks on the database (see `organiser.core.dbfiles`), and the
next CLI run deletes the WAL under the app. So the dialogs here:

- start in the user's documents folder (or the last folder chosen), never in the folder of
  a database this process has open, and refuse the open database itself as a choice;
- are Qt's own dialog everywhere but Windows (GTK's and KDE's dialogs run inside the app's
  process and sniff content; Windows locks are per handle and do not have the trap), with an
  icon provider that decides icons and types from the file name alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QMessageBox, QWidget

_last_folder: Path | None = None
_provider: NameOnlyIconProvider | None = None


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name only: no file is opened to sniff its content."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()
        self.setOptions(QFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            if what.isDir():
                return super().icon(QFileIconProvider.IconType.Folder)
            mime = self._mimes.mimeTypeForFile(what.fileName(),
                                               QMimeDatabase.MatchMode.MatchExtension)
            return QIcon.fromTheme(mime.iconName(), super().icon(QFileIconProvider.IconType.File))
        return super().icon(what)  # type: ignore[call-overload]

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return super().type(info)  # Qt's own word; a folder's content is never read
        mime = self._mimes.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or mime.name()


def _is_database_folder(folder: Path) -> bool:
    from organiser.core.dbfiles import held_folders

    try:
        real = folder.expanduser().resolve()
    except OSError:
        return True
    return real in held_folders()


def _candidates() -> list[Path]:
    found = [_last_folder] if _last_folder is not None else []
    for location in (QStandardPaths.StandardLocation.DocumentsLocation,
                     QStandardPaths.StandardLocation.DesktopLocation,
                     QStandardPaths.StandardLocation.HomeLocation):
        text = QStandardPaths.writableLocation(location)
        if text:
            found.append(Path(text))
    return found


def start_folder() -> Path:
    """The documents folder (or the last one chosen), never a folder holding an open database."""
    for folder in _candidates():
        if folder.is_dir() and not _is_database_folder(folder):
            return folder
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.TempLocation) or "/")


def start_path(requested: str = "") -> str:
    """Where a dialog opens: `requested` (a folder, a file or a bare file name) unless it lies
    in the folder of an open database, else the documents folder (keeping the file name)."""
    if not requested:
        return str(start_folder())
    path = Path(requested).expanduser()
    if path.is_dir():
        folder, name = path, ""
    elif path.is_absolute() or len(path.parts) > 1:
        folder, name = path.parent, path.name
    else:
        folder, name = start_folder(), path.name
    if not folder.is_dir() or _is_database_folder(folder):
        folder = start_folder()
    return str(folder / name) if name else str(folder)


def _dialog(parent: QWidget | None, caption: str, directory: str, filters: str) -> QFileDialog:
    global _provider
    dialog = QFileDialog(parent, caption, start_path(directory), filters)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if _provider is None:
        _provider = NameOnlyIconProvider()
    dialog.setIconProvider(_provider)
    dialog.setObjectName("fileDialog")
    return dialog


def _run(dialog: QFileDialog) -> tuple[list[str], str]:
    global _last_folder
    from organiser.core.dbfiles import is_held

    try:
        while True:
            if not dialog.exec():
                return [], ""
            chosen = dialog.selectedFiles()
            held = [path for path in chosen if is_held(path)]
            if not held:
                break
            # reading it as an import, or saving over it, would lose the database's changes
            QMessageBox.warning(dialog.parentWidget(), dialog.windowTitle(),
                                QCoreApplication.translate(
                                    "FileDialogs", "{path} is the database Organiser has open: "
                                    "choose another file.").format(path=held[0]))
        if chosen:
            folder = Path(chosen[0]).parent if not Path(chosen[0]).is_dir() else Path(chosen[0])
            if not _is_database_folder(folder):
                _last_folder = folder
        return chosen, dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def get_open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                       filters: str = "") -> tuple[str, str]:
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    chosen, selected = _run(dialog)
    return (chosen[0] if chosen else ""), selected


def get_open_file_names(parent: QWidget | None, caption: str, directory: str = "",
                        filters: str = "") -> tuple[list[str], str]:
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def get_save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                       filters: str = "", *, confirm_overwrite: bool = True) -> tuple[str, str]:
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if not confirm_overwrite:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    chosen, selected = _run(dialog)
    return (chosen[0] if chosen else ""), selected


def get_existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    chosen, _ = _run(dialog)
    return chosen[0] if chosen else ""


__all__ = [
    "NameOnlyIconProvider",
    "get_existing_directory",
    "get_open_file_name",
    "get_open_file_names",
    "get_save_file_name",
    "start_folder",
    "start_path",
]
