#pragma once

// Helpers of the window tests (they link QtWidgets): pictures to look at, and driving a dialog
// that the code under test runs with exec().

#include "uitesthelpers.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace uitest {

// For people to look at: a picture of `w` as it is now, when RENTDESK_SCREENSHOT_DIR names a
// folder.
inline void screenshot(QWidget *w, const char *fileName)
{
    const QString dir = qEnvironmentVariable("RENTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QCoreApplication::processEvents(); // layouts and row heights settle first
    QVERIFY(w->grab().save(QDir(dir).filePath(QString::fromLatin1(fileName))));
}

// Runs `drive` on the modal dialog once it is up: the code under test calls exec().
inline void whenModal(std::function<void(QWidget *)> drive)
{
    QTimer::singleShot(0, [drive] {
        QWidget *modal = nullptr;
        QTRY_VERIFY((modal = QApplication::activeModalWidget()) != nullptr);
        drive(modal);
    });
}

// The same for a dialog that a timer opens (not the test's own call): polls without blocking,
// so the dialog's own event loop can start, and drives it once it is up.
inline void whenModalAppears(std::function<void(QWidget *)> drive)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, drive] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            drive(modal);
        }
    });
    poll->start();
}

} // namespace uitest
