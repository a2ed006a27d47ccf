#pragma once

// Runs the real rentdesk-cli binary, as the command-line tests need it.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace clitest {

struct Result
{
    int code = -1;
    QString out, err;
};

// `language` (e.g. "de_DE.UTF-8") sets LC_ALL and LANG for the program.
inline Result run(const QStringList &arguments, const QString &language = QString())
{
    QProcess p;
    if (!language.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), language);
        env.insert(QStringLiteral("LANG"), language);
        p.setProcessEnvironment(env);
    }
    p.setProgram(QStringLiteral(RENTDESK_CLI_PATH));
    p.setArguments(arguments);
    p.start();
    Result r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not run: ") + p.errorString();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace clitest

// Fails with the exit code and both outputs when the program did not exit with `expected`.
#define VERIFY_CODE(result, expected)                                                              \
    QVERIFY2((result).code == (expected),                                                          \
             qPrintable(QStringLiteral("exit %1\nstdout: %2\nstderr: %3")                          \
                            .arg((result).code)                                                    \
                            .arg((result).out, (result).err)))
