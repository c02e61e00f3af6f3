# Compile settings shared by the project's own targets.

# Warnings as errors on every project target.
function(ampcard_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror -Wshadow
                                             -Wnon-virtual-dtor -Wold-style-cast)
endfunction()

# The portable core and firmware: no exceptions, no RTTI, and -Wconversion, where a silent
# narrowing is a money bug. The same flags on the host and on Cortex-M3.
function(ampcard_portable target)
    ampcard_warnings(${target})
    target_compile_options(${target} PRIVATE -Wconversion -fno-exceptions -fno-rtti
                                             -fno-threadsafe-statics
                                             # clang's -Wconversion adds sign conversion; GCC's
                                             # (the firmware compiler) does not: keep them equal.
                                             $<$<CXX_COMPILER_ID:Clang>:-Wno-sign-conversion>)
endfunction()
