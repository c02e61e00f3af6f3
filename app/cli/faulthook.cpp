#include "faulthook.h"

#include <QByteArray>

#include <unistd.h>

ampcard::station::StepHook faultHook()
{
    using ampcard::station::SaleStep;
    const QByteArray step = qgetenv("AMPCARD_FAULT_STEP");
    if (step.isEmpty())
        return {};
    return [step](SaleStep reached) {
        const char *name = reached == SaleStep::kPendingRecorded ? "pending"
                           : reached == SaleStep::kCardWritten   ? "written"
                                                                 : "completed";
        if (step == name)
            ::_exit(70);
        return true;
    };
}

ampcard::station::Sync::StepHook syncFaultHook()
{
    using Step = ampcard::station::Sync::Step;
    const QByteArray step = qgetenv("AMPCARD_FAULT_STEP");
    if (!step.startsWith("sync-"))
        return {};
    return [step](Step reached) {
        const char *name = "";
        switch (reached) {
        case Step::kConnected: name = "sync-connected"; break;
        case Step::kReferenceInserted: name = "sync-reference-inserted"; break;
        case Step::kReferencePushed: name = "sync-reference-pushed"; break;
        case Step::kReferencePulled: name = "sync-reference-pulled"; break;
        case Step::kBatchBegun: name = "sync-begun"; break;
        case Step::kJournalInserted: name = "sync-journal-inserted"; break;
        case Step::kAuditInserted: name = "sync-audit-inserted"; break;
        case Step::kBeforeCommit: name = "sync-before-commit"; break;
        case Step::kServerCommitted: name = "sync-committed"; break;
        case Step::kOutboxCleared: name = "sync-outbox-cleared"; break;
        case Step::kCardSalesNoted: name = "sync-card-sales-noted"; break;
        }
        if (step == name)
            ::_exit(70);
    };
}
