#include "web/registration_form.h"

#include <fmt/format.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <utility>

#include "core/vocabulary.h"

namespace hvhk::web {
namespace {

namespace json = boost::json;

constexpr std::size_t kMaxName = 60;
constexpr std::size_t kMaxEmail = 254;
constexpr std::size_t kMaxPhone = 30;
constexpr std::size_t kMaxNeeds = 300;
constexpr int kMaxAgeMonths = 25 * 12;

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string lower(std::string text) {
  std::ranges::transform(text, text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool has_control(std::string_view text, bool allow_newline) {
  return std::ranges::any_of(text, [allow_newline](unsigned char c) {
    return (c < 0x20 && !(allow_newline && (c == '\n' || c == '\r' || c == '\t'))) || c == 0x7f;
  });
}

// Whether text is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF):
// what is sealed as JSON must open again.
bool valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (c < 0x80) {
      ++i;
      continue;
    }
    if ((c & 0xE0U) == 0xC0U) {
      length = 2;
      code = c & 0x1FU;
    } else if ((c & 0xF0U) == 0xE0U) {
      length = 3;
      code = c & 0x0FU;
    } else if ((c & 0xF8U) == 0xF0U) {
      length = 4;
      code = c & 0x07U;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0U) != 0x80U) return false;
      code = (code << 6U) | (next & 0x3FU);
    }
    constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

bool is_yes(std::optional<std::string_view> value) { return value && !value->empty() && *value != "0"; }

bool plausible_email(std::string_view email) {
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
  const auto domain = email.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  return std::ranges::none_of(email, [](unsigned char c) { return std::isspace(c) != 0 || c < 0x20; });
}

// "0470 12 34 56", "+32 470/12.34.56", "0032470123456" → "+32470123456"; "" when no phone number.
std::string normalised_phone(std::string_view typed) {
  std::string digits;
  bool plus = false;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    const char c = typed[i];
    if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      digits += c;
    } else if (c == '+' && i == typed.find_first_not_of(' ')) {
      plus = true;
    } else if (c != ' ' && c != '/' && c != '.' && c != '-' && c != '(' && c != ')') {
      return {};
    }
  }
  if (!plus && digits.starts_with("00")) {
    digits.erase(0, 2);
    plus = true;
  }
  if (!plus && digits.starts_with('0')) digits = "32" + digits.substr(1);  // a Belgian number
  if (digits.size() < 8 || digits.size() > 15) return {};
  return "+" + digits;
}

std::optional<int> leading_number(std::string_view text, std::size_t& used) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc()) return std::nullopt;
  used = static_cast<std::size_t>(end - text.data());
  return value;
}

