/* empty: see postgres.h */
