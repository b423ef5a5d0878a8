#include "fleet/OwnershipAdvisor.h"
#include "policy/BaselineCatalog.h"

#include <QTest>

// BYOD or COPE (or Shared, or a kiosk) by the seed's rule: a device that stores ePHI locally is
// the clinic's; one that only views it through managed apps can be the clinician's own.
class TestOwnershipAdvisor : public QObject
{
    Q_OBJECT

    static OwnershipAdvisor::Advice advise(OwnershipAdvisor::Owner owner, bool ephi, bool shared = false, bool patient = false)
    {
        return OwnershipAdvisor::advise({owner, ephi, shared, patient});
    }

private slots:
    void table_data()
    {
        QTest::addColumn<int>("owner");
        QTest::addColumn<bool>("ephi");
        QTest::addColumn<bool>("shared");
        QTest::addColumn<bool>("patient");
        QTest::addColumn<int>("ownership");
        QTest::addColumn<QString>("baseline");
        QTest::addColumn<bool>("warned");
        using O = OwnershipAdvisor::Owner;
        QTest::newRow("personal, views only") << int(O::Personal) << false << false << false << int(Ownership::BYOD) << "byod" << false;
        QTest::newRow("personal, stores ePHI") << int(O::Personal) << true << false << false << int(Ownership::COPE) << "cope" << true;
        QTest::newRow("clinic, views only") << int(O::Clinic) << false << false << false << int(Ownership::COPE) << "cope" << false;
        QTest::newRow("clinic, stores ePHI") << int(O::Clinic) << true << false << false << int(Ownership::COPE) << "cope" << false;
        QTest::newRow("clinic, shared") << int(O::Clinic) << true << true << false << int(Ownership::Shared) << "shared" << false;
        QTest::newRow("personal, shared") << int(O::Personal) << false << true << false << int(Ownership::Shared) << "shared" << true;
        QTest::newRow("clinic, patient kiosk") << int(O::Clinic) << true << true << true << int(Ownership::COSU) << "cosu" << false;
        QTest::newRow("personal, patient kiosk") << int(O::Personal) << false << false << true << int(Ownership::COSU) << "cosu" << true;
    }
    void table()
    {
        QFETCH(int, owner);
        QFETCH(bool, ephi);
        QFETCH(bool, shared);
        QFETCH(bool, patient);
        QFETCH(int, ownership);
        QFETCH(QString, baseline);
        QFETCH(bool, warned);
        const OwnershipAdvisor::Advice a = advise(OwnershipAdvisor::Owner(owner), ephi, shared, patient);
        QCOMPARE(int(a.ownership), ownership);
        QCOMPARE(a.baselineId, baseline);
        QCOMPARE(!a.warnings.isEmpty(), warned);
        QVERIFY(!a.reasons.isEmpty());
        // The recommended baseline exists and is meant for that ownership.
        const std::optional<Baseline> b = BaselineCatalog::byId(a.baselineId);
        QVERIFY2(b.has_value(), qPrintable(a.baselineId));
        QCOMPARE(int(b->ownership), int(a.ownership));
    }

    void personalPhoneWithEphiIsToldWhy()
    {
        const OwnershipAdvisor::Advice a = advise(OwnershipAdvisor::Owner::Personal, true);
        QVERIFY(a.warnings.join(QLatin1Char(' ')).contains(QLatin1String("can only be selectively wiped")));
        QVERIFY(a.warnings.join(QLatin1Char(' ')).contains(QLatin1String("clinic-owned COPE device")));
    }

    void ownerText()
    {
        OwnershipAdvisor::Owner o = OwnershipAdvisor::Owner::Clinic;
        QVERIFY(OwnershipAdvisor::ownerFromText(QStringLiteral(" Personal "), &o));
        QCOMPARE(int(o), int(OwnershipAdvisor::Owner::Personal));
        QVERIFY(OwnershipAdvisor::ownerFromText(QStringLiteral("clinic"), &o));
        QCOMPARE(int(o), int(OwnershipAdvisor::Owner::Clinic));
        QVERIFY(!OwnershipAdvisor::ownerFromText(QStringLiteral("mine"), &o));
        QCOMPARE(int(o), int(OwnershipAdvisor::Owner::Clinic)); // unchanged
    }
};

QTEST_GUILESS_MAIN(TestOwnershipAdvisor)
#include "test_ownership_advisor.moc"
