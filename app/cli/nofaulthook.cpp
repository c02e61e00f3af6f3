#include "faulthook.h"

ampcard::station::StepHook faultHook()
{
    return {};
}
