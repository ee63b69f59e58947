// Dutch stems for the finder, so that "zwemlessen" and "zwemles", "peuters" and "peuter"
// meet in the index. Wraps the Snowball Dutch stemmer (libstemmer) and fixes what it leaves
// undone for family-support words: diminutives (kindje -> kind), doubled end consonants
// (zwemmen -> zwem), v for f (kinderdagverblijven -> kinderdagverblijf) and a few irregular
// plurals (kinderen -> kind).
// An sb_stemmer is not thread-safe: use one DutchStemmer per thread (this_thread()).
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace hvhk::search {

class DutchStemmer {
 public:
  DutchStemmer();  // throws std::bad_alloc if libstemmer cannot allocate
  ~DutchStemmer();
  DutchStemmer(const DutchStemmer&) = delete;
  DutchStemmer& operator=(const DutchStemmer&) = delete;
  DutchStemmer(DutchStemmer&& other) noexcept;
  DutchStemmer& operator=(DutchStemmer&& other) noexcept;

  // The stem of one folded word (see fold()): lower case, no accents.
  [[nodiscard]] std::string stem(std::string_view word);

  // This thread's stemmer, made on first use.
  static DutchStemmer& this_thread();

 private:
  sb_stemmer* stemmer_;
};

// DutchStemmer::this_thread().stem(word).
[[nodiscard]] std::string dutch_stem(std::string_view word);

}  // namespace hvhk::search
