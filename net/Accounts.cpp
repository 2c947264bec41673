#include "Accounts.h"

#include "LocalStore.h"

#include <QSqlQuery>

namespace vt::net {
namespace {

Account accountOf(const QSqlQuery& q)
{
    Account a;
    a.platform = q.value(0).toString();
    a.url = QUrl(q.value(1).toString());
    a.email = q.value(2).toString();
    a.userId = q.value(3).toString();
    a.displayName = q.value(4).toString();
    a.role = q.value(5).toString();
    a.orgId = q.value(6).toString();
    a.orgName = q.value(7).toString();
    a.teamName = q.value(8).toString();
    a.signedInAt = q.value(9).toLongLong();
    return a;
}

const char* const columns = "platform, url, email, user_id, display_name, role, org_id, "
                            "org_name, team_name, signed_in_at";

} // namespace

void Account::takeMe(const protocol::Me& me)
{
    userId = me.user.id;
    email = me.email;
    displayName = me.user.name;
    role = me.role;
    orgId = me.org.id;
    orgName = me.org.name;
    teamName = me.team ? me.team->name : QString();
}

std::optional<Account> readAccount(LocalStore& store, const QString& platform)
{
    QSqlQuery q;
    if (!store.select(q,
            QStringLiteral("SELECT %1 FROM accounts WHERE platform = ?")
                .arg(QLatin1String(columns)),
            {platform})
        || !q.next())
        return std::nullopt;
    return accountOf(q);
}

bool writeAccount(LocalStore& store, const Account& a)
{
    return store.exec(QStringLiteral("INSERT OR REPLACE INTO accounts (%1) VALUES (?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?)")
                          .arg(QLatin1String(columns)),
        {a.platform, a.url.toString(), a.email, a.userId, a.displayName, a.role, a.orgId, a.orgName,
            a.teamName, a.signedInAt});
}

bool forgetAccount(LocalStore& store, const QString& platform)
{
    return store.transaction([&] {
        return store.exec(QStringLiteral("DELETE FROM accounts WHERE platform = ?"), {platform})
            && store.exec(QStringLiteral("DELETE FROM api_cache WHERE platform = ?"), {platform});
    });
}

} // namespace vt::net