// "1/5/2023", "01-05-2023" (day first, as in Belgium) or "2023-05-01".
std::optional<core::Date> typed_date(std::string_view text) {
  if (auto iso = core::parse_date(text)) return iso;
  int parts[3] = {0, 0, 0};
  std::size_t at = 0;
  for (int i = 0; i < 3; ++i) {
    std::size_t used = 0;
    const auto n = leading_number(text.substr(at), used);
    if (!n || used == 0) return std::nullopt;
    parts[i] = *n;
    at += used;
    if (i < 2) {
      if (at >= text.size() || (text[at] != '/' && text[at] != '-' && text[at] != '.')) return std::nullopt;
      ++at;
    }
  }
  if (at != text.size() || parts[2] < 1900) return std::nullopt;
  const core::Date date{std::chrono::year{parts[2]}, std::chrono::month{static_cast<unsigned>(parts[1])},
                        std::chrono::day{static_cast<unsigned>(parts[0])}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string date_part(const std::string& local) { return local.substr(0, std::min<std::size_t>(10, local.size())); }

}  // namespace

FamilyForm read_family_form(const http::QueryParams& fields) {
  FamilyForm form;
  form.first_name = trimmed(fields.get("first_name").value_or(""));
  form.email = trimmed(fields.get("email").value_or(""));
  form.phone = trimmed(fields.get("phone").value_or(""));
  form.channel = trimmed(fields.get("channel").value_or("email"));
  form.language = trimmed(fields.get("language").value_or(""));
  for (const std::string_view child : fields.all("child")) {
    if (std::string typed = trimmed(child); !typed.empty()) form.children.push_back(std::move(typed));
  }
  form.postcode = trimmed(fields.get("postcode").value_or(""));
  form.interpreter = is_yes(fields.get("interpreter"));
  form.needs = trimmed(fields.get("needs").value_or(""));
  form.reduced = is_yes(fields.get("reduced"));
  form.consent = is_yes(fields.get("consent"));
  form.request_key = trimmed(fields.get("request").value_or(""));
  return form;
}

std::optional<int> age_in_months(const std::string& typed, core::Date today) {
  const std::string text = lower(trimmed(typed));
  if (text.empty()) return std::nullopt;
  if (const auto born = typed_date(text)) {
    const auto years = static_cast<int>(today.year()) - static_cast<int>(born->year());
    int months = years * 12 + static_cast<int>(static_cast<unsigned>(today.month())) -
                 static_cast<int>(static_cast<unsigned>(born->month()));
    if (today.day() < born->day()) --months;
    if (std::chrono::sys_days(*born) > std::chrono::sys_days(today) || months > kMaxAgeMonths) return std::nullopt;
    return months;
  }
  std::size_t used = 0;
  const auto number = leading_number(text, used);
  if (!number || *number < 0 || *number > kMaxAgeMonths) return std::nullopt;  // before any product
  const std::string unit = trimmed(std::string_view(text).substr(used));
  int months = 0;
  if (unit.empty() || unit == "j" || unit == "jaar" || unit == "jaren" || unit == "y" || unit == "year" ||
      unit == "years" || unit == "an" || unit == "ans" || unit == "yaş" || unit == "yas" || unit == "рік" ||
      unit == "роки" || unit == "років" || unit == "سنة" || unit == "سنوات") {
    months = *number * 12;
  } else if (unit == "m" || unit == "mnd" || unit == "maand" || unit == "maanden" || unit == "month" ||
             unit == "months" || unit == "mois" || unit == "ay" || unit == "місяць" || unit == "місяці" ||
             unit == "місяців" || unit == "شهر" || unit == "أشهر") {
    months = *number;
  } else {
    return std::nullopt;
  }
  if (months > kMaxAgeMonths) return std::nullopt;
  return months;
}

std::string age_band_of(int months) {
  for (const core::AgeBand& band : core::age_band_ranges()) {
    if (months >= band.min_months && months <= band.max_months) return std::string(band.code);
  }
  return "18-24";
}

bool asks_postcode(const store::ActivitySession& session) {
  return !session.resident_postcodes.empty() &&
         (!session.residents_until.empty() || session.price_nonresident_cents != session.price_standard_cents);
}

int price_cents(const store::ActivitySession& session, const std::string& tariff) {
  if (tariff == "reduced") return session.price_reduced_cents;
  if (tariff == "nonresident") return session.price_nonresident_cents;
  return session.price_standard_cents;
}

std::string price_text(int cents) {
  if (cents <= 0) return {};
  return fmt::format("€ {},{:02}", cents / 100, cents % 100);
}

std::string closed_reason(const store::ActivitySession& session, const std::string& now_local) {
  if (now_local >= session.starts_at()) return "This session has already begun. Choose another date.";
  if (!session.opens_at.empty() && now_local < session.opens_at)
    return "Registration for this session is not open yet.";
  if (!session.closes_at.empty() && now_local >= session.closes_at) return "Registration for this session is closed.";
  return {};
}

FamilyCheck check_family_form(const FamilyForm& form, const store::ActivitySession& session,
                              const std::string& now_local, const std::string& now_utc, bool assisted) {
  FamilyCheck check;
  auto& problems = check.problems;
  const auto today = core::parse_date(date_part(now_local)).value_or(core::Date{});
  if (const std::string closed = closed_reason(session, now_local); !closed.empty()) problems["session"] = closed;

  if (form.first_name.empty()) {
    problems["first_name"] = "Write your first name.";
  } else if (form.first_name.size() > kMaxName || has_control(form.first_name, false)) {
    problems["first_name"] = "Write a first name of at most 60 characters.";
  }
  const bool wants_print = form.channel == "print";
  if (form.channel != "email" && form.channel != "sms" && !(assisted && wants_print)) {
    problems["channel"] = "Choose how you want to hear from us.";
  }
  std::string phone;
  if (!form.phone.empty()) {
    phone = form.phone.size() <= kMaxPhone ? normalised_phone(form.phone) : std::string();
    if (phone.empty()) problems["phone"] = "Write a phone number with digits only, for example 0470 12 34 56.";
  }
  if (!form.email.empty() && (form.email.size() > kMaxEmail || !plausible_email(form.email))) {
    problems["email"] = "Write an e-mail address like name@example.be.";
  }
  if (form.channel == "email" && form.email.empty()) problems["email"] = "Write your e-mail address.";
  if (form.channel == "sms" && form.phone.empty()) problems["phone"] = "Write your mobile phone number.";

  if (form.children.empty()) {
    problems["child"] = "Write the age of each child who comes.";
  } else if (form.children.size() > kMaxChildren) {
    problems["child"] = "You can register at most 8 children at once.";
  } else {
    for (const std::string& typed : form.children) {
      const auto months = age_in_months(typed, today);
      if (!months) {
        problems["child"] = "Write an age in years (for example 4), in months (18 months) or a birth date.";
        break;
      }
      if ((session.min_age_months && *months < *session.min_age_months) ||
          (session.max_age_months && *months > *session.max_age_months)) {
        problems["child"] = "This activity is not for children of this age. Look at the ages above.";
        break;
      }
      check.data.child_age_months.push_back(*months);
      check.age_bands += (check.age_bands.empty() ? "" : " ") + age_band_of(*months);
    }
  }

  if (asks_postcode(session)) {
    const bool digits = form.postcode.size() == 4 &&
                        std::ranges::all_of(form.postcode, [](unsigned char c) { return std::isdigit(c) != 0; });
    if (!digits) {
      problems["postcode"] = "Write your postcode (4 digits).";
    } else {
      const std::string padded = " " + session.resident_postcodes + " ";
      check.resident = padded.find(" " + form.postcode + " ") != std::string::npos;
      if (!check.resident && !session.residents_until.empty() && date_part(now_local) < session.residents_until) {
        problems["postcode"] =
            "Until the date above, only residents can register. After that date you can register if places are left.";
      }
    }
  }
  if (form.needs.size() > kMaxNeeds || has_control(form.needs, true)) {
    problems["needs"] = "Write at most 300 characters.";
  }
  if (!form.consent) problems["consent"] = "We can only register you if you agree.";
  // Bytes that are no text (a broken keyboard app, a bad copy) would be stored but never read back.
  for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"first_name", &form.first_name},
                                    {"email", &form.email},
                                    {"phone", &form.phone},
                                    {"postcode", &form.postcode},
                                    {"needs", &form.needs}}) {
    if (!valid_utf8(*value)) problems[name] = "This contains signs we cannot read. Please type it again.";
  }

  check.tariff = form.reduced ? "reduced" : (check.resident ? "standard" : "nonresident");
  check.data.first_name = form.first_name;
  check.data.email = form.email;
  check.data.phone = phone;
  check.data.postcode = form.postcode;
  check.data.interpreter = form.interpreter;
  check.data.needs = form.needs;
  check.data.consent_at = now_utc;
  return check;
}

