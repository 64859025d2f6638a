/* shim: MaxAllocSize comes from the shim postgres.h */
