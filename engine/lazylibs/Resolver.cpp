// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first call of a function of libcrypto or libzip in wimbench-cli-core lands here, through the
// stub the build generated for it (LazyStubs.cmake): the library is loaded, the function looked up,
// and the stub's slot set to it, so every later call jumps straight to the library
// (engine/lazylibs/README.md). Qt-free and allocation-free: it may run on any thread, at any time.
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include <dlfcn.h>

namespace {

/// One entry per stub, in the section the stubs fill (`wb_lazy_table`).
struct LazyEntry
{
    void **slot;         ///< where the stub jumps: its own resolver entry until resolved
    const char *name;    ///< the function's name
    const char *library; ///< the SONAME that defines it
};

[[noreturn]] void cannotLoad(const LazyEntry &entry, const char *why)
{
    // The dynamic loader's own failures are English and untranslated too; nothing else can run.
    std::fprintf(stderr,
                 "Error: WimBench could not load %s from %s (%s). Reinstall the package that provides %s "
                 "(Debian: libssl3 for libcrypto, libzip4 for libzip).\n",
                 entry.name, entry.library, why ? why : "unknown error", entry.library);
    std::abort();
}

} // namespace

extern "C" const LazyEntry __start_wb_lazy_table[];
extern "C" const LazyEntry __stop_wb_lazy_table[];

/// Called by the generated stubs (wb_lazy_common) with the slot of the function called; returns
/// the function's address, which the stub then jumps to with the caller's registers restored.
extern "C" __attribute__((visibility("hidden"))) void *wb_lazy_resolve(void **slot)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    for (const LazyEntry *e = __start_wb_lazy_table; e != __stop_wb_lazy_table; ++e) {
        if (e->slot != slot)
            continue;
        // Loaded once; later lookups find it loaded. Local: the library's symbols stay out of the
        // global scope, as they were for a library linked normally.
        void *library = ::dlopen(e->library, RTLD_LAZY | RTLD_LOCAL);
        if (library == nullptr)
            cannotLoad(*e, ::dlerror());
        void *function = ::dlsym(library, e->name);
        if (function == nullptr)
            cannotLoad(*e, ::dlerror());
        __atomic_store_n(slot, function, __ATOMIC_RELEASE);
        return function;
    }
    std::fputs("Error: WimBench called a lazily loaded function it has no entry for.\n", stderr);
    std::abort();
}
