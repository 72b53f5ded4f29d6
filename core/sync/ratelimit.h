#pragma once

#include <QHash>
#include <QString>

#include <algorithm>
#include <chrono>

namespace intake {

/// How often one key (a kiosk, a peer address) may act: `burst` times at once, then once per
/// `interval`. An interval of 0 means no limit.
struct Rate
{
    int burst = 1;
    std::chrono::milliseconds interval{0};
};

/// A token bucket per key, for the console's limits (docs/SYNC.md): per key only the time at
/// which its bucket is full again is kept (the generic cell rate algorithm), so a key costs one
/// hash entry. Time is an argument; nothing here reads a clock. At most `maxKeys` keys are
/// tracked: when room is needed, keys whose bucket is full again are forgotten (they are as
/// good as new); when every tracked key is still limited, a new key is refused too, so that a
/// flood of new keys costs memory up to the bound and no further.
class RateLimiter
{
public:
    RateLimiter(Rate rate, qsizetype maxKeys) : m_rate(rate), m_maxKeys(std::max<qsizetype>(1, maxKeys))
    {
        m_rate.burst = std::max(1, m_rate.burst);
    }

    /// One turn for `key` at `nowMs` (ms since the epoch): 0 when taken, otherwise how long
    /// until the key may act again (and nothing was taken).
    std::chrono::milliseconds take(const QString &key, qint64 nowMs)
    {
        const qint64 interval = m_rate.interval.count();
        if (interval <= 0)
            return std::chrono::milliseconds(0);
        auto it = m_fullAgainAt.find(key);
        if (it == m_fullAgainAt.end()) {
            if (m_fullAgainAt.size() >= m_maxKeys) {
                m_fullAgainAt.removeIf([nowMs](const auto &entry) { return entry.value() <= nowMs; });
                if (m_fullAgainAt.size() >= m_maxKeys)
                    return m_rate.interval;
            }
            it = m_fullAgainAt.insert(key, nowMs);
        }
        const qint64 start = std::max(it.value(), nowMs);
        const qint64 tolerance = interval * (m_rate.burst - 1);
        if (start - nowMs > tolerance)
            return std::chrono::milliseconds(start - nowMs - tolerance);
        it.value() = start + interval;
        return std::chrono::milliseconds(0);
    }

    /// A wait as whole seconds for a Retry-After: rounded up, at least 1.
    static std::chrono::seconds wholeSeconds(std::chrono::milliseconds wait)
    {
        return std::max(std::chrono::seconds(1), std::chrono::ceil<std::chrono::seconds>(wait));
    }

    /// Keys tracked now (tests).
    qsizetype size() const { return m_fullAgainAt.size(); }

private:
    Rate m_rate;
    qsizetype m_maxKeys;
    QHash<QString, qint64> m_fullAgainAt;  ///< key → when its bucket is full again (ms since epoch)
};

} // namespace intake
