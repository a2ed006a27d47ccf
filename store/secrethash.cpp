#include "secrethash.h"

#include <QScopeGuard>

#include <sodium.h>

namespace rentdesk::secrets {

namespace {

bool ready()
{
    // sodium_init() is safe to call more than once and from several threads.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

QString hash(const QString &secret)
{
    if (!ready())
        return {};
    QByteArray bytes = secret.toUtf8();
    // The copy of the secret is wiped before its memory is given back.
    const auto wipe = qScopeGuard([&bytes] { sodium_memzero(bytes.data(), size_t(bytes.size())); });
    char out[crypto_pwhash_STRBYTES];
    // The interactive limits (64 MiB, 2 passes): a sign-in at the counter stays well under a
    // second on an old computer, and a stolen file is still expensive to try PINs against.
    if (crypto_pwhash_str_alg(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &hash, const QString &secret)
{
    if (!ready() || !isHash(hash))
        return false;
    const QByteArray h = hash.toLatin1();
    QByteArray bytes = secret.toUtf8();
    const auto wipe = qScopeGuard([&bytes] { sodium_memzero(bytes.data(), size_t(bytes.size())); });
    return crypto_pwhash_str_verify(h.constData(), bytes.constData(),
                                    static_cast<unsigned long long>(bytes.size())) == 0;
}

bool isHash(const QString &text)
{
    return text.startsWith(QLatin1String("$argon2id$")) && text.size() < crypto_pwhash_STRBYTES;
}

} // namespace rentdesk::secrets
