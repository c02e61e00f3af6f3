// The bare minimum a freestanding C++ image needs: start-up, the vector table, and the four
// memory and string functions the compiler and <string_view> may call. No C library is linked, so a
// heap call, exception or RTTI use fails the link.
#include <cstddef>
#include <cstdint>

extern "C" {

extern std::uint32_t __data_start, __data_end, __data_load, __bss_start, __bss_end, __stack_top;
extern void (*__init_array_start[])();
extern void (*__init_array_end[])();
int firmwareMain();
void SysTick_Handler();

void *memcpy(void *destination, const void *source, std::size_t size)
{
    auto *to = static_cast<unsigned char *>(destination);
    const auto *from = static_cast<const unsigned char *>(source);
    while (size-- != 0)
        *to++ = *from++;
    return destination;
}

void *memmove(void *destination, const void *source, std::size_t size)
{
    auto *to = static_cast<unsigned char *>(destination);
    const auto *from = static_cast<const unsigned char *>(source);
    if (to < from) {
        while (size-- != 0)
            *to++ = *from++;
    } else {
        while (size != 0) {
            --size;
            to[size] = from[size];
        }
    }
    return destination;
}

void *memset(void *destination, int value, std::size_t size)
{
    auto *to = static_cast<unsigned char *>(destination);
    while (size-- != 0)
        *to++ = static_cast<unsigned char>(value);
    return destination;
}

int memcmp(const void *left, const void *right, std::size_t size)
{
    const auto *a = static_cast<const unsigned char *>(left);
    const auto *b = static_cast<const unsigned char *>(right);
    for (; size != 0; --size, ++a, ++b) {
        if (*a != *b)
            return *a < *b ? -1 : 1;
    }
    return 0;
}

std::size_t strlen(const char *text)
{
    std::size_t n = 0;
    while (text[n] != '\0')
        ++n;
    return n;
}

void *memchr(const void *memory, int value, std::size_t size)
{
    const auto *bytes = static_cast<const unsigned char *>(memory);
    for (std::size_t i = 0; i < size; ++i) {
        if (bytes[i] == static_cast<unsigned char>(value))
            return const_cast<unsigned char *>(bytes + i);
    }
    return nullptr;
}

// Static objects are never destroyed: the meter never returns from main.
void *__dso_handle = nullptr;
int __aeabi_atexit(void *, void (*)(void *), void *)
{
    return 0;
}

void __cxa_pure_virtual()
{
    for (;;) {
    }
}

[[noreturn]] void Reset_Handler()
{
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
