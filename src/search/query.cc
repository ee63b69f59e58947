#include "search/query.h"

#include <algorithm>
#include <array>
#include <span>

#include "search/dutch_stemmer.h"
#include "search/normalize.h"

namespace hvhk::search {
namespace {

// Sorted. Function words, and what people put around the thing they look for.
constexpr std::array<std::string_view, 66> kStopWords{
    "aan",  "al",     "als",  "bij", "dat",  "de",  "deze", "die",    "dit",   "door",   "een", "en",    "er",  "graag",
    "heb",  "hebben", "het",  "hij", "hoe",  "hun", "iets", "ik",     "in",    "is",     "je",  "jij",   "jou", "jouw",
    "kan",  "me",     "mee",  "met", "mijn", "na",  "naar", "nog",    "of",    "om",     "ons", "onze",  "ook", "op",
    "over", "te",     "tot",  "u",   "uit",  "uw",  "van",  "voor",   "waar",  "wat",    "we",  "welke", "wie", "wij",
    "wil",  "ze",     "zich", "zij", "zijn", "zo",  "zoek", "zoeken", "zoekt", "zonder",
};

static_assert(std::is_sorted(kStopWords.begin(), kStopWords.end()));

std::string joined(const std::vector<std::string>& words, std::size_t begin, std::size_t count, char separator) {
  std::string out;
  for (std::size_t i = begin; i < begin + count; ++i) {
    if (i > begin) out += separator;
    out += words[i];
  }
  return out;
}

// The words of a phrase without filler words, unless that would leave none.
std::vector<std::string> meaningful(const std::vector<std::string>& words) {
  std::vector<std::string> kept;
  for (const std::string& word : words) {
    if (!is_stop_word(word)) kept.push_back(word);
  }
  return kept.empty() ? words : kept;
}

QueryVariant variant_of(const std::vector<std::string>& words, float factor) {
  QueryVariant variant{meaningful(words), {}, factor};
  variant.stems.reserve(variant.words.size());
  for (const std::string& word : variant.words) variant.stems.push_back(dutch_stem(word));
  return variant;
}

std::vector<std::string> split_phrase(const std::string& phrase) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin <= phrase.size()) {
    const auto space = std::min(phrase.find(' ', begin), phrase.size());
    if (space > begin) out.push_back(phrase.substr(begin, space - begin));
    begin = space + 1;
  }
  return out;
}

}  // namespace

bool is_stop_word(std::string_view folded_word) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), folded_word);
}

Query parse_query(std::string_view text, const Synonyms& synonyms) {
  std::vector<TypedWord> typed = typed_words(text);
  if (typed.size() > kMaxQueryWords) typed.resize(kMaxQueryWords);
  std::vector<std::string> folded;
  std::vector<std::string> stems;
  folded.reserve(typed.size());
  for (const TypedWord& word : typed) {
    folded.push_back(word.folded);
    stems.push_back(dutch_stem(word.folded));
  }
  Query query;
  std::vector<std::string> keys;  // of the terms so far, to drop repeated words
  for (std::size_t i = 0; i < folded.size();) {
    // The longest phrase from here that the synonym list knows, else one word.
    std::size_t length = std::min(synonyms.longest_phrase(), folded.size() - i);
    std::vector<std::string> expansions;
    for (; length > 0; --length) {
      expansions = synonyms.expand(std::span(folded).subspan(i, length), std::span(stems).subspan(i, length));
      if (!expansions.empty()) break;
    }
    length = std::max<std::size_t>(length, 1);
    std::string key = joined(folded, i, length, ' ');
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      QueryTerm term;
      term.folded = key;
      for (std::size_t k = i; k < i + length; ++k) {
        if (k > i) term.typed += ' ';
        term.typed += typed[k].typed;
      }
      term.variants.push_back(variant_of(
          {folded.begin() + static_cast<std::ptrdiff_t>(i), folded.begin() + static_cast<std::ptrdiff_t>(i + length)},
          1.0F));
      for (const std::string& phrase : expansions) {
        term.variants.push_back(variant_of(split_phrase(phrase), kSynonymFactor));
      }
      keys.push_back(std::move(key));
      query.terms.push_back(std::move(term));
    }
    i += length;
  }
  // Filler words go when something else is left to look for.
  const auto filler = [](const QueryTerm& term) {
    return term.variants.size() == 1 && term.variants.front().words.size() == 1 &&
           is_stop_word(term.variants.front().words.front());
  };
  if (!std::all_of(query.terms.begin(), query.terms.end(), filler)) {
    std::erase_if(query.terms, filler);
  }
  return query;
}

std::string Query::key() const {
  std::vector<std::string> parts;
  parts.reserve(terms.size());
  for (const QueryTerm& term : terms) {
    parts.push_back(term.folded);
  }
  std::sort(parts.begin(), parts.end());
  return joined(parts, 0, parts.size(), '|');
}

}  // namespace hvhk::search
