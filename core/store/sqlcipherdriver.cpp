#include "store/sqlcipherdriver.h"

#include "common/logging.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QStringList>

#include <sqlite3.h>

#include <cstring>
#include <vector>

namespace intake {

namespace {

QString sqliteMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

QSqlError makeError(const QString &what, sqlite3 *db, int code, QSqlError::ErrorType type)
{
    return QSqlError(what, sqliteMessage(db), type, QString::number(code));
}

/// The Qt type of a column from its declared SQL type (SQLite's affinity rules, simplified).
QMetaType typeFromDeclaration(const char *declared)
{
    const QByteArray type = QByteArray(declared ? declared : "").toUpper();
    if (type.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB"))
        return QMetaType(QMetaType::QString);
    if (type.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType();
}

int bindSqlValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        bool fits = false;
        const qlonglong number = value.toLongLong(&fits);
        // SQLite integers are signed 64-bit; a larger value is kept exactly, as text
        if (!fits) {
            const QByteArray text = value.toString().toUtf8();
            return sqlite3_bind_text(statement, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
        }
        return sqlite3_bind_int64(statement, index, number);
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::QDate:
        return bindSqlValue(statement, index, value.toDate().toString(Qt::ISODate));
    case QMetaType::QDateTime:
        return bindSqlValue(statement, index, value.toDateTime().toString(Qt::ISODateWithMs));
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
    }
    }
}

/// One prepared statement and its rows. A scrollable query reads and keeps every row when it
/// runs (QSqlQueryModel scrolls and wants the size); a forward-only one streams them, keeping
/// only the current row.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver) {}
    ~SqlCipherResult() override { finalize(); }

    QVariant handle() const override { return QVariant::fromValue(static_cast<void *>(m_statement)); }

protected:
    bool reset(const QString &query) override { return prepare(query) && exec(); }

    bool prepare(const QString &query) override
    {
        finalize();
        setActive(false);
        setAt(QSql::BeforeFirstRow);
        sqlite3 *db = connection();
        if (!db) {
            setLastError(QSqlError(QStringLiteral("the store is not open"), QString(), QSqlError::ConnectionError));
            return false;
        }
        if (const auto *cipher = cipherDriver()) {
            m_statement = cipher->takeCachedStatement(query);
            if (m_statement) {
                m_sql = query;
                return true;
            }
        }
        const void *tail = nullptr;
        const int rc = sqlite3_prepare16_v2(db, query.utf16(), static_cast<int>(query.size() * 2), &m_statement, &tail);
        if (rc != SQLITE_OK) {
            setLastError(makeError(QStringLiteral("cannot prepare the statement"), db, rc, QSqlError::StatementError));
            finalize();
            return false;
        }
        if (!m_statement) {  // only whitespace or comments
            setLastError(QSqlError(QStringLiteral("the statement is empty"), QString(), QSqlError::StatementError));
            return false;
        }
        const qsizetype consumed = static_cast<const ushort *>(tail) - query.utf16();
        if (!query.mid(consumed).trimmed().isEmpty() && !query.mid(consumed).trimmed().startsWith(u';')) {
            setLastError(QSqlError(QStringLiteral("one statement at a time: the text holds more than one"), QString(),
                                   QSqlError::StatementError));
            finalize();
            return false;
        }
        m_sql = query;
        return true;
    }

