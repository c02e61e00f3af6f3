// The bare minimum a freestanding C++ image needs: start-up, the vector table, and the four
// memory and string functions the compiler and <string_view> may call. No C library is linked, so a
// heap call, exception or RTTI use fails the link.
#include <cstddef>
#include <cstdint>

extern "C" {

extern std::uint32_t __data_start, __data_end, __data_load, __bss_start, __bss_end, __stack_top,
    __stack_bottom;
extern void (*__init_array_start[])();
extern void (*__init_array_end[])();
int firmwareMain();
void SysTick_Handler();

// The stack is painted at reset so its high-water mark can be measured (ampcard::board::stackUsed).
constexpr std::uint32_t kStackPaint = 0x5AA5C33Cu;

[[noreturn]] void Reset_Handler()
{
    std::uint32_t *sp = nullptr;
    asm volatile("mov %0, sp" : "=r"(sp));
    for (std::uint32_t *word = &__stack_bottom; word + 16 < sp; ++word) // below this frame
        *word = kStackPaint;
    const std::uint32_t *from = &__data_load;
    for (std::uint32_t *to = &__data_start; to < &__data_end;)
        *to++ = *from++;
    for (std::uint32_t *to = &__bss_start; to < &__bss_end;)
        *to++ = 0;
    for (void (**constructor)() = __init_array_start; constructor < __init_array_end; ++constructor)
        (*constructor)();
    firmwareMain();
    for (;;) {
    }
}

std::size_t ampcardStackUsed()
{
    const std::uint32_t *word = &__stack_bottom;
    while (word < &__stack_top && *word == kStackPaint)
        ++word;
    return static_cast<std::size_t>(&__stack_top - word) * sizeof(std::uint32_t);
}

std::size_t ampcardStackSize()
{
    return static_cast<std::size_t>(&__stack_top - &__stack_bottom) * sizeof(std::uint32_t);
}

[[noreturn]] void Default_Handler()
{
    for (;;) {
    }
}

__attribute__((section(".vectors"), used)) void (*const g_vectors[16])() = {
    reinterpret_cast<void (*)()>(&__stack_top),
    Reset_Handler,
    Default_Handler, // NMI
    Default_Handler, // HardFault
    Default_Handler, // MemManage
    Default_Handler, // BusFault
    Default_Handler, // UsageFault
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    Default_Handler, // SVCall
    Default_Handler, // DebugMonitor
    nullptr,
    Default_Handler, // PendSV
    SysTick_Handler,
};

} // extern "C"
