// The change history of an offer in the reader's language (portal_offers_history.h).
#include "web/portal_offers_history.h"

#include <fmt/format.h>

#include <map>

#include "core/sessions.h"
#include "store/account_store.h"
#include "store/catalogue_edits.h"
#include "web/offer_text.h"
#include "web/offer_view.h"

namespace hvhk::web::portal {
namespace {

constexpr std::size_t kHistoryRows = 100;

// "2026-11-23T10:15:00Z" → "2026-11-23 10:15" (UTC, as stored).
std::string when_text(std::string_view at) {
  if (at.size() < 16) return std::string(at);
  return fmt::format("{} {}", at.substr(0, 10), at.substr(11, 5));
}

void add_lines(ctemplate::TemplateDictionary& row, std::string_view marker, const std::vector<std::string>& lines) {
  for (const std::string& line : lines) row.AddSectionDictionary(std::string(marker))->SetValue("TEXT", line);
}

std::string date_words(const PageRender& page, std::string_view iso) {
  const auto date = core::parse_date(iso);
  return date ? date_text(page, *date, true) : std::string(iso);
}

// One time at one place, as people say it.
std::string time_words(const PageRender& page, const search::CatalogueIndex& index, const core::ScheduleRecord& r) {
  std::string place = r.location_id;
  if (const core::Location* l = index.location(r.location_id); l != nullptr) {
    place = l->name;
    if (const core::Organization* owner = index.organization(l->organization_id); owner != nullptr) {
      place = fmt::format("{} ({})", place, owner->name);
    }
  }
  if (!r.schedule) return place;
  const core::Schedule& s = *r.schedule;
  std::string text;
  if (s.freq == "WEEKLY") {
    text = s.interval > 1 ? tf(page, "Every {0} weeks", s.interval) : page.t("Every week");
  } else if (s.freq == "MONTHLY") {
    text = s.interval > 1 ? tf(page, "Every {0} months", s.interval) : page.t("Every month");
  } else {
    text = page.t("Once");
  }
  text += ": " + schedule_words(page, s);
  if (!s.freq.empty()) {
    if (!s.dtstart.empty()) text += ", " + tf(page, "from {0}", date_words(page, s.dtstart));
    if (!s.until.empty()) text += " " + tf(page, "until {0}", date_words(page, s.until));
    if (s.count) text += ", " + tf(page, "{0} times in all", *s.count);
  }
  text += " — " + place;
  if (!s.description.empty()) text += fmt::format(" (\u201c{}\u201d)", s.description);
  return text;
}

}  // namespace

std::vector<std::string> offer_change_lines(const PageRender& page, const search::CatalogueIndex& index,
                                            std::string_view field, std::string_view value) {
  if (field == "locations") {
    std::vector<std::string> lines;
    while (!value.empty()) {
      const auto end = value.find('\n');
      const std::string_view line = value.substr(0, end);
      value.remove_prefix(end == std::string_view::npos ? value.size() : end + 1);
      const auto record = core::read_schedule_record(line);
      lines.push_back(record ? time_words(page, index, *record) : std::string(line));
    }
    return lines;
  }
  if (value == "yes") return {page.t("Yes")};
  if (value == "no") return {page.t("No")};
  if (value.empty()) return {};
  return {std::string(value)};
}

// The change history of an offer, newest first, with people's names.
void fill_offer_history(PageRender& page, Guarded& g, const std::string& offer_id, bool is_new) {
  if (is_new) return;
  auto history = store::CatalogueEdits(*g.connection).history("service", offer_id, kHistoryRows);
  if (!history || history->empty()) return;
  store::AccountStore accounts(*g.connection);
  std::map<std::string, std::string> names;
  auto* h = page.content().AddSectionDictionary("HISTORY");
  h->SetValue("HEADING", page.t("Change history"));
  h->SetValue("WHEN_COLUMN", page.t("When"));
  h->SetValue("WHO_COLUMN", page.t("Who"));
  h->SetValue("WHAT_COLUMN", page.t("What"));
  h->SetValue("BEFORE_COLUMN", page.t("Before"));
  h->SetValue("AFTER_COLUMN", page.t("After"));
  for (const store::ChangeEntry& entry : *history) {
    auto [it, added] = names.try_emplace(entry.actor_user_id);
    if (added) {
      const auto user = accounts.find_user(entry.actor_user_id);
      it->second = user && *user ? ((*user)->name.empty() ? (*user)->email : (*user)->name) : page.t("(removed)");
    }
    auto* row = h->AddSectionDictionary("ROW");
    row->SetValue("WHEN", when_text(entry.at));
    row->SetValue("WHO", it->second);
    row->SetValue("WHAT", entry.field.empty()
                              ? offer_action_label(page, entry.action)
                              : offer_action_label(page, entry.action) + ": " + offer_field_label(page, entry.field));
    add_lines(*row, "BEFORE", offer_change_lines(page, *g.index, entry.field, entry.previous));
    add_lines(*row, "AFTER", offer_change_lines(page, *g.index, entry.field, entry.replacement));
  }
}

std::string offer_action_label(const PageRender& page, std::string_view action) {
  if (action == "created") return page.t("Made");
  if (action == "updated") return page.t("Changed");
  if (action == "archived") return page.t("Archived");
  if (action == "restored") return page.t("Shown again");
  if (action == "submitted") return page.t("Sent for review");
  if (action == "approved") return page.t("Approved");
  if (action == "returned") return page.t("Sent back");
  return std::string(action);
}

std::string offer_field_label(const PageRender& page, std::string_view field) {
  if (field == "name") return page.t("Name of the offer");
  if (field == "alternate_name") return page.t("Other name (optional)");
  if (field == "description") return page.t("What families can expect");
  if (field == "url") return page.t("Website (optional)");
  if (field == "email") return page.t("E-mail address (optional)");
  if (field == "status") return page.t("Status");
  if (field == "themes") return page.t("Themes");
  if (field == "target_groups") return page.t("Who takes part");
  if (field == "min_age_months") return page.t("Age from (months)");
  if (field == "max_age_months") return page.t("Age up to (months)");
  if (field == "intensity") return page.t("For which families");
  if (field == "cost.free") return page.t("Is it free?");
  if (field == "cost.amount") return page.t("Price in euro");
  if (field == "cost.reduced_amount") return page.t("Reduced price in euro (optional)");
  if (field == "cost.reduced_description") return page.t("Who pays the reduced price");
  if (field == "cost.description") return page.t("More about the cost (optional)");
  if (field == "languages") return page.t("Languages spoken");
  if (field == "interpreter_available") return page.t("An interpreter is possible");
  if (field == "registration_required") return page.t("Registration needed");
  if (field == "access") return page.t("Who can take part");
  if (field == "eligibility_description") return page.t("Conditions");
  if (field == "application_process") return page.t("How to take part (optional)");
  if (field == "phones") return page.t("Phone (optional)");
  if (field == "locations") return page.t("Where and when");
  if (field == "review_note") return page.t("Note");
  return std::string(field);
}

}  // namespace hvhk::web::portal
