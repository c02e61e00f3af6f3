// Settling from the meter's proof (saleproof.h): what the meter's sealed figures prove about each
// token the ledger issued, the moves a sale row may make, and the names stored for both.
// Amounts are raw 0.0001 units. Tokens are written "id@sequence=amount"; a row's fate is one of
// the proof names, "undecided", or "open" (neither decided nor undecided).
#include <QTest>

#include "ampcard/station/saleproof.h"

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

using namespace ampcard::station;

namespace {

QList<IssuedToken> tokens(const QString &text)
{
    QList<IssuedToken> result;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int at = word.indexOf(QLatin1Char('@'));
        const int equals = word.indexOf(QLatin1Char('='));
        if (at < 1 || equals < at)
            qFatal("bad token %s", qPrintable(word));
        result.append({word.left(at), word.mid(at + 1, equals - at - 1).toLongLong(),
                       word.mid(equals + 1).toLongLong()});
    }
    return result;
}

// Each token's fate in issue order; a token named twice in the verdict is a failure.
QString describe(const QList<IssuedToken> &open, const ProofVerdict &verdict)
{
    QStringList words;
    for (const IssuedToken &token : open) {
        QStringList found;
        for (const ProofVerdict::Decision &decision : verdict.decided)
            if (decision.saleId == token.saleId)
                found.append(proofName(decision.proof));
        for (const QString &id : verdict.undecided)
            if (id == token.saleId)
                found.append(QStringLiteral("undecided"));
        words.append(token.saleId + QLatin1Char('=') +
                     (found.isEmpty() ? QStringLiteral("open") : found.join(QLatin1Char('+'))));
    }
    return words.join(QLatin1Char(' '));
}

// `count` single-token sequences 1..count, amount 2^(sequence-1) so that every subset of them has
// its own sum; the even sequences and the last one were loaded.
struct Ladder {
    QString tokens;
    QString fates;
    qint64 loads = 0;
    qint64 credit = 0;
};

Ladder ladder(int count)
{
    Ladder result;
    QStringList words;
    QStringList fateWords;
    for (int sequence = 1; sequence <= count; ++sequence) {
        const qint64 amount = qint64(1) << (sequence - 1);
        const bool loaded = sequence % 2 == 0 || sequence == count;
        words.append(QStringLiteral("t%1@%1=%2").arg(sequence).arg(amount));
        fateWords.append(QStringLiteral("t%1=%2").arg(sequence).arg(
            count > kMaxWeighedSequences ? QStringLiteral("undecided")
            : loaded                     ? QStringLiteral("loaded")
                                         : QStringLiteral("superseded")));
        if (loaded) {
            ++result.loads;
            result.credit += amount;
        }
    }
    result.tokens = words.join(QLatin1Char(' '));
    result.fates = fateWords.join(QLatin1Char(' '));
    return result;
}

// A meter history over a ledger's sequences: per sequence, the index of the token the meter
// loaded there, or -1.
struct Layout {
    std::vector<std::int64_t> sequences;
    std::vector<QList<IssuedToken>> bySequence;
};

Layout layout(const QList<IssuedToken> &issued)
{
    std::map<std::int64_t, QList<IssuedToken>> grouped;
    for (const IssuedToken &token : issued)
        grouped[token.sequence].append(token);
    Layout result;
    for (const auto &[sequence, group] : grouped) {
        result.sequences.push_back(sequence);
        result.bySequence.push_back(group);
    }
    return result;
}

std::vector<std::vector<int>> everyHistory(const Layout &layout)
{
    std::vector<std::vector<int>> histories;
    std::vector<int> choice(layout.sequences.size(), -1);
    std::function<void(std::size_t)> step = [&](std::size_t at) {
        if (at == choice.size()) {
            histories.push_back(choice);
            return;
        }
        for (int i = -1; i < layout.bySequence[at].size(); ++i) {
            choice[at] = i;
            step(at + 1);
        }
        choice[at] = -1;
    };
    step(0);
    return histories;
}

struct Figures {
    std::int64_t lastSequence = 0;
    std::int64_t loads = 0;
    std::int64_t credit = 0;
    bool operator==(const Figures &) const = default;
};

