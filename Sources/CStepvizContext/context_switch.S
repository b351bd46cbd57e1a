// stepviz_context_switch(void **save, void *load) and the trampoline a fresh
// context starts in. Only the callee-saved registers of each ABI are kept:
// the caller of the switch has already saved the rest, as for any call.
// (The x87 control word and MXCSR are callee-saved too, but nothing in a
// coroutine body changes them, so they are not switched.)

#if defined(__x86_64__)
    .text
    .globl stepviz_context_switch
    .type stepviz_context_switch, @function
    .p2align 4
stepviz_context_switch:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size stepviz_context_switch, .-stepviz_context_switch

    .globl stepviz_context_trampoline
    .type stepviz_context_trampoline, @function
    .p2align 4
stepviz_context_trampoline:
    movq %r12, %rdi
    callq *%r13
    ud2
    .size stepviz_context_trampoline, .-stepviz_context_trampoline

#elif defined(__aarch64__)
    .text
    .globl stepviz_context_switch
    .type stepviz_context_switch, %function
    .p2align 4
stepviz_context_switch:
    sub sp, sp, #160
    stp x19, x20, [sp, #0]
    stp x21, x22, [sp, #16]
    stp x23, x24, [sp, #32]
    stp x25, x26, [sp, #48]
    stp x27, x28, [sp, #64]
    stp x29, x30, [sp, #80]
    stp d8, d9, [sp, #96]
    stp d10, d11, [sp, #112]
    stp d12, d13, [sp, #128]
    stp d14, d15, [sp, #144]
    mov x2, sp
    str x2, [x0]
    mov sp, x1
    ldp x19, x20, [sp, #0]
    ldp x21, x22, [sp, #16]
    ldp x23, x24, [sp, #32]
    ldp x25, x26, [sp, #48]
    ldp x27, x28, [sp, #64]
    ldp x29, x30, [sp, #80]
    ldp d8, d9, [sp, #96]
    ldp d10, d11, [sp, #112]
    ldp d12, d13, [sp, #128]
    ldp d14, d15, [sp, #144]
    add sp, sp, #160
    ret
    .size stepviz_context_switch, .-stepviz_context_switch

    .globl stepviz_context_trampoline
    .type stepviz_context_trampoline, %function
    .p2align 4
stepviz_context_trampoline:
    mov x0, x19
    blr x20
    brk #0
    .size stepviz_context_trampoline, .-stepviz_context_trampoline
#else
#error "context_switch.S: only x86_64 and aarch64 are supported"
#endif

    .section .note.GNU-stack,"",%progbits
