// The ledger's own faults, with real parts: the disk under it fills up (a small tmpfs mounted on
// the ledger's folder: root only, as CI runs) and the file is damaged. Each ends with a clear
// message and no money created or lost: the journal holds a sale exactly when the card holds it.
#include <sys/mount.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "ampcard/station/ledger.h"
#include "desk.h"

using namespace ampcard;
using namespace ampcard::station;
using testing::byMoney;
using testing::Counter;

namespace {

// A tmpfs of `bytes` on `folder` for the life of the object.
class SmallDisk {
public:
    SmallDisk(const QString &folder, qint64 bytes) : m_folder(folder)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes);
        m_mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    [[nodiscard]] bool mounted() const { return m_mounted; }

    // Fills the disk to within `spare` bytes; the filler goes when `free()` is called.
    bool fill(qint64 spare)
    {
        const QByteArray path = QFile::encodeName(m_folder + QStringLiteral("/filler"));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0)
            return false;
        const QByteArray block(4096, 'x');
        qint64 written = 0;
        for (;;) {
            const ssize_t n = ::write(fd, block.constData(), static_cast<size_t>(block.size()));
            if (n <= 0)
                break;
            written += n;
        }
        const bool ok = ::ftruncate(fd, std::max<qint64>(0, written - spare)) == 0;
        ::close(fd);
        return ok && written > 0;
    }
    void free() { QFile::remove(m_folder + QStringLiteral("/filler")); }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

