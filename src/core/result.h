// Errors as values at layer boundaries: Result<T> is T or an Error with a message that
// can be shown to the person who caused it (in Dutch where a family or partner sees it).
#pragma once

#include <tl/expected.hpp>

#include <string>
#include <utility>

namespace hvhk::core {

struct Error {
  enum class Kind { invalid, not_found, conflict, internal };
  Kind kind = Kind::internal;
  std::string message;  // what went wrong, naming the record and field where there is one
};

template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(Error::Kind kind, std::string message) {
  return tl::unexpected<Error>(Error{kind, std::move(message)});
}

}  // namespace hvhk::core
