#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "../card/cardfixtures.h"
#include "ampcard/station/keycustody.h"
#include "ampcard/station/settings.h"
#include "staff.h"

using namespace ampcard;
using namespace ampcard::station;

namespace {

bool writeKeystore(const QString &path, std::uint32_t utility, std::uint8_t seed)
{
    const auto master = testing::masterKeyBytes(seed);
    return cardio::Keystore::write(path, utility, master, "custody passphrase",
                                   cardio::KdfCost{1u << 10, 8, 1})
        .ok();
}

} // namespace

class TestKeyCustody : public QObject {
    Q_OBJECT

private slots:
    void backsUpAndRestoresWithAudit()
    {
        QTemporaryDir dir;
        auto ledger = testing::freshLedger(dir);
        QVERIFY(ledger);
        testing::Staff staff;
        QVERIFY(staff.hire(*ledger));
        StationSettings settings;
        settings.utilityId = testing::kUtility;
        QVERIFY(Settings(*ledger).save(*staff.admin, settings));
        const QString keystore = dir.filePath(QStringLiteral("keys.json"));
        const QString backup = dir.filePath(QStringLiteral("keys-backup.json"));
        QVERIFY(writeKeystore(keystore, testing::kUtility, testing::kSeed));
        KeyCustody custody(*ledger);

        QVERIFY(!custody.backup(*staff.cashier, keystore, "custody passphrase", backup));
        QVERIFY(!custody.backup(*staff.supervisor, keystore, "wrong passphrase", backup));
        QVERIFY(!QFile::exists(backup));
        QVERIFY2(custody.backup(*staff.supervisor, keystore, "custody passphrase", backup),
                 qPrintable(custody.errorString()));
        QVERIFY(!custody.backup(*staff.supervisor, keystore, "custody passphrase", backup));
        QVERIFY(custody.errorString().contains(QStringLiteral("never overwrites")));

        // The keystore is lost; the backup brings the same keys back, the damaged file is kept.
        QFile damaged(keystore);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not a keystore");
        damaged.close();
        QVERIFY2(custody.restore(*staff.supervisor, keystore, "custody passphrase", backup),
                 qPrintable(custody.errorString()));
        cardio::UtilityKeys keys;
        QCOMPARE(cardio::Keystore::open(keystore, "custody passphrase", &keys), kOk);
        std::array<std::uint8_t, 16> restored{}, expected{};
        QCOMPARE(keys.meterKey(testing::meterNumber("310100000001"), 1, restored), kOk);
        QCOMPARE(testing::utilityKeys(testing::kUtility, testing::kSeed)
                     .meterKey(testing::meterNumber("310100000001"), 1, expected),
                 kOk);
        QCOMPARE(restored, expected);
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral("keys.json.before-restore-*")}, QDir::Files)
                     .size(),
                 1);

        // Another utility's keys are refused and the keystore stays as it is.
        const QString foreign = dir.filePath(QStringLiteral("foreign.json"));
        QVERIFY(writeKeystore(foreign, 4400, 9));
        QVERIFY(!custody.restore(*staff.supervisor, keystore, "custody passphrase", foreign));
        QVERIFY(custody.errorString().contains(QStringLiteral("utility 4400")));
        QCOMPARE(cardio::Keystore::open(keystore, "custody passphrase", &keys), kOk);
        QCOMPARE(keys.utilityId(), testing::kUtility);

        QSqlQuery audit(ledger->database());
        QVERIFY(audit.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action IN ('keys.backup', 'keys.restore')")));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 2);

        // A new passphrase: the old one no longer opens it, the keys are the same.
        QVERIFY(!custody.changePassphrase(*staff.cashier, keystore, "custody passphrase",
                                          "a new passphrase"));
        QVERIFY(
            !custody.changePassphrase(*staff.supervisor, keystore, "custody passphrase", "short"));
        QVERIFY(!custody.changePassphrase(*staff.supervisor, keystore, "not the passphrase",
                                          "a new passphrase"));
        QVERIFY2(custody.changePassphrase(*staff.supervisor, keystore, "custody passphrase",
                                          "a new passphrase"),
                 qPrintable(custody.errorString()));
        QVERIFY(cardio::Keystore::open(keystore, "custody passphrase", &keys).code() != Errc::kOk);
        QCOMPARE(cardio::Keystore::open(keystore, "a new passphrase", &keys), kOk);
        QCOMPARE(keys.meterKey(testing::meterNumber("310100000001"), 1, restored), kOk);
        QCOMPARE(restored, expected);
    }
};

QTEST_GUILESS_MAIN(TestKeyCustody)
#include "tst_keycustody.moc"
