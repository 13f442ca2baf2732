#pragma once

namespace shopinbox::server {

class ServerDatabase;

/**
 * @brief Begins a transaction and rolls it back on destruction unless commit() succeeded.
 */
class ServerTransaction
{
public:
    explicit ServerTransaction(ServerDatabase &db);
    ~ServerTransaction();
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    ServerDatabase &m_db;
    bool m_active = false;
};

} // namespace shopinbox::server
