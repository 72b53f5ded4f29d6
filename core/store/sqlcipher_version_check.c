/* Configure-time probe (run by core/CMakeLists.txt): prints SQLCipher's own version.
 * pkg-config reports SQLite's version (3.46.1 for SQLCipher 4.6.1), which says nothing about
 * the cipher, so ask the library itself. Prints nothing when a plain SQLite got linked. */
#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>
#include <stdio.h>

static int print_first_column(void *unused, int columns, char **values, char **names)
{
    (void)unused;
    (void)names;
    if (columns > 0 && values[0])
        printf("%s", values[0]);
    return 0;
}

int main(void)
{
    sqlite3 *db = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        return 1;
    int rc = sqlite3_exec(db, "PRAGMA cipher_version;", print_first_column, NULL, NULL);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 1;
}
