pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic

// A one-line text field of a form: tall enough for a thumb, a strong outline that thickens in
// the primary colour while typing, and the attention colour while its field has a message.
// Pages set Accessible.name (the field's label) and inputMethodHints.
TextField {
    id: control

    // The field's message is shown (FieldMessage under it).
    property bool attention: false

    implicitHeight: Math.max(Theme.fieldHeight, control.contentHeight + control.topPadding + control.bottomPadding)
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    topPadding: Theme.spacingXS
    bottomPadding: Theme.spacingXS
    verticalAlignment: TextInput.AlignVCenter

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.accent
    selectedTextColor: Theme.text

    Accessible.role: Accessible.EditableText

    background: Rectangle {
        radius: Theme.radiusS
        color: control.enabled ? Theme.surface : Theme.background
        border.color: control.activeFocus ? Theme.primary : (control.attention ? Theme.attention : Theme.borderStrong)
        border.width: control.activeFocus ? Theme.focusRingWidth : Theme.controlBorderWidth
    }
}
