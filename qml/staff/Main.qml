pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import Intake.Common
import Intake.Staff

ApplicationWindow {
    id: window
    title: qsTr("Staff console")
}
