#pragma once

#include <QLabel>

namespace rentdesk {

// The red line under a form field (or a form) that says why a value was refused; hidden until
// there is something to say.
inline QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace rentdesk
