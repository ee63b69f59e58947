# Writes OUT as a C++ fragment: constexpr std::string_view NAME = R"hvhkdata(<contents of IN>)hvhkdata";
file(READ ${IN} contents)
file(WRITE ${OUT}.tmp "constexpr std::string_view ${NAME} = R\"hvhkdata(${contents})hvhkdata\";\n")
configure_file(${OUT}.tmp ${OUT} COPYONLY)
