#include "web/page.h"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include <mutex>

#include "http/form.h"

namespace hvhk::web {
namespace {

struct EmbeddedFile {
  std::string_view name;
  std::string_view text;
};
using namespace std::string_view_literals;  // the embedded files are sv literals
constexpr EmbeddedFile kTemplates[] = {
#include "web/embedded_templates.inc"
};
constexpr EmbeddedFile kStatic[] = {
#include "web/embedded_static.inc"
};

// Puts the embedded templates into ctemplate's cache once, under their file names.
void register_templates() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (const EmbeddedFile& file : kTemplates) {
      ctemplate::StringToTemplateCache(std::string(file.name), file.text.data(), file.text.size(),
                                       ctemplate::DO_NOT_STRIP);
    }
  });
}

}  // namespace

std::string encode_query_value(std::string_view value) { return http::encode_form_value(value); }

std::string link(std::string_view path, std::string_view encoded_query, std::string_view language) {
  if (encoded_query.empty()) return fmt::format("{}?lang={}", path, language);
  return fmt::format("{}?{}&lang={}", path, encoded_query, language);
}

std::string absolute_url(const http::Request& request, std::string_view path_and_query) {
  // Read-only use of the environment, set before the server starts.
  const char* configured = std::getenv("HVHK_PUBLIC_URL");  // NOLINT(concurrency-mt-unsafe)
  if (configured != nullptr && *configured != '\0') {
    std::string_view base(configured);
    while (base.ends_with('/')) base.remove_suffix(1);
    return fmt::format("{}{}", base, path_and_query);
  }
  std::string_view host = request.header("host").value_or("");
  const bool plain = !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == ':' || c == '[' || c == ']';
  });
  if (!plain) host = "127.0.0.1";
  return fmt::format("{}://{}{}", request.secure ? "https" : "http", host, path_and_query);
}

const std::string_view* static_file(std::string_view name) {
  for (const EmbeddedFile& file : kStatic) {
    if (file.name == name) return &file.text;
  }
  return nullptr;
}

PageRender::PageRender(const http::Request& request, std::string_view content_template)
    : request_(request), choice_(choose_language(request)), layout_("layout") {
  register_templates();
  const Language& lang = *choice_.language;
  layout_.SetValue("LANG", std::string(lang.code));
  layout_.SetValue("DIR", lang.right_to_left ? "rtl" : "ltr");
  layout_.SetValue("SITE_NAME", t("Huis van het Kind"));
  layout_.SetValue("SKIP_TO_CONTENT", t("Skip to the content"));
  layout_.SetValue("LANGUAGES_LABEL", t("Language"));
  layout_.SetValue("FOOTER_TEXT", t("Offers of the partners of the Huizen van het Kind. Free, for every family."));
  layout_.SetValue("OPEN_DATA_LINK", t("Open data for partners (HSDS)"));
  // The same page in every language: keep the query, replace lang.
  std::string query;
  for (const auto& [name, value] : request.query.items()) {
    if (name == "lang") continue;
    if (!query.empty()) query += '&';
    query += encode_query_value(name) + "=" + encode_query_value(value);
  }
  for (const Language& other : languages()) {
    auto* item = layout_.AddSectionDictionary("LANGUAGE");
    item->SetValue("URL", link(request.path, query, other.code));
    item->SetValue("CODE", std::string(other.code));
    item->SetValue("NAME", std::string(other.name));
    if (other.code == lang.code) item->ShowSection("CURRENT");
  }
  content_ = layout_.AddIncludeDictionary("CONTENT");
  content_->SetFilename(std::string(content_template));
  content_->SetValue("LANG", std::string(lang.code));
}

void PageRender::set_title(std::string_view title) { layout_.SetValue("TITLE", std::string(title)); }

http::Response PageRender::finish(unsigned status) {
  std::string html;
  ctemplate::ExpandTemplate("layout.tpl", ctemplate::DO_NOT_STRIP, &layout_, &html);
  http::Response response = http::Response::text(status, std::move(html));
  response.content_type = "text/html; charset=utf-8";
  response.headers.emplace_back("Cache-Control", "no-cache");
  response.headers.emplace_back("Vary", "Accept-Language, Cookie");
  response.headers.emplace_back("Content-Language", std::string(choice_.language->code));
  if (choice_.from_link) {
    response.headers.emplace_back("Set-Cookie",
                                  fmt::format("hvhk_lang={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{}",
                                              choice_.language->code, request_.secure ? "; Secure" : ""));
  }
  return response;
}

}  // namespace hvhk::web