    bool exec() override
    {
        if (!m_statement) {
            setLastError(QSqlError(QStringLiteral("no statement was prepared"), QString(), QSqlError::StatementError));
            return false;
        }
        sqlite3 *db = connection();
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        clearRows();
        setAt(QSql::BeforeFirstRow);

        const QList<QVariant> &values = boundValues();
        if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
            setLastError(QSqlError(QStringLiteral("the statement takes %1 values, %2 were bound")
                                       .arg(sqlite3_bind_parameter_count(m_statement))
                                       .arg(values.size()),
                                   QString(), QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            const int rc = bindSqlValue(m_statement, i + 1, values.at(i));
            if (rc != SQLITE_OK) {
                setLastError(makeError(QStringLiteral("cannot bind value %1").arg(i + 1), db, rc, QSqlError::StatementError));
                return false;
            }
        }

        const int columns = sqlite3_column_count(m_statement);
        if (!step())
            return false;
        // A scrollable result reads all its rows now, so size() is known: QSqlQueryModel then
        // shows them without fetching more rows in the middle of its reset.
        while (columns > 0 && !isForwardOnly() && !m_done) {
            if (!step())
                return false;
        }
        m_changes = sqlite3_changes(db);
        m_lastInsertId = sqlite3_last_insert_rowid(db);
        buildRecord(columns);
        setSelect(columns > 0);
        setActive(true);
        return true;
    }

    QVariant data(int column) override
    {
        const auto *row = currentRow();
        if (!row || column < 0 || column >= row->size())
            return QVariant();
        return row->at(column);
    }

    bool isNull(int column) override { return data(column).isNull(); }

    bool fetch(int index) override
    {
        if (index < m_firstRowIndex)
            return false;  // forward-only: earlier rows are gone
        while (index >= m_firstRowIndex + static_cast<int>(m_rows.size()) && !m_done) {
            if (!step())
                return false;
        }
        if (index >= m_firstRowIndex + static_cast<int>(m_rows.size()))
            return false;
        setAt(index);
        return true;
    }

    bool fetchFirst() override { return fetch(0); }

    bool fetchLast() override
    {
        while (!m_done) {
            if (!step())
                return false;
        }
        if (m_rows.empty())
            return false;
        setAt(m_firstRowIndex + static_cast<int>(m_rows.size()) - 1);
        return true;
    }

    int size() override
    {
        // a forward-only result streams: its size is unknown until the end
        return isSelect() && !isForwardOnly() && m_done ? static_cast<int>(m_rows.size()) : -1;
    }
    int numRowsAffected() override { return m_changes; }
    QVariant lastInsertId() const override { return isActive() && m_lastInsertId > 0 ? QVariant(m_lastInsertId) : QVariant(); }
    QSqlRecord record() const override { return isSelect() ? m_record : QSqlRecord(); }

    void detachFromResultSet() override
    {
        if (m_statement)
            sqlite3_reset(m_statement);  // releases the read lock now, not when the result dies
        m_done = true;
    }

private:
    const SqlCipherDriver *cipherDriver() const { return qobject_cast<const SqlCipherDriver *>(driver()); }

    sqlite3 *connection() const
    {
        const auto *cipher = cipherDriver();
        return cipher ? cipher->connection() : nullptr;
    }

    const QList<QVariant> *currentRow() const
    {
        const int offset = at() - m_firstRowIndex;
        if (offset < 0 || offset >= static_cast<int>(m_rows.size()))
            return nullptr;
        return &m_rows.at(static_cast<size_t>(offset));
    }

    /// Reads one more row into the cache; false (with lastError) on a failure.
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW) {
            const int columns = sqlite3_column_count(m_statement);
            QList<QVariant> row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.append(columnValue(c));
            if (isForwardOnly() && !m_rows.empty()) {
                m_firstRowIndex += static_cast<int>(m_rows.size());
                m_rows.clear();
            }
            m_rows.push_back(std::move(row));
            return true;
        }
        m_done = true;
        sqlite3_reset(m_statement);
        if (rc == SQLITE_DONE)
            return true;
        setLastError(makeError(QStringLiteral("the statement failed"), connection(), rc, QSqlError::StatementError));
        return false;
    }

    QVariant columnValue(int column) const
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_statement, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, column));
        case SQLITE_TEXT: {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
            return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
        }
        case SQLITE_BLOB: {
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
            return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
        }
        default:
            return QVariant(m_record.field(column).metaType());
        }
    }

    void buildRecord(int columns)
    {
        m_record.clear();
        for (int c = 0; c < columns; ++c) {
            QMetaType type = typeFromDeclaration(sqlite3_column_decltype(m_statement, c));
            if (!type.isValid() && !m_rows.empty())
                type = m_rows.front().at(c).metaType();
            QSqlField field(QString::fromUtf8(sqlite3_column_name(m_statement, c)), type,
                            QString::fromUtf8(sqlite3_column_table_name(m_statement, c)));
            m_record.append(field);
        }
        // NULLs read before the record existed get the column's type now
        for (auto &row : m_rows) {
            for (int c = 0; c < row.size(); ++c) {
                if (row.at(c).isNull() && m_record.field(c).metaType().isValid())
                    row[c] = QVariant(m_record.field(c).metaType());
            }
        }
    }

    void clearRows()
    {
        m_rows.clear();
        m_firstRowIndex = 0;
        m_done = false;
        m_changes = 0;
        m_lastInsertId = 0;
    }

    void finalize()
    {
        if (m_statement) {
            // back to the driver for the next query with this text, if the connection that
            // prepared it is still open
            const auto *cipher = cipherDriver();
            if (cipher && cipher->connection() == sqlite3_db_handle(m_statement))
                cipher->returnStatement(m_sql, m_statement);
            else
                sqlite3_finalize(m_statement);
        }
        m_statement = nullptr;
        m_sql.clear();
        clearRows();
    }

    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;  ///< the text m_statement was prepared from
    std::vector<QList<QVariant>> m_rows;
    int m_firstRowIndex = 0;  ///< index of m_rows.front() in the result
    bool m_done = false;
    int m_changes = 0;
    qlonglong m_lastInsertId = 0;
    QSqlRecord m_record;
};

