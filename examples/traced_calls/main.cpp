// What the serializer did, call by call: a ledger written through cereal's
// binary archive with serialint::traced, the log of its calls on stdout.
// Account keeps its state private and writes it itself, so serialint's own
// walk cannot see inside it; the log can. The third account refuses to be
// written; the log marks the call, and the error names its path.
//
//   build/release/examples/traced_calls
#include <cstdint>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <cereal/archives/binary.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <serialint/cereal.hpp>

namespace bank {

class Account {
public:
  Account(std::string owner, std::int64_t cents, bool frozen = false)
      : owner_(std::move(owner)), cents_(cents), frozen_(frozen) {}

  template <class Archive> void save(Archive &ar) const {
    ar(cereal::make_nvp("owner", owner_));
    if (frozen_)
      throw std::runtime_error("account is frozen");
    ar(cents_);
  }

private:
  std::string owner_;
  std::int64_t cents_;
  bool frozen_;
};

struct Ledger {
  std::string name;
  std::vector<Account> accounts;
  template <class Archive> void save(Archive &ar) const { ar(name, accounts); }
};

} // namespace bank

int main() {
  const bank::Ledger ledger{"ledger", {{"ann", 100}, {"bo", 250}, {"cy", 5, true}, {"di", 1}}};
  std::ostringstream bytes;
  try {
    cereal::BinaryOutputArchive archive(bytes);
    archive(serialint::traced(ledger, "ledger", std::cout));
  } catch (const serialint::unserializable_error &error) {
    std::cout << error.what() << '\n';
  }
}
