// Any bytes given as a questionnaire file: an error or a questionnaire, never a crash or a hang.

#include "common/jsonfile.h"
#include "questionnaire/questionnaire.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto json = intake::parseJsonObject(bytes, QStringLiteral("fuzz.json"));
    if (!json)
        return 0;
    const auto questionnaire = intake::Questionnaire::fromJson(json.value(), QStringLiteral("fuzz.json"));
    if (questionnaire) {
        // walk what was built: parents and lookups must agree
        for (const intake::Item *item : questionnaire->allItems()) {
            if (questionnaire->item(item->linkId) != item)
                __builtin_trap();
        }
    }
    return 0;
}
