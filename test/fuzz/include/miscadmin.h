/* Stand-in for the server's miscadmin.h: no interrupts outside the server. */
#define CHECK_FOR_INTERRUPTS() ((void) 0)