Figures figures(const Layout &layout, const std::vector<int> &choice)
{
    Figures result;
    for (std::size_t g = 0; g < choice.size(); ++g) {
        if (choice[g] < 0)
            continue;
        const std::int64_t amount = layout.bySequence[g][choice[g]].amount;
        result.lastSequence = layout.sequences[g];
        result.loads += amount > 0 ? 1 : 0;
        result.credit += amount;
    }
    return result;
}

QString fateOf(int index, int loaded)
{
    return loaded < 0        ? proofName(TokenProof::kSuperseded)
           : index < loaded  ? proofName(TokenProof::kCarried)
           : index == loaded ? proofName(TokenProof::kLoaded)
                             : proofName(TokenProof::kSuperseded);
}

} // namespace

class TestSaleProof : public QObject {
    Q_OBJECT

private slots:
    void weighs_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<qint64>("provenLoads");
        QTest::addColumn<qint64>("provenCredit");
        QTest::addColumn<qint64>("lastSequence");
        QTest::addColumn<qint64>("loadCount");
        QTest::addColumn<qint64>("creditLoaded");
        QTest::addColumn<qint64>("maxIssued");
        QTest::addColumn<QString>("fates");
        QTest::addColumn<qint64>("unknownCredit");
        QTest::addColumn<qint64>("unknownLoads");
        QTest::addColumn<bool>("contradicts");

