// store_stock_cipher: reads and writes SQLCipher files with SQLCipher alone, its page layout set
// by hand with the same public pragmas as the store's driver. It links SQLCipher only, never the
// intake core: what it reads back proves a file the store code wrote is a plain SQLCipher 4 file
// of that layout, and what it writes, that the store code reads any such file.
//
//   store_stock_cipher write FILE PAGE_SIZE HMAC   a new file: table `pages`, 300 rows, some of
//                                                  them over several pages
//   store_stock_cipher check FILE PAGE_SIZE HMAC   cipher_integrity_check and integrity_check,
//                                                  then the row count of every table
//
// HMAC is HMAC_SHA256 or HMAC_SHA512. The 256-bit key comes as 64 hex digits on standard input,
// never as an argument. Prints one line per result; exit code 0 when everything held, 1 when a
// check failed, 2 on a usage error.

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr int pagesRows = 300;

int usage()
{
    std::fprintf(stderr, "usage: store_stock_cipher write|check FILE PAGE_SIZE HMAC_SHA256|HMAC_SHA512 (key in hex on stdin)\n");
    return 2;
}

bool execute(sqlite3 *db, const std::string &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::printf("error: %s\n", message ? message : "?");
    sqlite3_free(message);
    return false;
}

/// Every row of the first column of `sql`, as text.
std::vector<std::string> column(sqlite3 *db, const std::string &sql)
{
    std::vector<std::string> values;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
        std::printf("error: %s\n", sqlite3_errmsg(db));
        return {"error"};
    }
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const unsigned char *text = sqlite3_column_text(statement, 0);
        values.emplace_back(text ? reinterpret_cast<const char *>(text) : "");
    }
    sqlite3_finalize(statement);
    return values;
}

int check(sqlite3 *db)
{
    const std::vector<std::string> cipher = column(db, "PRAGMA cipher_integrity_check;");
    if (!cipher.empty()) {
        for (const std::string &line : cipher)
            std::printf("cipher_integrity_check: %s\n", line.c_str());
        return 1;
    }
    const std::vector<std::string> structure = column(db, "PRAGMA integrity_check;");
    if (structure != std::vector<std::string>{"ok"}) {
        for (const std::string &line : structure)
            std::printf("integrity_check: %s\n", line.c_str());
        return 1;
    }
    std::printf("ok\n");
    for (const std::string &table : column(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name;")) {
        const std::vector<std::string> count = column(db, "SELECT count(*) FROM \"" + table + "\";");
        std::printf("%s %s\n", table.c_str(), count.empty() ? "?" : count.front().c_str());
    }
    return 0;
}

int write(sqlite3 *db)
{
    // 300 rows of 20 to 6,000 letters: short rows, full pages and overflow chains
    const bool written = execute(db, "PRAGMA journal_mode = WAL; CREATE TABLE pages (n INTEGER PRIMARY KEY, data TEXT NOT NULL);")
                         && execute(db, "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < "
                                            + std::to_string(pagesRows)
                                            + ") INSERT INTO pages SELECT n, replace(hex(zeroblob(n * 10)), '0', char(65 + n % 26)) FROM seq;");
    if (!written)
        return 1;
    std::printf("rows %d\n", pagesRows);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 5)
        return usage();
    const std::string command = argv[1];
    const std::string pageSize = argv[3];
    const std::string hmac = argv[4];
    if ((command != "write" && command != "check") || pageSize.find_first_not_of("0123456789") != std::string::npos
        || (hmac != "HMAC_SHA256" && hmac != "HMAC_SHA512"))
        return usage();

    char hex[80] = {};
    if (!std::fgets(hex, sizeof hex, stdin) || std::strspn(hex, "0123456789abcdefABCDEF") != 64)
        return usage();
    std::string rawKey = "x'" + std::string(hex, 64) + "'";
    std::memset(hex, 0, sizeof hex);

    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (command == "write" ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(argv[2], &db, flags, nullptr) != SQLITE_OK) {
        std::printf("error: cannot open the file\n");
        sqlite3_close(db);
        return 1;
    }
    const bool keyed = sqlite3_key_v2(db, "main", rawKey.data(), static_cast<int>(rawKey.size())) == SQLITE_OK;
    std::fill(rawKey.begin(), rawKey.end(), '\0');
    int result = 1;
    if (keyed && execute(db, "PRAGMA cipher_log_level = NONE; PRAGMA cipher_page_size = " + pageSize + "; PRAGMA cipher_hmac_algorithm = " + hmac + ";")) {
        const std::vector<std::string> provider = column(db, "PRAGMA cipher_provider;");
        std::printf("provider %s\n", provider.empty() ? "?" : provider.front().c_str());
        result = command == "write" ? write(db) : check(db);
    }
    sqlite3_close(db);
    return result;
}
