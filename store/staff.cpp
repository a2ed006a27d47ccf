#include "staff.h"

#include <QCoreApplication>

namespace rentdesk {

QString roleKey(StaffRole role)
{
    return role == StaffRole::Manager ? QStringLiteral("manager") : QStringLiteral("counter");
}

StaffRole roleFromKey(const QString &key)
{
    return key == QLatin1String("manager") ? StaffRole::Manager : StaffRole::Counter;
}

QString roleLabel(StaffRole role)
{
    return role == StaffRole::Manager ? QCoreApplication::translate("rentdesk::Staff", "Manager")
                                      : QCoreApplication::translate("rentdesk::Staff", "Counter");
}

QString checkPin(const QString &pin)
{
    if (pin.isEmpty())
        return QCoreApplication::translate("rentdesk::Staff", "Enter a PIN.");
    for (QChar c : pin)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QCoreApplication::translate("rentdesk::Staff",
                                               "A PIN has digits only (0 to 9).");
    if (pin.size() < 4 || pin.size() > 12)
        return QCoreApplication::translate("rentdesk::Staff", "A PIN has 4 to 12 digits.");
    bool same = true;
    for (QChar c : pin)
        same = same && c == pin.front();
    if (same)
        return QCoreApplication::translate("rentdesk::Staff",
                                           "A PIN of one digit repeated is too easy to guess.");
    return {};
}

QString checkStaffName(const QString &name)
{
    const QString t = name.trimmed();
    if (t.isEmpty())
        return QCoreApplication::translate("rentdesk::Staff", "Enter the name.");
    if (t.size() > 80)
        return QCoreApplication::translate("rentdesk::Staff", "At most 80 characters.");
    for (QChar c : t)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return QCoreApplication::translate("rentdesk::Staff",
                                               "The name has an invisible or control character.");
    return {};
}

} // namespace rentdesk
