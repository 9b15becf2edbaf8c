/*
 * A tiny SQLite loadable extension for the tests: half(x) = x / 2.0, NULL for NULL.
 * https://www.sqlite.org/loadext.html: load_extension('.../half.so') calls sqlite3_half_init.
 * Built by SqliteExtensionTest with: gcc -fPIC -shared -I/usr/include half.c -o half.so
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

static void half(sqlite3_context *context, int argc, sqlite3_value **argv) {
    (void) argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_result_double(context, sqlite3_value_double(argv[0]) / 2.0);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_half_init(sqlite3 *db, char **error, const sqlite3_api_routines *api) {
    (void) error;
    SQLITE_EXTENSION_INIT2(api);
    return sqlite3_create_function(db, "half", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, 0, half, 0, 0);
}
