#include <team/pool.hpp>

#include <string>

int main() {
  int factor = 3;
  return team::pool::submit([factor](int value) { return value * factor; }, 14);
}
