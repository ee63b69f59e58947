#include "web/invitations.h"

#include <fmt/format.h>

#include <chrono>

#include "core/timestamps.h"
#include "store/outbox_store.h"
#include "web/offer_text.h"
#include "web/page.h"
#include "web/portal_session.h"

namespace hvhk::web::portal {
namespace {

constexpr int kInvitationDays = 7;

}  // namespace

core::Result<Invited> invite(store::Connection& connection, const store::User& inviter, const Invitee& invitee,
                             const http::Request& request) {
  store::AccountStore accounts(connection);
  const auto now = std::chrono::system_clock::now();
  const std::string now_text = core::iso_utc(now);
  auto existing = accounts.find_user_by_email(invitee.email);
  if (!existing) return tl::unexpected(existing.error());
  Invited invited;
  std::string address;  // as stored: lower case
  if (*existing) {
    invited.user_id = (*existing)->id;
    address = (*existing)->email;
    invited.needs_password = (*existing)->password_hash.empty();
  } else {
    auto created = accounts.create_user(invitee.email, invitee.name, "", now_text, inviter.id);
    if (!created) return tl::unexpected(created.error());
    invited.user_id = created->id;
    address = created->email;
    invited.new_account = true;
    invited.needs_password = true;
  }
  if (auto added = accounts.add_membership(invited.user_id, invitee.membership, now_text, inviter.id); !added) {
    return tl::unexpected(added.error());
  }
  std::string link_text;
  if (invited.needs_password) {
    const std::string code = new_token();
    if (auto token =
            accounts.create_token(code, invited.user_id, "invitation",
                                  core::iso_utc(now + std::chrono::hours(24 * kInvitationDays)), now_text, inviter.id);
        !token) {
      return tl::unexpected(token.error());
    }
    link_text = absolute_url(request, "/wachtwoord-kiezen?code=" + code);
  } else {
    link_text = absolute_url(request, "/aanmelden");
  }
  const PageRender page(request, "message.tpl");  // for the words: the mail goes out in the inviter's language
  const std::string inviter_name = inviter.name.empty() ? inviter.email : inviter.name;
  const std::string body =
      tf(page, "Hello,\n\n{0} invites you to the partner portal of the Huis van het Kind, for {1}.\n\n{2}\n\n{3}",
         inviter_name, invitee.where,
         invited.needs_password ? page.t("Choose your password with this link. It works once, for 7 days:")
                                : page.t("Sign in with your e-mail address and password:"),
         link_text);
  store::OutboxStore outbox(connection);
  const auto queued = outbox.enqueue(
      address, page.t("Invitation to the partner portal of the Huis van het Kind"), body,
      fmt::format("invitation:{}:{}:{}", invited.user_id, invitee.membership.scope_id, now_text), now_text);
  if (!queued) return tl::unexpected(queued.error());
  return invited;
}

}  // namespace hvhk::web::portal
