/* Stand-in for the server's common/hashfn.h (the harness supplies hash_bytes). */
extern uint32 hash_bytes(const unsigned char *k, int keylen);