int collectFirstColumn(void *out, int columns, char **values, char ** /*names*/)
{
    if (columns > 0 && values[0])
        static_cast<QString *>(out)->append(QString::fromUtf8(values[0]));
    return 0;
}

} // namespace

const QString SqlCipherDriver::driverName = QStringLiteral("QSQLCIPHER");

void SqlCipherDriver::registerDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(driverName, new QSqlDriverCreator<SqlCipherDriver>());
        return true;
    }();
    Q_UNUSED(registered);
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::setKey(SecretBytes key)
{
    m_key = std::move(key);
    m_key.makeNoAccess();  // until open() hands it to SQLCipher
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:  // QSqlResult turns :named placeholders into positional ones
    case LastInsertId:
    case FinishQuery:
    case QuerySize:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::fail(OpenFailure failure, const QString &message)
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_key = SecretBytes();
    m_openFailure = failure;
    setLastError(QSqlError(message, QString(), QSqlError::ConnectionError));
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::execute(const char *sql, const QString &what)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    setLastError(makeError(what, m_db, rc, QSqlError::ConnectionError));
    return false;
}

bool SqlCipherDriver::open(const QString &path, const QString & /*user*/, const QString &password,
                           const QString & /*host*/, int /*port*/, const QString &options)
{
    if (isOpen())
        close();
    m_openFailure = OpenFailure::None;
    m_cipherVersion.clear();
    const QStringList flags = options.split(u';', Qt::SkipEmptyParts);
    const bool create = flags.contains(QLatin1String("QSQLCIPHER_CREATE"));
    const bool readOnly = flags.contains(QLatin1String("QSQLCIPHER_READONLY"));
    const bool unkeyed = flags.contains(QLatin1String("QSQLCIPHER_UNKEYED"));
    auto profile = profileFromOptions(flags);
    if (!profile)
        return fail(OpenFailure::CannotOpenFile, profile.error().message);

    if (!password.isEmpty())
        return fail(OpenFailure::NoKey, QStringLiteral("the store key is given with setKey(), never as a password"));
    if (!unkeyed && m_key.size() != 32)
        return fail(OpenFailure::NoKey, QStringLiteral("no 256-bit key was given for the store"));

    const int openFlags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | (create ? SQLITE_OPEN_CREATE : 0)
                          | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, openFlags, nullptr);
    if (rc != SQLITE_OK)
        return fail(OpenFailure::CannotOpenFile, QStringLiteral("cannot open the store file: %1").arg(sqliteMessage(m_db)));

    if (!unkeyed) {
        // The key comes first, before any statement touches the file. sqlite3_key_v2 is the C form
        // of `PRAGMA key = "x'…'"`: the raw-key string stays in locked memory and never becomes
        // SQL text that SQLite would copy. Both are readable only for as long as this takes, and
        // read-only; both are wiped right after.
        m_key.makeReadOnly();
        SecretBytes rawKey = rawKeyString(m_key);
        m_key = SecretBytes();
        rawKey.makeReadOnly();
        const int keyed = sqlite3_key_v2(m_db, "main", rawKey.data(), static_cast<int>(rawKey.size()));
        rawKey = SecretBytes();
        if (keyed != SQLITE_OK)
            return fail(OpenFailure::NotSqlCipher, QStringLiteral("the SQLite library in use cannot encrypt (SQLCipher 4 is required)"));
    }

    // The page layout comes right after the key, before the first page is read: a store made with
    // another profile does not open (it reads as a wrong key). An unkeyed file (benchmarks) gets
    // the same page size, so that it differs from an encrypted one by the encryption only.
    const QByteArray pageSize = QByteArray::number(profile->pageSize);
    const QByteArray layout = unkeyed ? QByteArray("PRAGMA page_size = " + pageSize + ';')
                                      : QByteArray("PRAGMA cipher_page_size = " + pageSize + "; PRAGMA cipher_hmac_algorithm = "
                                                   + CipherProfile::hmacName(profile->hmac).toLatin1() + ';');
    if (!execute(layout.constData(), QStringLiteral("cannot set the store's page layout")))
        return fail(OpenFailure::CannotOpenFile, lastError().driverText() + QStringLiteral(": ") + lastError().databaseText());

    // SQLCipher writes its own diagnostics (a failed page HMAC, ...) to stderr; the driver reports
    // every failure through lastError() instead, and the CLI's stderr stays one line.
    sqlite3_exec(m_db, "PRAGMA cipher_log_level = NONE;", nullptr, nullptr, nullptr);

    // A plain SQLite library ignores the key and answers nothing here: fail closed.
    sqlite3_exec(m_db, "PRAGMA cipher_version;", collectFirstColumn, &m_cipherVersion, nullptr);
    if (m_cipherVersion.isEmpty() || m_cipherVersion.section(u'.', 0, 0).toInt() < 4)
        return fail(OpenFailure::NotSqlCipher, QStringLiteral("the SQLite library in use is not SQLCipher 4 (PRAGMA cipher_version gave '%1')").arg(m_cipherVersion));

    // The first read decrypts page 1: a wrong key and a file that is no store fail alike here.
    const int check = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
    if (check == SQLITE_NOTADB)
        return fail(OpenFailure::WrongKeyOrNotAStore, QStringLiteral("wrong key or not an intake store"));
    if (check == SQLITE_CORRUPT)
        return fail(OpenFailure::Damaged, QStringLiteral("damaged store: %1").arg(sqliteMessage(m_db)));
    if (check != SQLITE_OK)
        return fail(OpenFailure::CannotOpenFile, QStringLiteral("cannot read the store: %1").arg(sqliteMessage(m_db)));

    // Wait for another process (intake-cli beside the kiosk) rather than fail at once.
    sqlite3_busy_timeout(m_db, 5000);
    // Settings, and why:
    //  - foreign_keys: answers, flags and consent rows cannot outlive or miss their intake.
    //  - temp_store=MEMORY: sorts and temporary tables never reach an unencrypted temp file.
    //  - secure_delete: deleted records (purged after retention) are overwritten, not left in
    //    free pages.
    //  - journal_mode=WAL with synchronous=FULL: a commit is on disk when it returns, so a
    //    record is acknowledged only once it survives a power cut; WAL lets a reader (staff,
    //    CLI) work beside the writer. The -wal file holds encrypted pages only.
    //  - cache_size of 16 MiB (SQLite's default is 2 MiB): every page read from the file is
    //    decrypted and its HMAC checked; a page kept in the cache is not, again. Inserts by a
    //    random UUID touch a random leaf of the UUID index, and a store of tens of thousands of
    //    intakes outgrows 2 MiB of indexes. The cache holds plaintext pages in this process's
    //    memory only, like any page SQLCipher works on.
    const bool settings = execute("PRAGMA foreign_keys = ON;", QStringLiteral("cannot enable foreign keys"))
                          && execute("PRAGMA cache_size = -16384;", QStringLiteral("cannot size the page cache"))
                          && execute("PRAGMA temp_store = MEMORY;", QStringLiteral("cannot keep temporary data in memory"))
                          && execute("PRAGMA secure_delete = ON;", QStringLiteral("cannot enable secure delete"))
                          && execute("PRAGMA synchronous = FULL;", QStringLiteral("cannot set synchronous=FULL"))
                          && (readOnly || execute("PRAGMA journal_mode = WAL;", QStringLiteral("cannot enable the write-ahead log")));
    if (!settings) {
        const QString message = lastError().driverText() + QStringLiteral(": ") + lastError().databaseText();
        return fail(OpenFailure::CannotOpenFile, message);
    }

    setOpen(true);
    setOpenError(false);
    return true;
}

