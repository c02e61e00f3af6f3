#pragma once

#include "ampcard/station/carddesk.h"

// The step hook of this build of the tool. The shipping `ampcard` has none (nofaulthook.cpp);
// `ampcard-faults`, a test build of the same sources that is never installed, ends the process
// after the step AMPCARD_FAULT_STEP names (pending, written, completed), as a power cut would
// (faulthook.cpp; tests/cli kills the tool this way).
ampcard::station::StepHook faultHook();
