#pragma once

#include "db/Database.h"

#include <QTemporaryDir>
#include <QTest>

// A fresh fleet database in a temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "cannot create a temporary folder");
        m_path = m_dir.filePath(QStringLiteral("fleet.sqlite"));
        const Status s = m_db.openSqlite(m_path);
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    Database &db() { return m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
};
