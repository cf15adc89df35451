// traced() through Boost.MPI's packed archive logs the calls the user's
// serializer makes: a member serialint cannot see, and a serializer that
// throws midway, each at its place; the packed bytes are the same.
//
//   mpirun -np 1 serialint-mpi-packed-calls
#include <cstdint>
#include <cstring>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <boost/mpi/packed_oarchive.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>

#include <serialint/boost_mpi.hpp>

namespace packed_calls_test {

class Account {
public:
  Account() = default;
  Account(std::string owner, std::int64_t cents, bool frozen = false)
      : owner_(std::move(owner)), cents_(cents), frozen_(frozen) {}
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & boost::serialization::make_nvp("owner", owner_);
    if (frozen_)
      throw std::runtime_error("account is frozen");
    ar & cents_;
  }

private:
  std::string owner_;
  std::int64_t cents_ = 0;
  bool frozen_ = false;
};

struct Ledger {
  std::string name;
  std::vector<Account> accounts;
  template <class Archive> void serialize(Archive &ar, const unsigned int) {
    ar & name & accounts;
  }
};

Ledger ledger(bool frozen_third) {
  return {"ledger", {{"ann", 100}, {"bo", 250}, {"cy", 5, frozen_third}, {"di", 1}}};
}

std::string packed(const boost::mpi::packed_oarchive &archive) {
  return std::string(static_cast<const char *>(archive.address()), archive.size());
}

// The JSON line of the call at `path` (or with that segment under its
// parent's line), or "".
std::string line_with(const std::string &log, const std::string &needle) {
  std::istringstream in(log);
  for (std::string line; std::getline(in, line);)
    if (line.find(needle) != std::string::npos)
      return line;
  return {};
}

TEST(PackedCalls, MemberSerialintCannotSeeIsLogged) {
  const boost::mpi::communicator self(MPI_COMM_SELF, boost::mpi::comm_attach);
  const Ledger value = ledger(false);
  boost::mpi::packed_oarchive bare(self), traced(self);
  bare << value;
  std::ostringstream log;
  traced << serialint::traced(value, "ledger", log);
  EXPECT_EQ(packed(traced), packed(bare));
  // The first account with its owner and its private cents_; one line
  // counts the three accounts of the same shape after it.
  EXPECT_NE(line_with(log.str(), "\"segment\":\"[0]\",\"kind\":\"call\",\"type\":\"long\","
                                 "\"bytes\":8"),
            "")
      << log.str();
  EXPECT_NE(line_with(log.str(), "\"segment\":\".owner\""), "") << log.str();
  EXPECT_NE(line_with(log.str(), "\"segment\":\"[1]..[3]\",\"kind\":\"repeat\""), "")
      << log.str();
}

TEST(PackedCalls, ThrowMidwayIsMarkedAtTheCall) {
  const boost::mpi::communicator self(MPI_COMM_SELF, boost::mpi::comm_attach);
  const Ledger value = ledger(true);
  boost::mpi::packed_oarchive archive(self);
  std::ostringstream log;
  try {
    archive << serialint::traced(value, "ledger", log);
    FAIL() << "no serialint::unserializable_error";
  } catch (const serialint::unserializable_error &error) {
    ASSERT_EQ(error.report().findings().size(), 1u);
    EXPECT_EQ(error.report().findings()[0].path, "ledger.accounts[2]");
  }
  const std::string failed = line_with(log.str(), "\"status\":\"fail\"");
  EXPECT_NE(failed.find("\"path\":\"ledger.accounts[2]\""), std::string::npos) << log.str();
  EXPECT_NE(failed.find("account is frozen"), std::string::npos) << failed;
  EXPECT_NE(failed.find("\"reason\":\"serializer-threw\""), std::string::npos) << failed;
  EXPECT_EQ(line_with(log.str(), "\"segment\":\"[3]\",\"kind\":\"call\",\"type\":"
                                 "\"packed_calls_test::Account\""),
            "")
      << log.str();
}

} // namespace packed_calls_test

int main(int argc, char **argv) {
  boost::mpi::environment environment(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
