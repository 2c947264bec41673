// Refresh tokens on a real database with a clock the test moves: rotation, expiry, the grace
// for a retried refresh, theft detection revoking the whole family, and sign-out.
#include "TestDatabase.h"
#include "db/Migrations.h"
#include "store/DirectoryStore.h"
#include "store/TokenStore.h"

#include <QTest>

using namespace vt::server;

class TestTokenStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rotates();
    void copiedTokenRevokesTheFamily();
    void expires();
    void signOutRevokes();

private:
    vt::test::TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<vt::protocol::ManualClock> m_clock;
    std::unique_ptr<TokenStore> m_tokens;
    QString m_user;
    QString m_org;
};

void TestTokenStore::init()
{
    QString error;
    QVERIFY2(m_testDb.create(&error), qPrintable(error));
    const vt::Result<DatabaseUrl> url = DatabaseUrl::parse(m_testDb.url());
    QVERIFY(url);
    vt::Result<std::unique_ptr<Database>> opened = Database::open(*url);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_db = std::move(*opened);
    Migrations::apply(*m_db);
    DirectoryStore directory(*m_db);
    m_org = directory.createOrg(QStringLiteral("Org"), 0);
    UserRecord user;
    user.orgId = m_org;
    user.email = QStringLiteral("a@b.example");
    user.displayName = QStringLiteral("A");
    user.passwordHash = "x";
    m_user = directory.createUser(user, 0);
    m_clock = std::make_unique<vt::protocol::ManualClock>(1'795'000'000'000);
    m_tokens = std::make_unique<TokenStore>(*m_db, *m_clock);
}

void TestTokenStore::cleanup()
{
    m_tokens.reset();
    m_db.reset();
    m_testDb.drop();
}

void TestTokenStore::rotates()
{
    const QString first = m_tokens->issue(m_user, m_org);
    TokenStore::Failure failure{};
    const std::optional<TokenStore::Rotated> second = m_tokens->rotate(first, &failure);
    QVERIFY(second);
    QCOMPARE(second->userId, m_user);
    QCOMPARE(second->orgId, m_org);
    QVERIFY(second->token != first);
    m_clock->advance(1000);
    QVERIFY(m_tokens->rotate(second->token, &failure));
}

void TestTokenStore::copiedTokenRevokesTheFamily()
{
    const QString first = m_tokens->issue(m_user, m_org);
    TokenStore::Failure failure{};
    const std::optional<TokenStore::Rotated> second = m_tokens->rotate(first, &failure);
    QVERIFY(second);
    // Within the grace: refused, nothing revoked.
    m_clock->advance(TokenStore::reuseGraceMs);
    QVERIFY(!m_tokens->rotate(first, &failure));
    QCOMPARE(failure, TokenStore::Failure::ReusedRecently);
    // Later: someone holds a copy. Every token of the sign-in goes.
    m_clock->advance(1);
    QVERIFY(!m_tokens->rotate(first, &failure));
    QCOMPARE(failure, TokenStore::Failure::Reused);
    QVERIFY(!m_tokens->rotate(second->token, &failure));
    QCOMPARE(failure, TokenStore::Failure::Revoked);
    // Another sign-in of the same user is unaffected.
    QVERIFY(m_tokens->rotate(m_tokens->issue(m_user, m_org), &failure));
}

void TestTokenStore::expires()
{
    const QString token = m_tokens->issue(m_user, m_org);
    m_clock->advance(TokenStore::lifetimeMs);
    TokenStore::Failure failure{};
    QVERIFY(!m_tokens->rotate(token, &failure));
    QCOMPARE(failure, TokenStore::Failure::Expired);
    QVERIFY(!m_tokens->rotate(QStringLiteral("never issued"), &failure));
    QCOMPARE(failure, TokenStore::Failure::Unknown);
}

void TestTokenStore::signOutRevokes()
{
    const QString token = m_tokens->issue(m_user, m_org);
    TokenStore::Failure failure{};
    const std::optional<TokenStore::Rotated> next = m_tokens->rotate(token, &failure);
    QVERIFY(m_tokens->revoke(token)); // any token of the family signs the family out
    QVERIFY(!m_tokens->rotate(next->token, &failure));
    QCOMPARE(failure, TokenStore::Failure::Revoked);
    QVERIFY(!m_tokens->revoke(QStringLiteral("unknown")));
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
