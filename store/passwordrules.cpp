#include "passwordrules.h"

#include <QCoreApplication>
#include <QStringList>

namespace rentdesk {

QString checkPassword(const QString &password, const QString &login)
{
    if (password.isEmpty())
        return QCoreApplication::translate("rentdesk::Password", "Enter a password.");
    if (password.size() > 128)
        return QCoreApplication::translate("rentdesk::Password", "At most 128 characters.");
    for (QChar c : password)
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("rentdesk::Password",
                                               "The password has a control character.");
    if (password.size() < 10)
        return QCoreApplication::translate("rentdesk::Password", "At least 10 characters.");
    // Common passwords and keyboard rows, whatever their case.
    static const QStringList common = {
        QStringLiteral("password"), QStringLiteral("passwort"),  QStringLiteral("123456"),
        QStringLiteral("qwertz"),   QStringLiteral("qwerty"),    QStringLiteral("asdfgh"),
        QStringLiteral("abc123"),   QStringLiteral("letmein"),   QStringLiteral("hallo"),
        QStringLiteral("welcome"),  QStringLiteral("willkommen")};
    const QString lower = password.toLower();
    for (const QString &word : common)
        if (lower.contains(word))
            return QCoreApplication::translate(
                "rentdesk::Password", "The password contains a common word or row of keys (such as "
                                      "“password” or “123456”).");
    const QString name = login.section(QLatin1Char('@'), 0, 0).toLower();
    if (name.size() >= 3 && lower.contains(name))
        return QCoreApplication::translate("rentdesk::Password",
                                           "The password contains the login name.");
    int kinds = 0;
    bool lowerCase = false, upperCase = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isLower())
            lowerCase = true;
        else if (c.isUpper())
            upperCase = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    kinds = int(lowerCase) + int(upperCase) + int(digit) + int(other);
    // Long pass phrases need no mix; shorter passwords need three kinds of characters.
    if (password.size() < 16 && kinds < 3)
        return QCoreApplication::translate(
            "rentdesk::Password",
            "Mix three of: small letters, capitals, digits, other characters; or use 16 "
            "characters or more.");
    bool same = true;
    for (QChar c : password)
        same = same && c == password.front();
    if (same)
        return QCoreApplication::translate("rentdesk::Password",
                                           "One character repeated is too easy to guess.");
    return {};
}

} // namespace rentdesk
