#include "ampcard/station/saleproof.h"

#include <array>
#include <map>
#include <vector>

namespace ampcard::station {

namespace {

// One sequence's tokens, in issue order; a choice is -1 (none loaded) or the index loaded.
struct Group {
    std::int64_t sequence = 0;
    QList<IssuedToken> tokens;
};

struct Search {
    const std::vector<Group> *groups = nullptr;
    std::int64_t credit = 0; // to explain
    std::int64_t loads = 0;
    bool relaxed = false; // the rest may be tokens this ledger never issued
    bool shared = false;  // another ledger may have issued the last sequence too
    std::int64_t lastSequence = 0;
    std::vector<int> choice;
    std::vector<std::vector<int>> solutions;
    std::vector<std::pair<std::int64_t, std::int64_t>> rests; // unexplained credit and loads

    void run(std::size_t at, std::int64_t credit_, std::int64_t loads_)
    {
        if (credit_ > credit || loads_ > loads)
            return;
        if (at == groups->size()) {
            const std::int64_t restCredit = credit - credit_;
            const std::int64_t restLoads = loads - loads_;
            const bool exact = restCredit == 0 && restLoads == 0;
            // Every unknown load carried credit: a rest of credit without loads (or the reverse)
            // is no history at all.
            const bool possible =
                relaxed && restCredit > 0 && restLoads > 0 && restLoads <= restCredit;
            if (exact || possible) {
                solutions.push_back(choice);
                rests.emplace_back(restCredit, restLoads);
            }
            return;
        }
        const Group &group = (*groups)[at];
        // The meter loaded a token at its last sequence: where this ledger issued only credit
        // tokens, it was one of them.
        bool fromServer = false;
        for (const IssuedToken &token : group.tokens)
            fromServer = fromServer || token.sequenceFromServer;
        bool noneLoaded = group.sequence != lastSequence || (relaxed && shared && !fromServer);
        for (const IssuedToken &token : group.tokens)
            noneLoaded = noneLoaded || token.amount <= 0;
        if (noneLoaded) {
            choice[at] = -1;
            run(at + 1, credit_, loads_);
        }
        for (int i = 0; i < group.tokens.size(); ++i) {
            const std::int64_t amount = group.tokens[i].amount;
            if (amount <= 0)
                continue;
            choice[at] = i;
            run(at + 1, credit_ + amount, loads_ + 1);
        }
        choice[at] = -1;
    }
};

} // namespace

ProofVerdict weigh(const QList<IssuedToken> &open, const ProvenTotals &proven,
                   const MeterProof &proof, std::int64_t maxIssuedSequence, bool unknownPossible,
                   bool sequencesShared)
{
    ProofVerdict verdict;
    const std::int64_t credit = proof.creditLoaded - proven.creditLoaded;
    const std::int64_t loads = proof.loadCount - proven.loadCount;
    if (credit < 0 || loads < 0) {
        verdict.contradicts = true;
        return verdict;
    }

    // Tokens of amount 0 move no money and leave no trace in the figures: they are weighed only
    // as the reason a sequence was used up.
    std::map<std::int64_t, Group> bySequence;
    for (const IssuedToken &token : open) {
        Group &group = bySequence[token.sequence];
        group.sequence = token.sequence;
        group.tokens.append(token);
    }
    std::vector<Group> groups;
    bool anyCredit = false;
    for (auto &[sequence, group] : bySequence) {
        bool carries = false;
        for (const IssuedToken &token : group.tokens)
            carries = carries || token.amount > 0;
        if (carries) {
            groups.push_back(group);
            anyCredit = true;
        } else if (sequence == proof.lastSequence && group.tokens.size() == 1) {
            verdict.decided.append({group.tokens.first().saleId, TokenProof::kLoaded});
        }
    }
    if (static_cast<int>(groups.size()) > kMaxWeighedSequences) {
        for (const Group &group : groups)
            for (const IssuedToken &token : group.tokens)
                verdict.undecided.append(token.saleId);
        return verdict;
    }

    Search search;
    search.groups = &groups;
    search.credit = credit;
    search.loads = loads;
    search.lastSequence = proof.lastSequence;
    search.shared = sequencesShared;
    search.choice.assign(groups.size(), -1);
    search.run(0, 0, 0);
    if (search.solutions.empty() &&
        (proof.lastSequence > maxIssuedSequence || !anyCredit || unknownPossible)) {
        search.relaxed = true;
        search.run(0, 0, 0);
    }
    if (search.solutions.empty()) {
        for (const Group &group : groups)
            for (const IssuedToken &token : group.tokens)
                verdict.undecided.append(token.saleId);
        return verdict;
    }

    bool allDecided = true;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const int first = search.solutions.front()[g];
        bool agree = true;
        for (const std::vector<int> &solution : search.solutions)
            agree = agree && solution[g] == first;
        const QList<IssuedToken> &tokens = groups[g].tokens;
        for (int i = 0; i < tokens.size(); ++i) {
            if (!agree) {
                verdict.undecided.append(tokens[i].saleId);
                continue;
            }
            const TokenProof decided = first < 0    ? TokenProof::kSuperseded
                                       : i < first  ? TokenProof::kCarried
                                       : i == first ? TokenProof::kLoaded
                                                    : TokenProof::kSuperseded;
            verdict.decided.append({tokens[i].saleId, decided});
        }
        allDecided = allDecided && agree;
    }
    if (allDecided) {
        verdict.unknownCredit = search.rests.front().first;
        verdict.unknownLoads = search.rests.front().second;
    }
    return verdict;
}

} // namespace ampcard::station
