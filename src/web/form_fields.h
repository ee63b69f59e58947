// Form fields drawn from the shared field templates (templates/field_*.tpl): a label, a hint,
// the value as typed, and the message next to the field when it is wrong (linked with
// aria-describedby, marked aria-invalid). A page adds fields, in order, under one include
// marker of its template, e.g. {{>WHAT}}.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/page.h"  // ctemplate, in an order clang accepts

namespace hvhk::web {

struct Field {
  std::string name;  // the form's field name, also the element id
  std::string label;
  std::string hint;
  std::string error;  // empty when the value is fine
};

using Options = std::vector<std::pair<std::string, std::string>>;  // code, label

void text_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field,
                std::string_view value, std::string_view type = "text", std::string_view inputmode = "");
void textarea_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field,
                    std::string_view value, int rows = 4);
void select_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field,
                  const Options& options, std::string_view selected);
// A group of checkboxes (multiple) or radio buttons, in a fieldset with the label as legend.
// labels_in_own_language: each option's label is in the language its code names (lang="…").
void choices_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field,
                   const Options& options, const std::vector<std::string>& checked, bool multiple,
                   bool labels_in_own_language = false);
void check_field(ctemplate::TemplateDictionary& page, std::string_view marker, const Field& field, bool checked);

}  // namespace hvhk::web
