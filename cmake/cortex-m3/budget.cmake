# The firmware's memory budget, checked in CI (`cmake --build build/cortex-m3 --target budget`):
# flash (text + data) within 64 KiB, and RAM (data + bss + the stack reserved in the linker
# script) within kRamBudget: issue 16's 8 KiB, which the image meets (8,176 B: data 392 + bss
# 4,904 + a stack of 2,880, the measured high-water plus at least 15 %; docs/PERFORMANCE.md).
# Usage: cmake -DSIZE=arm-none-eabi-size -DELF=ampcard-meter-fw.elf -P budget.cmake
set(kFlashBudget 65536)
set(kRamBudget 8192)
execute_process(COMMAND ${SIZE} -A ${ELF} OUTPUT_VARIABLE sections RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "${SIZE} -A ${ELF} failed")
endif()
foreach(section text data bss stack)
    string(REGEX MATCH "\n\\.${section} +([0-9]+)" found "${sections}")
    if(NOT found)
        message(FATAL_ERROR "no .${section} section in ${ELF}")
    endif()
    set(${section} ${CMAKE_MATCH_1})
endforeach()
math(EXPR flash "${text} + ${data}")
math(EXPR ram "${data} + ${bss} + ${stack}")
message(STATUS "firmware flash ${flash} B of ${kFlashBudget}; RAM ${ram} B (data ${data} + bss "
               "${bss} + stack ${stack}) of ${kRamBudget}")
if(flash GREATER kFlashBudget)
    message(FATAL_ERROR "flash over budget: ${flash} > ${kFlashBudget}")
endif()
if(ram GREATER kRamBudget)
    message(FATAL_ERROR "RAM over budget: ${ram} > ${kRamBudget}")
endif()
