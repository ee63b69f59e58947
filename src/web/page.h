// Renders a page of the site: the embedded ctemplate templates (auto-escaping HTML), the
// shared layout (language switcher, skip link, footer) and the language of the request, and
// the headers every page gets (language cookie when chosen by a link, Vary, no caching).
#pragma once

#include <ctemplate/template.h>

#include <memory>
#include <string>
#include <string_view>

#include "http/message.h"
#include "web/i18n.h"

namespace hvhk::web {

// What a page handler fills in: the template of its content and its values.
class PageRender {
 public:
  PageRender(const http::Request& request, std::string_view content_template);

  [[nodiscard]] const Language& language() const { return *choice_.language; }
  [[nodiscard]] const Catalog& messages() const { return catalog(choice_.language->code); }
  // The translation of msgid in the page's language.
  [[nodiscard]] std::string t(std::string_view msgid) const { return std::string(messages().text(msgid)); }

  // The content template's dictionary (sections and values for the page's own part).
  ctemplate::TemplateDictionary& content() { return *content_; }
  void set_title(std::string_view title);

  // The finished page: the layout around the content.
  http::Response finish(unsigned status = 200);

 private:
  const http::Request& request_;
  LanguageChoice choice_;
  ctemplate::TemplateDictionary layout_;
  ctemplate::TemplateDictionary* content_;
};

// A link to path with query (already encoded) in the given language: "/zoeken?q=baby&lang=fr".
std::string link(std::string_view path, std::string_view encoded_query, std::string_view language);

// The absolute URL of a path on this site, for links that leave the browser (QR codes, shared
// links, calendar files): HVHK_PUBLIC_URL (e.g. https://huizenvanhetkind.be) when set, else the
// request's Host header when it is a plain host name, else 127.0.0.1.
std::string absolute_url(const http::Request& request, std::string_view path_and_query);

// Percent-encodes a query value.
std::string encode_query_value(std::string_view value);

// The embedded static file with this name (e.g. "site.css"), or nullptr.
const std::string_view* static_file(std::string_view name);

}  // namespace hvhk::web
