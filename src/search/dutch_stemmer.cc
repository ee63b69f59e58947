#include "search/dutch_stemmer.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <climits>
#include <new>
#include <utility>

namespace hvhk::search {
namespace {

// Plurals in -eren and other forms Snowball leaves apart from their singular. Sorted by word.
constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kIrregular{{
    {"bladeren", "blad"},
    {"eieren", "ei"},
    {"gemoederen", "gemoed"},
    {"kalveren", "kalf"},
    {"kinderen", "kind"},
    {"lammeren", "lam"},
    {"liederen", "lied"},
    {"raderen", "rad"},
    {"runderen", "rund"},
    {"steden", "stad"},
    {"volkeren", "volk"},
}};

static_assert(std::is_sorted(kIrregular.begin(), kIrregular.end()));

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }
bool is_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }

// True if text ends with a long vowel or diphthong (two vowels) or a schwa ("e") and then
// one of the letters of `consonants`: tuin, deur, knuffel, boom.
bool long_vowel_or_schwa_then(std::string_view text, std::string_view consonants) {
  const std::size_t n = text.size();
  if (n < 3 || consonants.find(text[n - 1]) == std::string_view::npos) return false;
  return (is_vowel(text[n - 2]) && is_vowel(text[n - 3])) || (text[n - 2] == 'e' && !is_vowel(text[n - 3]));
}

// kindje(s) -> kind, tuintje -> tuin, knuffeltje -> knuffel, babytje -> baby,
// boompje -> boom; kantje and lampje keep their t and p, vrije is no diminutive. Snowball has no Dutch diminutives.
std::string_view without_diminutive(std::string_view word) {
  std::string_view base = word;
  if (base.ends_with("jes")) {
    base.remove_suffix(3);
  } else if (base.ends_with("je")) {
    base.remove_suffix(2);
  } else {
    return word;
  }
  if (base.empty() || is_vowel(base.back())) {
    return word;  // vrije, blije: the j belongs to "ij", not to a diminutive
  }
  if (base.ends_with('t')) {
    const std::string_view before = base.substr(0, base.size() - 1);
    if (before.ends_with('y') || long_vowel_or_schwa_then(before, "lnrw")) base = before;
  } else if (base.ends_with('p')) {
    const std::string_view before = base.substr(0, base.size() - 1);
    if (long_vowel_or_schwa_then(before, "m")) base = before;
  }
  return base.size() >= 3 ? base : word;
}

}  // namespace

DutchStemmer::DutchStemmer() : stemmer_(sb_stemmer_new("dutch", "UTF_8")) {
  if (stemmer_ == nullptr) {
    throw std::bad_alloc();
  }
}

DutchStemmer::~DutchStemmer() {
  if (stemmer_ != nullptr) {
    sb_stemmer_delete(stemmer_);
  }
}

DutchStemmer::DutchStemmer(DutchStemmer&& other) noexcept : stemmer_(std::exchange(other.stemmer_, nullptr)) {}

DutchStemmer& DutchStemmer::operator=(DutchStemmer&& other) noexcept {
  if (this != &other) {
    if (stemmer_ != nullptr) {
      sb_stemmer_delete(stemmer_);
    }
    stemmer_ = std::exchange(other.stemmer_, nullptr);
  }
  return *this;
}

std::string DutchStemmer::stem(std::string_view word) {
  const auto irregular = std::lower_bound(kIrregular.begin(), kIrregular.end(), word,
                                          [](const auto& entry, std::string_view w) { return entry.first < w; });
  if (irregular != kIrregular.end() && irregular->first == word) {
    return std::string(irregular->second);
  }
  const std::string_view base = without_diminutive(word);
  if (stemmer_ == nullptr || base.size() > static_cast<std::size_t>(INT_MAX)) {
    return std::string(base);
  }
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(base.data()), static_cast<int>(base.size()));
  if (stemmed == nullptr) {
    return std::string(base);  // out of memory: the word is its own stem
  }
  std::string out(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  // Snowball leaves "zwemm" (zwemmen) and "zwemless" (zwemlessen); the singular has one consonant.
  const std::size_t n = out.size();
  if (n >= 4 && out[n - 1] == out[n - 2] && is_ascii_letter(out[n - 1]) && !is_vowel(out[n - 1])) {
    out.pop_back();
  }
  // ...and "kinderdagverblijv" (kinderdagverblijven): a v before a lost ending was an f.
  if (out.size() >= 4 && out.back() == 'v' && out.size() < base.size() && base[out.size()] == 'e') {
    out.back() = 'f';
  }
  return out;
}

DutchStemmer& DutchStemmer::this_thread() {
  thread_local DutchStemmer stemmer;
  return stemmer;
}

std::string dutch_stem(std::string_view word) { return DutchStemmer::this_thread().stem(word); }

}  // namespace hvhk::search
