/* Stand-in for the server's common/hashfn.h (standalone.c). */
extern uint32 hash_bytes(const unsigned char *k, int keylen);