Result<CipherProfile> SqlCipherDriver::profileFromOptions(const QStringList &options)
{
    CipherProfile profile = CipherProfile::sqlcipher4Defaults();
    for (const QString &option : options) {
        const QString name = option.section(u'=', 0, 0);
        const QString value = option.section(u'=', 1);
        if (name == QLatin1String("QSQLCIPHER_PAGE_SIZE")) {
            bool number = false;
            profile.pageSize = value.toInt(&number);
            if (auto status = CipherProfile::check(number ? profile.pageSize : 0); !status)
                return status.error();
        } else if (name == QLatin1String("QSQLCIPHER_HMAC")) {
            auto hmac = CipherProfile::hmacFromName(value);
            if (!hmac)
                return hmac.error();
            profile.hmac = hmac.value();
        }
    }
    return profile;
}

SecretBytes SqlCipherDriver::rawKeyString(const SecretBytes &key)
{
    // x'<64 hex digits>': SQLCipher's raw-key form, which skips its own key derivation (the key
    // is random, not a passphrase)
    static constexpr char prefix[] = "x'";
    const SecretBytes hex = key.hex();
    SecretBytes raw = SecretBytes::zeroed(sizeof(prefix) - 1 + hex.size() + 1);
    std::memcpy(raw.data(), prefix, sizeof(prefix) - 1);
    std::memcpy(raw.data() + sizeof(prefix) - 1, hex.data(), hex.size());
    raw.data()[raw.size() - 1] = '\'';
    return raw;
}

