/* Stand-in for the server's utils/memutils.h (see postgres.h). */
#ifndef FUZZ_MEMUTILS_H
#define FUZZ_MEMUTILS_H

#define ALLOCSET_SMALL_SIZES 0, 0, 0
#define ALLOCSET_DEFAULT_SIZES 0, 0, 0

extern MemoryContext fuzz_context_create(MemoryContext parent);

#define AllocSetContextCreate(parent, name, ...) fuzz_context_create(parent)
#define MemoryContextDelete(cxt) ((void) (cxt))
#define MemoryContextReset(cxt) ((void) (cxt))

#endif