std::string seal_family(const FamilyData& data, const core::DataKey& key) {
  json::array ages;
  for (const int months : data.child_age_months) ages.emplace_back(months);
  const json::object object{{"first_name", data.first_name}, {"email", data.email},
                            {"phone", data.phone},           {"postcode", data.postcode},
                            {"child_age_months", ages},      {"interpreter", data.interpreter},
                            {"needs", data.needs},           {"consent_at", data.consent_at}};
  return key.seal(json::serialize(object));
}

std::optional<FamilyData> open_family(const std::string& sealed, const core::DataKey& key) {
  if (sealed.empty()) return FamilyData{};
  const auto plain = key.open(sealed);
  if (!plain) return std::nullopt;
  boost::system::error_code error;
  const json::value value = json::parse(*plain, error);
  if (error || !value.is_object()) return std::nullopt;
  const json::object& o = value.as_object();
  const auto text = [&o](const char* name) {
    const auto* v = o.if_contains(name);
    return v != nullptr && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  FamilyData data;
  data.first_name = text("first_name");
  data.email = text("email");
  data.phone = text("phone");
  data.postcode = text("postcode");
  data.needs = text("needs");
  data.consent_at = text("consent_at");
  if (const auto* v = o.if_contains("interpreter"); v != nullptr && v->is_bool()) data.interpreter = v->as_bool();
  if (const auto* v = o.if_contains("child_age_months"); v != nullptr && v->is_array()) {
    for (const json::value& age : v->as_array()) {
      if (age.is_int64()) data.child_age_months.push_back(static_cast<int>(age.as_int64()));
    }
  }
  return data;
}

std::string family_key(const FamilyData& data, const core::DataKey& key) {
  if (!data.email.empty()) return key.fingerprint("family:email:" + lower(data.email));
  if (!data.phone.empty()) return key.fingerprint("family:phone:" + data.phone);
  return {};
}

}  // namespace hvhk::web