bool SqlCipherDriver::rekey(const SecretBytes &newKey)
{
    if (!isOpen() || newKey.size() != 32) {
        setLastError(QSqlError(QStringLiteral("cannot rekey: the store is not open or the key is not 256 bits"),
                               QString(), QSqlError::ConnectionError));
        return false;
    }
    SecretBytes rawKey = rawKeyString(newKey);
    rawKey.makeReadOnly();
    const int rc = sqlite3_rekey_v2(m_db, "main", rawKey.data(), static_cast<int>(rawKey.size()));
    rawKey = SecretBytes();
    if (rc != SQLITE_OK) {
        setLastError(makeError(QStringLiteral("cannot rekey the store"), m_db, rc, QSqlError::ConnectionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::backupTo(SqlCipherDriver &destination)
{
    if (!isOpen() || !destination.isOpen()) {
        setLastError(QSqlError(QStringLiteral("cannot back up: both stores must be open"), QString(),
                               QSqlError::ConnectionError));
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(destination.m_db, "main", m_db, "main");
    if (!backup) {
        setLastError(makeError(QStringLiteral("cannot start the backup"), destination.m_db,
                               sqlite3_errcode(destination.m_db), QSqlError::ConnectionError));
        return false;
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        setLastError(makeError(QStringLiteral("the backup failed"), destination.m_db,
                               stepped != SQLITE_DONE ? stepped : finished, QSqlError::ConnectionError));
        return false;
    }
    return true;
}

sqlite3_stmt *SqlCipherDriver::takeCachedStatement(const QString &sql) const
{
    const auto found = m_idleStatements.find(sql);
    if (found == m_idleStatements.end())
        return nullptr;
    sqlite3_stmt *statement = found.value();
    m_idleStatements.erase(found);
    return statement;
}

void SqlCipherDriver::returnStatement(const QString &sql, sqlite3_stmt *statement) const
{
    // reset: a statement left stepping holds a read lock (and its WAL snapshot)
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (m_db && m_idleStatements.size() < cachedStatementLimit)
        m_idleStatements.insert(sql, statement);
    else
        sqlite3_finalize(statement);
}

void SqlCipherDriver::finalizeCachedStatements()
{
    for (sqlite3_stmt *statement : std::as_const(m_idleStatements))
        sqlite3_finalize(statement);
    m_idleStatements.clear();
}

void SqlCipherDriver::close()
{
    finalizeCachedStatements();
    if (m_db) {
        // close_v2: statements still alive in QSqlQuery objects are finalized later, safely
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so a transaction never fails half-way on a busy store
    return isOpen() && execute("BEGIN IMMEDIATE;", QStringLiteral("cannot begin a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execute("COMMIT;", QStringLiteral("cannot commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execute("ROLLBACK;", QStringLiteral("cannot roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    if (type & QSql::SystemTables)
        names.append(QStringLiteral("sqlite_schema"));
    QStringList kinds;
    if (type & QSql::Tables)
        kinds.append(QStringLiteral("'table'"));
    if (type & QSql::Views)
        kinds.append(QStringLiteral("'view'"));
    if (kinds.isEmpty())
        return names;
    const QByteArray sql = QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN (%1) AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name;")
                               .arg(kinds.join(u','))
                               .toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            names.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    }
    sqlite3_finalize(statement);
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    if (!isOpen())
        return record;
    const QString table = isIdentifierEscaped(tableName, TableName) ? stripDelimiters(tableName, TableName) : tableName;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = QByteArrayLiteral("SELECT name, type FROM pragma_table_info(?1);");
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(statement, 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const auto *column = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            const auto *declared = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
            record.append(QSqlField(QString::fromUtf8(column), typeFromDeclaration(declared), table));
        }
    }
    sqlite3_finalize(statement);
    return record;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}

} // namespace intake
