// The example of docs/checks/unsent-member.md. With the real YGM it compiles,
// and the worker prints an empty name. The page checks serialint's output on
// this file; YGM is the model in test/models.
#include <ygm/comm.hpp>

#include <iostream>
#include <string>

// docs:begin job
struct Job {
  int id = 0;
  std::string name;
  template <class Archive> void serialize(Archive &ar) { ar(id); }
};
// docs:end job

void ship(ygm::comm &world, const Job &job) {
  // docs:begin job
  world.async(1, [](const Job &j) { std::cout << j.id << ": " << j.name << "\n"; }, job);
  // docs:end job
}
