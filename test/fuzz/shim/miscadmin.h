/* shim: no interrupts outside the server */
#define CHECK_FOR_INTERRUPTS() ((void) 0)
