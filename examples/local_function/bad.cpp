// Seed 002 in C++. In Python, a function nested in a method fails with
// "Can't pickle local object 'SomeClass.some_method.<locals>.single'", and a
// function defined after the pool starts fails with "Can't get attribute
// 'single'". Ray's C++ API has both: a local class's function has no name a
// worker can find, and a function whose RAY_REMOTE registration is missing
// is reported only at run time ("Function not found").
#include <ray/api.h>

#include <string>
#include <vector>

struct SomeClass {
  std::vector<std::string> sentences{"Some string"};

  int some_method() {
    struct Local {
      static int single(std::string sentence) { return static_cast<int>(sentence.size()); }
    };
    ray::Task(Local::single).Remote(sentences[0]);
    return 0;
  }
};

int count_words(std::string sentence) { return static_cast<int>(sentence.size()); }

int main() {
  ray::Init();
  SomeClass().some_method();
  ray::Task(count_words).Remote(std::string("a b c"));
  ray::Shutdown();
}
