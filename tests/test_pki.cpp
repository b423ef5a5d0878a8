#include <QTest>
class TestPki : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestPki)
#include "test_pki.moc"
