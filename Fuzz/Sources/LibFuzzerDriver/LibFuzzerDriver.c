// Only the declaration in include/LibFuzzerDriver.h; libclang_rt.fuzzer (-sanitize=fuzzer) defines it.
#include "LibFuzzerDriver.h"
