// Bringing a person into the portal with one role: their account (found by e-mail address, or
// made without a password), the role (audited by AccountStore), and one e-mail through the
// outbox. Someone who has not chosen a password yet gets a single-use link to choose one (valid
// for 7 days); someone who already signs in gets a short note with the sign-in address. Used
// wherever one person brings in another: a partner administrator a colleague, the platform
// administrator a coordinator of a Huis van het Kind.
#pragma once

#include <string>

#include "core/result.h"
#include "core/roles.h"
#include "http/message.h"
#include "store/account_store.h"
#include "store/connection.h"

namespace hvhk::web::portal {

struct Invitee {
  std::string email;  // a checked e-mail address (core::is_email)
  std::string name;   // for a new account; may be empty
  core::Membership membership;
  std::string where;  // what the role is for, as the mail names it: an organisation's or a network's name
};

struct Invited {
  std::string user_id;
  bool new_account = false;
  bool needs_password = false;  // the mail holds a link to choose a password
};

// Gives invitee the role and queues the mail, written in the language of request (the
// inviter's); links in it are absolute URLs of this site. The steps are stored one after the
// other: an error after the account was made leaves the account (without the role, or without
// the mail), and inviting again finishes the job.
core::Result<Invited> invite(store::Connection& connection, const store::User& inviter, const Invitee& invitee,
                             const http::Request& request);

}  // namespace hvhk::web::portal
