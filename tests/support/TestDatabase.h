#pragma once

#include <QString>
#include <QTemporaryDir>

namespace vt::test {

// A fresh, empty database for one test, of the kind the run asks for (VT_TEST_DB=sqlite, the
// default, or postgres: a new database in the cluster VT_TEST_PG_URL points at, dropped on
// destruction). url() is in voicetraining-server's --db form.
class TestDatabase final {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool create(QString* error);
    void drop();
    QString url() const { return m_url; }
    QString kind() const { return m_kind; }
    static QString kindForRun();

private:
    QTemporaryDir m_dir;
    QString m_kind;
    QString m_url;
    QString m_pgName;
    QString m_sqlitePath;
};

} // namespace vt::test
