// The dashboard's push certificate banner: hidden with nothing to say, the expiry warning and the
// APNs alarm shown when they come.
#include "push/PushCertificateExpiry.h"
#include "widgets/PushCertificateBanner.h"

#include <QTest>
#include <QWidget>

class TestPushBanner : public QObject
{
    Q_OBJECT
private slots:
    void showsWarningsAndAlarm()
    {
        QWidget dashboard;
        auto &banner = *new PushCertificateBanner(&dashboard);
        dashboard.show();
        QVERIFY(banner.isHidden());
        const QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(6);
        const auto level = PushCertificateExpiry::level(notAfter, QDateTime::currentDateTimeUtc());
        QCOMPARE(level, PushCertificateExpiry::Level::Days7);
        banner.setWarning(int(level), PushCertificateExpiry::message(level, notAfter));
        QVERIFY(banner.isVisible());
        QVERIFY(banner.text().contains(QLatin1String("identity.apple.com")));
        banner.setAlarm(QStringLiteral("BadCertificate"));
        QVERIFY(banner.text().contains(QLatin1String("BadCertificate")));
        banner.setAlarm({});
        banner.setWarning(int(PushCertificateExpiry::Level::None), {});
        QVERIFY(banner.isHidden());
    }
};

QTEST_MAIN(TestPushBanner)
#include "test_push_banner.moc"
