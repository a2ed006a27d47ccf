#pragma once

#include <QIcon>

// The row actions' icons as the help article shows them (green pen, red X, …), painted, so they
// look the same on every platform and need no image files.
namespace rentdesk {

enum class ActionIcon {
    GreenPen,       // edit, set a new password
    RedCross,       // delete
    BlueEnvelope,   // invite, send again
    YellowCalendar, // reload a price
    GreenCheck      // return
};

QIcon actionIcon(ActionIcon kind);

} // namespace rentdesk
