#pragma once

#include "serverconfig.h"

#include <memory>

namespace httplib {
class Server;
}

namespace rentdesk::server {

// The HTTP side of rentdesk-server: cpp-httplib (docs/server.md says why not Qt HttpServer 6.4)
// with a body size limit and a pool of worker threads, each with its own database connection.
class HttpApi
{
public:
    explicit HttpApi(ServerConfig config);
    ~HttpApi();
    // Binds the listening socket; returns the port (useful with port 0) or -1 with *error.
    int bind(QString *error);
    // Serves until stop() (from another thread or a signal watcher).
    bool run();
    void stop();

private:
    ServerConfig m_config;
    std::unique_ptr<httplib::Server> m_server;
};

} // namespace rentdesk::server
