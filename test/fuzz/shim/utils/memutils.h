/*
 * shim: MaxAllocSize comes from the shim postgres.h.  Memory contexts are
 * stand-ins: allocations are malloc'd and live as long as the process, so
 * reset callbacks never run.
 */
#ifndef SHIM_MEMUTILS_H
#define SHIM_MEMUTILS_H

typedef void *MemoryContext;
typedef void (*MemoryContextCallbackFunction) (void *arg);
typedef struct MemoryContextCallback
{
	MemoryContextCallbackFunction func;
	void	   *arg;
	struct MemoryContextCallback *next;
} MemoryContextCallback;

#define TopMemoryContext ((MemoryContext) NULL)
#define ALLOCSET_SMALL_SIZES 0, 0, 0
#define AllocSetContextCreate(parent, name, ...) ((MemoryContext) (name))
#define MemoryContextAlloc(cxt, size) palloc(size)
/* kept reachable, so that LeakSanitizer does not report it */
static MemoryContextCallback *shim_reset_callback __attribute__((unused));
#define MemoryContextRegisterResetCallback(cxt, cb) ((void) (shim_reset_callback = (cb)))
#define MemoryContextDelete(cxt) ((void) (cxt))

#endif
