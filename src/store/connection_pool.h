// Reusing database connections in a server. Opening one per request costs, with SQLite, opening
// three files and a checkpoint of the write-ahead log when the last one closes; with PostgreSQL,
// a new backend process. Once enabled (`hvhk serve` does), open_connection() hands out idle
// connections of a pool per URL and takes each back when its user drops it — unless it is still
// inside a transaction or a statement on it failed: such a connection is closed, never reused.
// Tests leave the pool off (they create and drop databases freely).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

#include "store/connection.h"

namespace hvhk::store {

// Turns the pool on for the process; at most max_idle idle connections are kept per URL.
void enable_connection_pool(std::size_t max_idle);

// Turns it off again and closes the idle connections (tests).
void disable_connection_pool();

// For open_connection(): a pooled connection for url, or nullptr when the pool is off.
std::unique_ptr<Connection> take_pooled(std::string_view url);
// A new connection that no pool knows of.
std::unique_ptr<Connection> open_unpooled(std::string_view url);

}  // namespace hvhk::store
