// The kiosk's calendar, given to the end-to-end test: with INTAKE_E2E_TODAY=YYYY-MM-DD in its
// environment, the kiosk process preloaded with kiosk_e2e_driver sees that date as today (at
// the real time of day), so a scenario can run on both sides of a month end, a year end and
// 29 February whatever the date of the run. The wall clock is moved by whole days through the
// three C library functions Qt reads it with (clock_gettime for CLOCK_REALTIME, gettimeofday
// and time); the monotonic clock, which Qt's timers use, is left alone. Without the variable
// nothing moves. Only this file includes the system headers that declare these functions, so
// the definitions below match them exactly.

#include <dlfcn.h>
#include <sys/time.h>
#include <time.h>

#include <cstdio>
#include <cstdlib>

namespace {

using ClockGettime = int (*)(clockid_t, timespec *);
using Gettimeofday = int (*)(timeval *, void *);

ClockGettime realClockGettime = nullptr;
Gettimeofday realGettimeofday = nullptr;
time_t offsetSeconds = 0;

// Days since 1970-01-01 of a date in the proleptic Gregorian calendar (Howard Hinnant's
// days_from_civil).
long daysFromCivil(long year, long month, long day)
{
    year -= month <= 2 ? 1 : 0;
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long yearOfEra = year - era * 400;
    const long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// The C library's own functions (also for a call that comes before setUpClock: the libraries
// loaded before this one initialise first).
void resolveRealFunctions()
{
    if (!realClockGettime)
        realClockGettime = reinterpret_cast<ClockGettime>(dlsym(RTLD_NEXT, "clock_gettime"));
    if (!realGettimeofday)
        realGettimeofday = reinterpret_cast<Gettimeofday>(dlsym(RTLD_NEXT, "gettimeofday"));
}

__attribute__((constructor)) void setUpClock()
{
    resolveRealFunctions();
    const char *today = std::getenv("INTAKE_E2E_TODAY");
    if (!today || !*today || !realClockGettime)
        return;
    int year = 0;
    int month = 0;
    int day = 0;
    if (std::sscanf(today, "%4d-%2d-%2d", &year, &month, &day) != 3) {
        std::fprintf(stderr, "e2e: INTAKE_E2E_TODAY is not a date (YYYY-MM-DD)\n");
        std::abort();
    }
    timespec now{};
    realClockGettime(CLOCK_REALTIME, &now);
    tm local{};
    localtime_r(&now.tv_sec, &local);
    const long days = daysFromCivil(year, month, day)
                      - daysFromCivil(local.tm_year + 1900L, local.tm_mon + 1L, local.tm_mday);
    offsetSeconds = static_cast<time_t>(days * 86400L);
}

} // namespace

extern "C" {

int clock_gettime(clockid_t clock, timespec *result) noexcept
{
    resolveRealFunctions();
    const int status = realClockGettime(clock, result);
    if (status == 0 && (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE))
        result->tv_sec += offsetSeconds;
    return status;
}

int gettimeofday(timeval *__restrict result, void *__restrict zone) noexcept
{
    resolveRealFunctions();
    const int status = realGettimeofday(result, zone);
    if (status == 0)
        result->tv_sec += offsetSeconds;
    return status;
}

time_t time(time_t *result) noexcept
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    if (result)
        *result = now.tv_sec;
    return now.tv_sec;
}

} // extern "C"
