#include "faulthook.h"

ampcard::station::StepHook faultHook()
{
    return {};
}

ampcard::station::Sync::StepHook syncFaultHook()
{
    return {};
}
