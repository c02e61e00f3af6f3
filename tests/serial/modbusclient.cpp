// A small independent Modbus-RTU client on Debian's libmodbus, for the tests:
//   modbusclient TTY SLAVE read START COUNT | write REGISTER VALUE | coil 0|1
// prints the values read, one per line; exit 0 ok, 1 exception, 2 error.
#include <modbus/modbus.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char **argv)
{
    if (argc < 4)
        return 2;
    modbus_t *context = modbus_new_rtu(argv[1], 9600, 'E', 8, 1);
    if (context == nullptr || modbus_set_slave(context, std::atoi(argv[2])) != 0 ||
        modbus_connect(context) != 0)
        return 2;
    modbus_set_response_timeout(context, 2, 0);
    int result = 0;
    if (std::strcmp(argv[3], "read") == 0 && argc == 6) {
        uint16_t registers[125];
        const int count =
            modbus_read_registers(context, std::atoi(argv[4]), std::atoi(argv[5]), registers);
        if (count < 0) {
            result = errno >= MODBUS_ENOBASE && errno < MODBUS_ENOBASE + 16 ? 1 : 2;
            std::fprintf(stderr, "%s\n", modbus_strerror(errno));
        }
        for (int i = 0; i < count; ++i)
            std::printf("%u\n", registers[i]);
    } else if (std::strcmp(argv[3], "write") == 0 && argc == 6) {
        if (modbus_write_register(context, std::atoi(argv[4]), std::atoi(argv[5])) < 0) {
            result = errno >= MODBUS_ENOBASE && errno < MODBUS_ENOBASE + 16 ? 1 : 2;
            std::fprintf(stderr, "%s\n", modbus_strerror(errno));
        }
    } else if (std::strcmp(argv[3], "coil") == 0 && argc == 5) {
        if (modbus_write_bit(context, 0, std::atoi(argv[4])) < 0) {
            result = errno >= MODBUS_ENOBASE && errno < MODBUS_ENOBASE + 16 ? 1 : 2;
            std::fprintf(stderr, "%s\n", modbus_strerror(errno));
        }
    } else {
        result = 2;
    }
    modbus_close(context);
    modbus_free(context);
    return result;
}
