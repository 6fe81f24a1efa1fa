/* load_schema.h - the DDL of schema version 1 (documented in load_schema.c). */
#ifndef POLEX_LOAD_SCHEMA_H
#define POLEX_LOAD_SCHEMA_H

extern const char load_sqlite_ddl[];
extern const char load_pg_ddl[];

#endif
