#include "web/form_fields.h"

#include <algorithm>

namespace hvhk::web {
namespace {

// The include for one field, with what every field template shares.
ctemplate::TemplateDictionary& add(ctemplate::TemplateDictionary& page, std::string_view marker, std::string_view file,
                                   const Field& field) {
  auto* d = page.AddIncludeDictionary(std::string(marker));
  d->SetFilename(std::string(file));
  d->SetValue("ID", field.name);
  d->SetValue("NAME", field.name);
  d->SetValue("LABEL", field.label);
  std::string described;
  if (!field.hint.empty()) {
    d->AddSectionDictionary("HINT")->SetValue("TEXT", field.hint);
    described = field.name + "-hint";
  }
  if (!field.error.empty()) {
    d->AddSectionDictionary("ERROR")->SetValue("TEXT", field.error);
    d->ShowSection("INVALID");
    described += (described.empty() ? "" : " ") + field.name + "-error";
  }
  if (!described.empty()) d->AddSectionDictionary("DESCRIBED")->SetValue("IDS", described);
  return *d;
}

}  // namespace

void text_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field,
                std::string_view value, std::string_view type, std::string_view inputmode) {
  auto& d = add(page, marker, "field_text.tpl", field);
  d.SetValue("TYPE", std::string(type));
  d.SetValue("VALUE", std::string(value));
  if (type == "text" || type == "url" || type == "email") d.ShowSection("WIDE");
  if (!inputmode.empty()) d.AddSectionDictionary("INPUTMODE")->SetValue("MODE", std::string(inputmode));
}

void textarea_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field,
                    std::string_view value, int rows) {
  auto& d = add(page, marker, "field_textarea.tpl", field);
  d.SetValue("VALUE", std::string(value));
  d.SetIntValue("ROWS", rows);
}

void select_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field,
                  const Options& options, std::string_view selected) {
  auto& d = add(page, marker, "field_select.tpl", field);
  for (const auto& [code, label] : options) {
    auto* option = d.AddSectionDictionary("OPTION");
    option->SetValue("CODE", code);
    option->SetValue("LABEL", label);
    if (code == selected) option->ShowSection("SELECTED");
  }
}

void choices_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field,
                   const Options& options, const std::vector<std::string>& checked, bool multiple,
                   bool labels_in_own_language) {
  auto& d = add(page, marker, "field_choices.tpl", field);
  d.SetValue("TYPE", multiple ? "checkbox" : "radio");
  for (const auto& [code, label] : options) {
    auto* option = d.AddSectionDictionary("OPTION");
    option->SetValue("CODE", code);
    option->SetValue("LABEL", label);
    if (std::find(checked.begin(), checked.end(), code) != checked.end()) option->ShowSection("CHECKED");
    if (labels_in_own_language) option->ShowSection("LANG");
  }
}

void check_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field, bool checked) {
  auto& d = add(page, marker, "field_check.tpl", field);
  if (checked) d.ShowSection("CHECKED");
}

}  // namespace hvhk::web
