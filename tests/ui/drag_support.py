"""Drag and drop as Qt delivers it to an item view: enter, move, then drop on the viewport."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication


def drag_and_drop(view: QAbstractItemView, sources: list[QModelIndex], target: QPoint) -> bool:
    """Drag the rows `sources` of `view` and release them at `target` (viewport coordinates).

    The mime data is what the view would put in its QDrag: its model's `mimeData` of the
    dragged indexes. QApplication routes a drag move and the drop only to the widget that
    accepted the drag enter (QDragManager's current target), so all three are sent, in order,
    as a platform drag would. Returns whether the view accepted the drop.
    """
    viewport = view.viewport()
    mime: QMimeData = view.model().mimeData(sources)
    actions = Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(target), actions, mime, buttons, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the view refused the drag"
    move = QDragMoveEvent(QPoint(target), actions, mime, buttons, none)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted(), "the view refused the drag over this place"
    drop = QDropEvent(QPointF(target), actions, mime, buttons, none)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()
