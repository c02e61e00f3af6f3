#pragma once

#include "ampcard/station/carddesk.h"
#include "ampcard/station/sync.h"

// The step hook of this build of the tool. The shipping `ampcard` has none (nofaulthook.cpp);
// `ampcard-faults`, a test build of the same sources that is never installed, ends the process
// after the step AMPCARD_FAULT_STEP names (pending, written, completed), as a power cut would
// (faulthook.cpp; tests/cli kills the tool this way).
ampcard::station::StepHook faultHook();

// The same for `ampcard sync`: AMPCARD_FAULT_STEP=sync-<step> ends the process at that step of
// a push (Sync::Step): sync-connected, sync-reference-inserted, sync-reference-pushed,
// sync-reference-pulled, sync-begun, sync-journal-inserted, sync-audit-inserted,
// sync-before-commit, sync-committed (the server committed a batch, the outbox not yet cleared),
// sync-outbox-cleared, sync-card-sales-noted.
ampcard::station::Sync::StepHook syncFaultHook();
