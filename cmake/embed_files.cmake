# Writes OUT as a C++ fragment: one {"name"sv, R"hvhkdata(<contents>)hvhkdata"sv}, line per file of
# DIR matching GLOB, to include inside an array of {std::string_view, std::string_view} (with
# std::string_view_literals in scope). The sv literals carry their length, so a constant
# expression never has to count the characters (clang gives up on long texts).
file(GLOB files RELATIVE ${DIR} ${DIR}/${GLOB})
list(SORT files)
set(body "")
foreach(file ${files})
  file(READ ${DIR}/${file} contents)
  string(APPEND body "{\"${file}\"sv, R\"hvhkdata(${contents})hvhkdata\"sv},\n")
endforeach()
file(WRITE ${OUT}.tmp "${body}")
configure_file(${OUT}.tmp ${OUT} COPYONLY)
