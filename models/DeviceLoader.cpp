#include "DeviceLoader.h"

#include "db/Database.h"
#include "fleet/DeviceRepository.h"

DeviceLoader::DeviceLoader(const Database &main, std::shared_ptr<std::atomic<quint64>> latest)
    : m_main(main), m_latest(std::move(latest))
{
}

DeviceLoader::~DeviceLoader() = default;

void DeviceLoader::load(quint64 generation, const DeviceQuery &query, int limit)
{
    if (generation < m_latest->load())
        return; // the admin typed on; nobody will look at this answer
    if (!m_db) {
        m_db = std::make_unique<Database>();
        if (Status s = m_db->openAnother(m_main); !s) {
            m_db.reset();
            emit loaded(generation, {}, 0, 0);
            return;
        }
    }
    DeviceRepository repository(*m_db);
    const int total = repository.count(query);
    const int fleet = isUnfiltered(query) ? total : repository.countAll();
    emit loaded(generation, total > 0 ? repository.page(query, 0, limit) : QList<Device>{}, total, fleet);
}

bool DeviceLoader::isUnfiltered(const DeviceQuery &query)
{
    return query.text.trimmed().isEmpty() && !query.platform && !query.ownership && !query.state
        && query.department.isEmpty() && !query.compliance;
}