        // open, proven loads and credit, proof (last sequence, loads, credit), max issued.
        QTest::newRow("single-token-loaded")
            << "p@5=1000000" << qint64(0) << qint64(0) << qint64(5) << qint64(1) << qint64(1000000)
            << qint64(5) << "p=loaded" << qint64(0) << qint64(0) << false;
        QTest::newRow("single-token-loaded-on-top-of-proven")
            << "p@5=1000000" << qint64(4) << qint64(7000000) << qint64(5) << qint64(5)
            << qint64(8000000) << qint64(5) << "p=loaded" << qint64(0) << qint64(0) << false;
        QTest::newRow("single-token-superseded-by-cancellation-record")
            << "p@5=1000000 c@6=0" << qint64(0) << qint64(0) << qint64(6) << qint64(0) << qint64(0)
            << qint64(6) << "p=superseded c=loaded" << qint64(0) << qint64(0) << false;
        QTest::newRow("purchase-and-cancellation-both-loaded-refund-refused")
            << "p@5=1000000 c@6=0" << qint64(0) << qint64(0) << qint64(6) << qint64(1)
            << qint64(1000000) << qint64(6) << "p=loaded c=loaded" << qint64(0) << qint64(0)
            << false;
        QTest::newRow("same-amount-two-sequences-one-loaded-ambiguous")
            << "a@4=1000000 b@5=1000000 c@6=0" << qint64(0) << qint64(0) << qint64(6) << qint64(1)
            << qint64(1000000) << qint64(6) << "a=undecided b=undecided c=loaded" << qint64(0)
            << qint64(0) << false;
        QTest::newRow("same-amount-ambiguous-rest-decided")
            << "a@3=1000000 b@4=1000000 c@5=500000" << qint64(0) << qint64(0) << qint64(5)
            << qint64(2) << qint64(1500000) << qint64(5) << "a=undecided b=undecided c=loaded"
            << qint64(0) << qint64(0) << false;
        QTest::newRow("different-amounts-earlier-loaded")
            << "a@4=1000000 b@5=2000000 c@6=0" << qint64(0) << qint64(0) << qint64(6) << qint64(1)
            << qint64(1000000) << qint64(6) << "a=loaded b=superseded c=loaded" << qint64(0)
            << qint64(0) << false;
        QTest::newRow("different-amounts-later-loaded")
            << "a@4=1000000 b@5=2000000 c@6=0" << qint64(0) << qint64(0) << qint64(6) << qint64(1)
            << qint64(2000000) << qint64(6) << "a=superseded b=loaded c=loaded" << qint64(0)
            << qint64(0) << false;
        // The meter loaded its last sequence: of two equal tokens, the one issued there.
        QTest::newRow("same-amount-the-one-at-last-sequence-loaded")
            << "a@4=1000000 b@5=1000000" << qint64(0) << qint64(0) << qint64(5) << qint64(1)
            << qint64(1000000) << qint64(5) << "a=superseded b=loaded" << qint64(0) << qint64(0)
            << false;
        QTest::newRow("last-sequence-loaded-without-its-credit-undecided")
            << "p@5=1000000" << qint64(0) << qint64(0) << qint64(5) << qint64(0) << qint64(0)
            << qint64(5) << "p=undecided" << qint64(0) << qint64(0) << false;
        QTest::newRow("reissue-second-loaded-first-carried")
            << "a1@5=1000000 a2@5=1500000" << qint64(0) << qint64(0) << qint64(5) << qint64(1)
            << qint64(1500000) << qint64(5) << "a1=carried a2=loaded" << qint64(0) << qint64(0)
            << false;
        QTest::newRow("reissue-first-loaded-second-superseded")
            << "a1@5=1000000 a2@5=1500000" << qint64(0) << qint64(0) << qint64(5) << qint64(1)
            << qint64(1000000) << qint64(5) << "a1=loaded a2=superseded" << qint64(0) << qint64(0)
            << false;
        QTest::newRow("reissue-third-loaded-both-earlier-carried")
            << "a1@5=1000000 a2@5=1500000 a3@5=1800000" << qint64(0) << qint64(0) << qint64(5)
            << qint64(1) << qint64(1800000) << qint64(5) << "a1=carried a2=carried a3=loaded"
            << qint64(0) << qint64(0) << false;
        QTest::newRow("reissue-none-loaded-both-superseded-by-cancellation")
            << "a1@5=1000000 a2@5=1500000 c@6=0" << qint64(0) << qint64(0) << qint64(6) << qint64(0)
            << qint64(0) << qint64(6) << "a1=superseded a2=superseded c=loaded" << qint64(0)
            << qint64(0) << false;
        QTest::newRow("unknown-credit-after-restore")
            << "" << qint64(3) << qint64(3000000) << qint64(8) << qint64(5) << qint64(4500000)
            << qint64(6) << "" << qint64(1500000) << qint64(2) << false;
        QTest::newRow("unknown-credit-after-restore-cancellation-below-stays-open")
            << "c@6=0" << qint64(3) << qint64(3000000) << qint64(8) << qint64(4) << qint64(3800000)
            << qint64(6) << "c=open" << qint64(800000) << qint64(1) << false;
        QTest::newRow("unknown-credit-no-open-credit-token")
            << "c@6=0" << qint64(1) << qint64(1000000) << qint64(6) << qint64(2) << qint64(1800000)
            << qint64(6) << "c=loaded" << qint64(800000) << qint64(1) << false;
        QTest::newRow("unknown-credit-not-considered-while-open-credit-below-max-issued")
            << "p@5=1000000 q@6=2000000" << qint64(0) << qint64(0) << qint64(6) << qint64(2)
            << qint64(3500000) << qint64(6) << "p=undecided q=undecided" << qint64(0) << qint64(0)
            << false;
        QTest::newRow("restore-open-credit-either-loaded-or-not-undecided")
            << "p@5=1000000" << qint64(0) << qint64(0) << qint64(7) << qint64(2) << qint64(1700000)
            << qint64(5) << "p=undecided" << qint64(0) << qint64(0) << false;
        QTest::newRow("restore-no-credit-moved-token-superseded")
            << "p@5=1000000" << qint64(0) << qint64(0) << qint64(7) << qint64(0) << qint64(0)
            << qint64(5) << "p=superseded" << qint64(0) << qint64(0) << false;
        QTest::newRow("restore-credit-without-a-load-is-no-history")
            << "" << qint64(0) << qint64(0) << qint64(8) << qint64(0) << qint64(500000) << qint64(6)
            << "" << qint64(0) << qint64(0) << false;
        QTest::newRow("restore-more-loads-than-credit-units-is-no-history")
            << "" << qint64(0) << qint64(0) << qint64(8) << qint64(3) << qint64(2) << qint64(6)
            << "" << qint64(0) << qint64(0) << false;
        QTest::newRow("contradiction-credit-below-proven")
            << "p@5=1000000" << qint64(2) << qint64(2000000) << qint64(5) << qint64(3)
            << qint64(1500000) << qint64(5) << "p=open" << qint64(0) << qint64(0) << true;
        QTest::newRow("contradiction-loads-below-proven")
            << "p@5=1000000" << qint64(2) << qint64(2000000) << qint64(5) << qint64(1)
            << qint64(3000000) << qint64(5) << "p=open" << qint64(0) << qint64(0) << true;
        QTest::newRow("zero-amount-token-at-last-sequence-loaded")
            << "c@6=0" << qint64(1) << qint64(1000000) << qint64(6) << qint64(1) << qint64(1000000)
            << qint64(6) << "c=loaded" << qint64(0) << qint64(0) << false;
        QTest::newRow("zero-amount-token-below-last-sequence-stays-open")
            << "z@6=0 p@7=1000000" << qint64(0) << qint64(0) << qint64(7) << qint64(1)
            << qint64(1000000) << qint64(7) << "z=open p=loaded" << qint64(0) << qint64(0) << false;
        QTest::newRow("two-zero-amount-tokens-at-last-sequence-stay-open")
            << "y@6=0 z@6=0" << qint64(0) << qint64(0) << qint64(6) << qint64(0) << qint64(0)
            << qint64(6) << "y=open z=open" << qint64(0) << qint64(0) << false;
        const Ladder most = ladder(kMaxWeighedSequences);
        QTest::newRow("most-open-sequences-weighed")
            << most.tokens << qint64(0) << qint64(0) << qint64(kMaxWeighedSequences) << most.loads
            << most.credit << qint64(kMaxWeighedSequences) << most.fates << qint64(0) << qint64(0)
            << false;
        const Ladder tooMany = ladder(kMaxWeighedSequences + 1);
        QTest::newRow("too-many-open-sequences-all-undecided")
            << tooMany.tokens << qint64(0) << qint64(0) << qint64(kMaxWeighedSequences + 1)
            << tooMany.loads << tooMany.credit << qint64(kMaxWeighedSequences + 1) << tooMany.fates
            << qint64(0) << qint64(0) << false;
        QTest::newRow("too-many-open-sequences-cancellation-at-last-still-loaded")
            << tooMany.tokens + QStringLiteral(" c@16=0") << qint64(0) << qint64(0) << qint64(16)
            << tooMany.loads << tooMany.credit << qint64(16) << tooMany.fates + " c=loaded"
            << qint64(0) << qint64(0) << false;
    }

    void weighs()
    {
        QFETCH(QString, open);
        QFETCH(qint64, provenLoads);
        QFETCH(qint64, provenCredit);
        QFETCH(qint64, lastSequence);
        QFETCH(qint64, loadCount);
        QFETCH(qint64, creditLoaded);
        QFETCH(qint64, maxIssued);
        QFETCH(QString, fates);
        QFETCH(qint64, unknownCredit);
        QFETCH(qint64, unknownLoads);
        QFETCH(bool, contradicts);

        const QList<IssuedToken> issued = tokens(open);
        const ProofVerdict verdict = weigh(issued, {provenLoads, provenCredit},
                                           {lastSequence, loadCount, creditLoaded}, maxIssued);
        QCOMPARE(describe(issued, verdict), fates);
        QCOMPARE(qint64(verdict.unknownCredit), unknownCredit);
        QCOMPARE(qint64(verdict.unknownLoads), unknownLoads);
        QCOMPARE(verdict.contradicts, contradicts);
    }

    // Network mode: another station may have used the meter's last sequence for its own token.
    // A card token of this ledger there is weighed as possibly not loaded; a remote sale's
    // sequence came from the server and is this ledger's alone.
    void sharedSequences_cardTokenMayBeAnotherStations_remoteTokenIsOurs()
    {
        // The meter loaded one token of 5 at sequence 3; this ledger's token there is 43.
        QList<IssuedToken> card = tokens(QStringLiteral("c@3=43"));
        ProofVerdict verdict = weigh(card, {}, {3, 1, 5}, 3, true, true);
        QCOMPARE(describe(card, verdict), QStringLiteral("c=superseded"));
        QCOMPARE(qint64(verdict.unknownCredit), 5);
        // Without sharing (stand-alone), the same figures fit no history: undecided.
        verdict = weigh(card, {}, {3, 1, 5}, 3, false, false);
        QCOMPARE(describe(card, verdict), QStringLiteral("c=undecided"));
        // A remote token of 5 at 3, and another station's card credit of 7 loaded beside it.
        QList<IssuedToken> remote = tokens(QStringLiteral("r@3=5"));
        remote.first().sequenceFromServer = true;
        verdict = weigh(remote, {}, {3, 2, 12}, 3, true, true);
        QCOMPARE(describe(remote, verdict), QStringLiteral("r=loaded"));
        QCOMPARE(qint64(verdict.unknownCredit), 7);
        // Were it a card token, the same figures would fit two histories.
        remote.first().sequenceFromServer = false;
        verdict = weigh(remote, {}, {3, 2, 12}, 3, true, true);
        QCOMPARE(describe(remote, verdict), QStringLiteral("r=undecided"));
    }

    // Adversary: a meter that loaded any subset of the ledger's tokens, in sequence order. For
    // every such history, each token weigh() decides has the fate it has in every history that
    // fits the meter's figures, and each sequence on whose loaded token all those histories agree
    // is decided. The token at the meter's last sequence was loaded.
    void decidesExactlyWhatEveryFittingHistoryAgreesOn_data()
    {
        QTest::addColumn<QString>("issued");
        QTest::newRow("distinct-amounts") << "a@1=100 b@2=200 c@3=400";
        QTest::newRow("equal-amounts") << "a@1=100 b@2=100 c@3=100";
        QTest::newRow("two-equal-then-sum") << "a@1=100 b@2=200 c@3=300 d@4=0";
        QTest::newRow("purchase-cancellation-purchase") << "p@1=100 c@2=0 q@3=100 d@4=0";
        QTest::newRow("reissue-chain-among-singles") << "a1@1=100 a2@1=250 b@2=150 c@3=0 d@4=100";
        QTest::newRow("reissue-equal-to-single") << "a1@1=100 a2@1=200 b@2=100 c@3=0";
    }

    void decidesExactlyWhatEveryFittingHistoryAgreesOn()
    {
        QFETCH(QString, issued);
        const Layout ledger = layout(tokens(issued));
        const std::int64_t maxIssued = ledger.sequences.back();
        const std::vector<std::vector<int>> histories = everyHistory(ledger);
        int weighed = 0;
        for (const std::vector<int> &truth : histories) {
            const Figures proof = figures(ledger, truth);
            if (proof.lastSequence == 0)
                continue;
            ++weighed;
            QList<IssuedToken> open;
            for (std::size_t g = 0; g < ledger.sequences.size(); ++g)
                if (ledger.sequences[g] <= proof.lastSequence)
                    open.append(ledger.bySequence[g]);
            std::vector<std::vector<int>> fitting;
            for (const std::vector<int> &candidate : histories)
                if (figures(ledger, candidate) == proof)
                    fitting.push_back(candidate);

            QStringList expected;
            for (std::size_t g = 0; g < ledger.sequences.size(); ++g) {
                if (ledger.sequences[g] > proof.lastSequence)
                    continue;
                const int first = fitting.front()[g];
                const bool agree =
                    std::all_of(fitting.begin(), fitting.end(),
                                [&](const std::vector<int> &h) { return h[g] == first; });
                const QList<IssuedToken> &group = ledger.bySequence[g];
                const bool carriesCredit = std::any_of(
                    group.begin(), group.end(), [](const IssuedToken &t) { return t.amount > 0; });
                for (int i = 0; i < group.size(); ++i)
                    expected.append(group[i].saleId + QLatin1Char('=') +
                                    (agree           ? fateOf(i, first)
                                     : carriesCredit ? QStringLiteral("undecided")
                                                     : QStringLiteral("open")));
            }
            QStringList history;
            for (std::size_t g = 0; g < truth.size(); ++g)
                history.append(truth[g] < 0 ? QStringLiteral("-")
                                            : ledger.bySequence[g][truth[g]].saleId);
            const QString prefix =
                QStringLiteral("loaded %1: ").arg(history.join(QLatin1Char(',')));

            const ProofVerdict verdict =
                weigh(open, {}, {proof.lastSequence, proof.loads, proof.credit}, maxIssued);
            QCOMPARE(prefix + describe(open, verdict), prefix + expected.join(QLatin1Char(' ')));
            QCOMPARE(qint64(verdict.unknownCredit), qint64(0));
            QCOMPARE(qint64(verdict.unknownLoads), qint64(0));
            QVERIFY(!verdict.contradicts);
        }
        QVERIFY(weighed > 0);
    }

    void mayMove_data()
    {
        QTest::addColumn<SaleState>("from");
        QTest::addColumn<SaleState>("to");
        QTest::addColumn<bool>("allowed");
        using enum SaleState;
        QTest::newRow("pending-to-complete") << kPending << kComplete << true;
        QTest::newRow("pending-to-void") << kPending << kVoid << true;
        QTest::newRow("complete-to-cancelled") << kComplete << kCancelled << true;
        QTest::newRow("refused-pending-to-pending") << kPending << kPending << false;
        QTest::newRow("refused-pending-to-cancelled") << kPending << kCancelled << false;
        QTest::newRow("refused-complete-to-pending") << kComplete << kPending << false;
        QTest::newRow("refused-complete-to-complete") << kComplete << kComplete << false;
        QTest::newRow("refused-complete-to-void") << kComplete << kVoid << false;
        QTest::newRow("refused-void-to-pending") << kVoid << kPending << false;
        QTest::newRow("refused-void-to-complete") << kVoid << kComplete << false;
        QTest::newRow("refused-void-to-void") << kVoid << kVoid << false;
        QTest::newRow("refused-void-to-cancelled") << kVoid << kCancelled << false;
        QTest::newRow("refused-cancelled-to-pending") << kCancelled << kPending << false;
        QTest::newRow("refused-cancelled-to-complete") << kCancelled << kComplete << false;
        QTest::newRow("refused-cancelled-to-void") << kCancelled << kVoid << false;
        QTest::newRow("refused-cancelled-to-cancelled") << kCancelled << kCancelled << false;
    }

    void mayMove()
    {
        QFETCH(SaleState, from);
        QFETCH(SaleState, to);
        QFETCH(bool, allowed);
        QCOMPARE(ampcard::station::mayMove(from, to), allowed);
    }

    void stateNames_data()
    {
        QTest::addColumn<SaleState>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("pending") << SaleState::kPending << "pending";
        QTest::newRow("complete") << SaleState::kComplete << "complete";
        QTest::newRow("void") << SaleState::kVoid << "void";
        QTest::newRow("cancelled") << SaleState::kCancelled << "cancelled";
    }

    void stateNames()
    {
        QFETCH(SaleState, state);
        QFETCH(QString, name);
        QCOMPARE(stateName(state), name);
        QCOMPARE(stateFromName(name), std::optional<SaleState>(state));
    }

    void unknownStateNamesRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << "";
        QTest::newRow("capitalised") << "Pending";
        QTest::newRow("other-word") << "voided";
        QTest::newRow("proof-name") << "loaded";
    }

    void unknownStateNamesRefused()
    {
        QFETCH(QString, name);
        QVERIFY(!stateFromName(name));
    }

    void proofNames_data()
    {
        QTest::addColumn<TokenProof>("proof");
        QTest::addColumn<QString>("name");
        QTest::newRow("unknown-is-empty") << TokenProof::kUnknown << "";
        QTest::newRow("loaded") << TokenProof::kLoaded << "loaded";
        QTest::newRow("carried") << TokenProof::kCarried << "carried";
        QTest::newRow("superseded") << TokenProof::kSuperseded << "superseded";
    }

    void proofNames()
    {
        QFETCH(TokenProof, proof);
        QFETCH(QString, name);
        QCOMPARE(proofName(proof), name);
        QCOMPARE(proofFromName(name), proof);
    }

    void unknownProofNamesAreUnknown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("capitalised") << "Loaded";
        QTest::newRow("state-name") << "complete";
        QTest::newRow("other-word") << "unknown";
    }

    void unknownProofNamesAreUnknown()
    {
        QFETCH(QString, name);
        QCOMPARE(proofFromName(name), TokenProof::kUnknown);
    }
};

QTEST_GUILESS_MAIN(TestSaleProof)
#include "tst_saleproof.moc"