class TestLedgerFaults : public QObject {
    Q_OBJECT

private slots:
    // The disk is filled to within 0 to 39 pages of full, then the counter sells until the disk
    // refuses: the refusal lands at a different step each time (the return record, the pending
    // row, the completion after the card was written). Each time the refusal says the disk is
    // full, and after space comes back and the card is read, the journal holds exactly the sales
    // the card holds.
    void diskFullLosesNothing()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        int points = 0;
        int sales = 0;
        int completedLater = 0; // the card was written, the completion hit the full disk
        int voided = 0;         // the pending row was in, the card write never came
        QSet<QString> refusals;
        for (int freePages = 0; freePages < 40; ++freePages) {
            Counter c;
            SmallDisk disk(c.dir.path(), 16 * 1024 * 1024);
            QVERIFY2(disk.mounted(), "cannot mount a tmpfs on the ledger's folder");
            QVERIFY(c.setUp());
            QVERIFY(c.openAccount());
            QCOMPARE(c.visitMeter(), kOk);
            QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
            QVERIFY(disk.fill(freePages * 4096));
            QString refusal;
            for (int attempt = 0; attempt < 2000 && refusal.isEmpty(); ++attempt) {
                if (c.desk->sell(*c.staff.cashier, {}, byMoney(100, true)))
                    ++sales;
                else
                    refusal = c.desk->errorString();
            }
            QVERIFY2(refusal.contains(QStringLiteral("disk holding the ledger is full")),
                     qPrintable(refusal));
            refusals.insert(refusal.left(refusal.indexOf(QLatin1Char(':'))));
            ++points;

            disk.free();
            const auto check = c.desk->inspect(*c.staff.cashier);
            QVERIFY2(check, qPrintable(c.desk->errorString()));
            for (const QString &settled : check->settled)
                (settled.contains(QStringLiteral("completed")) ? completedLater : voided)++;
            QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM sales WHERE state = "
                                             "'pending'")),
                     0);
            const auto token = c.cardToken();
            QVERIFY(token);
            // The card's record is the newest completed one, and the journal holds each completed
            // sale's payment once.
            QCOMPARE(c.scalar(QStringLiteral("SELECT max(sequence) FROM sales WHERE state = "
                                             "'complete'")),
                     qint64(token->sequence));
            QCOMPARE(c.scalar(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM ledger WHERE "
                                             "kind = 'sale'")),
                     c.scalar(QStringLiteral("SELECT coalesce(sum(paid), 0) FROM sales WHERE kind "
                                             "= 'purchase' AND state = 'complete'")));
            QVERIFY(!c.ledger->verify().brokenAt);
            // And the counter goes on.
            QVERIFY2(c.desk->sell(*c.staff.cashier, {}, byMoney(100, true)),
                     qPrintable(c.desk->errorString()));
            c.desk.reset();
            c.ledger.reset();
        }
        qInfo("disk full: %d fault points tried, %d sales went through on nearly full disks; "
              "settled on the card's return: %d completed, %d voided; refused as: %s",
              points, sales, completedLater, voided,
              qPrintable(QStringList(refusals.values()).join(QStringLiteral(" | "))));
    }

    // A damaged page in the middle of the file: the ledger is refused or its verification names
    // the problem; the file is left as it was for the supervisor (and a backup restores it).
    void corruptedFileIsRefusedAndKept()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        QVERIFY2(c.desk->sell(*c.staff.cashier, {}, byMoney(100)),
                 qPrintable(c.desk->errorString()));
        c.desk.reset();
        c.ledger.reset(); // closed: the WAL is checkpointed into the file
        QVERIFY2(!QFile::exists(c.path + QStringLiteral("-wal")) ||
                     QFileInfo(c.path + QStringLiteral("-wal")).size() == 0,
                 "the WAL was not checkpointed on close");
        QFile file(c.path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8 * 4096);
        // Every other page from the third on overwritten whole (a bad sector, a torn copy).
        for (qint64 page = 2; page * 4096 < size; page += 2) {
            QVERIFY(file.seek(page * 4096));
            QCOMPARE(file.write(QByteArray(4096, '\xA5')), qint64(4096));
        }
        file.close();
        const QByteArray damaged = [&] {
            QFile again(c.path);
            return again.open(QIODevice::ReadOnly) ? again.readAll() : QByteArray();
        }();

        Ledger ledger;
        bool refused = !ledger.open(c.path, false);
        QString said = ledger.errorString();
        if (!refused) {
            const auto verified = ledger.verify();
            refused = bool(verified.brokenAt) || !verified.reason.isEmpty();
            said = verified.reason;
        }
        QVERIFY2(refused, "a ledger with damaged pages was accepted");
        QVERIFY2(said.contains(QStringLiteral("damaged")), qPrintable(said));
        qInfo("%s", qPrintable(said));
        ledger.close();
        QFile after(c.path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), damaged); // nothing was "repaired" away
    }

    // Each page of a ledger damaged in turn (overwritten whole, as a bad sector or a torn copy
    // leaves it): the station refuses the file with "damaged", or — a page SQLite does not use
    // (free list) — opens it with the chain whole and every sale and its money as before. Never a
    // ledger that opens with money changed.
    void everyPageDamagedInTurn()
    {
        Counter c;
        QVERIFY(c.setUp());
        QVERIFY(c.openAccount());
        QCOMPARE(c.visitMeter(), kOk);
        QVERIFY(Shifts(*c.ledger).open(*c.staff.cashier));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(c.desk->sell(*c.staff.cashier, {}, byMoney(100 + i)),
                     qPrintable(c.desk->errorString()));
            QCOMPARE(c.visitMeter(), kOk);
        }
        const auto money = [](Ledger &ledger) {
            QSqlQuery query(ledger.database());
            if (!query.exec(
                    QStringLiteral("SELECT count(*), coalesce(sum(amount), 0) FROM ledger")) ||
                !query.next())
                return QString();
            return query.value(0).toString() + QLatin1Char('/') + query.value(1).toString();
        };
        const QString before = money(*c.ledger);
        QVERIFY(!before.isEmpty());
        c.desk.reset();
        c.ledger.reset();
        QFile file(c.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pristine = file.readAll();
        file.close();
        const qint64 pages = pristine.size() / 4096;
        QVERIFY(pages > 8);
        int refused = 0;
        int harmless = 0;
        for (qint64 page = 0; page < pages; ++page) {
            const QString copy = c.path + QStringLiteral(".page%1").arg(page);
            QByteArray bytes = pristine;
            bytes.replace(page * 4096, 4096, QByteArray(4096, '\xA5'));
            QFile out(copy);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
            out.close();
            Ledger ledger;
            QString said;
            bool ok = ledger.open(copy, false);
            if (!ok)
                said = ledger.errorString();
            if (ok) {
                const auto verified = ledger.verify();
                ok = !verified.brokenAt && verified.reason.isEmpty();
                said = verified.reason;
            }
            if (ok) {
                QCOMPARE(money(ledger), before); // opened: then with every sale as it was
                ++harmless;
            } else {
                QVERIFY2(said.contains(QStringLiteral("damaged")),
                         qPrintable(QStringLiteral("page %1: %2").arg(page).arg(said)));
                ++refused;
            }
            ledger.close();
            QFile::remove(copy);
        }
        qInfo("ledger damaged at %lld fault points (each page in turn): %d refused as damaged, %d "
              "pages SQLite did not use (opened with the journal unchanged)",
              pages, refused, harmless);
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestLedgerFaults)
#include "tst_ledgerfaults.moc"
