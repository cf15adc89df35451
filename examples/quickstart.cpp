// The smallest serialint example: one file, no flags beyond the standard.
//
//   clang-tidy-19 -load build/release/lib/libSerialintTidyModule.so
//     -checks='-*,serialint-*' examples/quickstart.cpp -- -std=c++20
//
// (one command, split here for width)
//
// Ray is not packaged for Debian, so this includes serialint's model of its
// header by path; with Ray installed, write #include <ray/api.h>.
#include "../test/models/ray/api.h"

int main() {
  ray::Init();
  int offset = 10;
  // Ray finds remote functions by registered name; a lambda has none.
  auto result = ray::Task([offset](int x) { return x + offset; }).Remote(1);
  (void)result;
  ray::Shutdown();
}
