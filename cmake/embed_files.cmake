# Writes OUT as a C++ fragment: one {"name", R"hvhkdata(<contents>)hvhkdata"}, line per file of
# DIR matching GLOB, to include inside an array of {std::string_view, std::string_view}.
file(GLOB files RELATIVE ${DIR} ${DIR}/${GLOB})
list(SORT files)
set(body "")
foreach(file ${files})
  file(READ ${DIR}/${file} contents)
  string(APPEND body "{\"${file}\", R\"hvhkdata(${contents})hvhkdata\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "${body}")
configure_file(${OUT}.tmp ${OUT} COPYONLY)
