// A minimal stackful-coroutine context switch for stepviz's schedulers:
// save the callee-saved registers and the stack pointer, load another's.
// No system call (glibc's swapcontext makes a sigprocmask call per switch).
// Implemented for x86_64 System V and aarch64 (context_switch.S).
#ifndef CSTEPVIZ_CONTEXT_H
#define CSTEPVIZ_CONTEXT_H

#include <stddef.h>

/// Saves the callee-saved registers on the current stack, stores the stack
/// pointer in *save, then loads `load` (a pointer saved by an earlier switch
/// or made by stepviz_context_make) and returns on that stack. O(1).
void stepviz_context_switch(void *_Nullable *_Nonnull save, void *_Nonnull load);

/// Prepares a fresh stack whose first switch calls entry(argument) on it.
/// `top` is the stack's highest address (16-byte aligned); returns the
/// pointer to pass to stepviz_context_switch. `entry` must never return:
/// it ends by switching away for good. O(1).
void *_Nonnull stepviz_context_make(void *_Nonnull top, void (*_Nonnull entry)(void *_Nullable),
                                    void *_Nullable argument);

/// Maps `usable` bytes of stack (rounded up to pages) plus one guard page
/// below them that faults on access (mprotect PROT_NONE), so an overflow
/// crashes instead of writing over other memory. Returns the mapping's base
/// (the guard page) and its total length in *length, or NULL when mmap fails.
void *_Nullable stepviz_stack_map(size_t usable, size_t *_Nonnull length);

/// Unmaps a stack from stepviz_stack_map.
void stepviz_stack_unmap(void *_Nonnull base, size_t length);

#endif
