// Guarded coroutine stacks and the initial frame of a fresh context.
#include "CStepvizContext.h"

#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

void *stepviz_stack_map(size_t usable, size_t *length) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t rounded = (usable + page - 1) / page * page;
    size_t total = rounded + page;
    // MAP_NORESERVE|lazy pages: a coroutine touches only the stack it uses.
    void *base = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED) return NULL;
    if (mprotect(base, page, PROT_NONE) != 0) {
        munmap(base, total);
        return NULL;
    }
    *length = total;
    return base;
}

void stepviz_stack_unmap(void *base, size_t length) { munmap(base, length); }

// The trampoline each fresh context "returns" into (context_switch.S).
extern void stepviz_context_trampoline(void);

void *stepviz_context_make(void *top, void (*entry)(void *), void *argument) {
    uintptr_t *sp = (uintptr_t *)((uintptr_t)top & ~(uintptr_t)15);
#if defined(__x86_64__)
    // Popped by stepviz_context_switch: r15 r14 r13 r12 rbx rbp, then ret.
    // After the ret rsp is `top`, 16-aligned, as the trampoline's call needs.
    *--sp = (uintptr_t)stepviz_context_trampoline; // return address
    *--sp = 0;                                  // rbp
    *--sp = 0;                                  // rbx
    *--sp = (uintptr_t)argument;                // r12
    *--sp = (uintptr_t)entry;                   // r13
    *--sp = 0;                                  // r14
    *--sp = 0;                                  // r15
#elif defined(__aarch64__)
    // 160 bytes loaded by stepviz_context_switch: x19..x28, x29, x30, d8..d15.
    sp -= 20;
    for (int i = 0; i < 20; i++) sp[i] = 0;
    sp[0] = (uintptr_t)argument;                // x19
    sp[1] = (uintptr_t)entry;                   // x20
    sp[11] = (uintptr_t)stepviz_context_trampoline; // x30 (lr)
#else
#error "stepviz_context_make: only x86_64 and aarch64 are supported"
#endif
    return sp;
}
