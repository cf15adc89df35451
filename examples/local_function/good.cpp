// The seed 002 fix: the function at namespace scope, registered there, where
// every worker's start-up runs it.
#include <ray/api.h>

#include <string>
#include <vector>

int single(std::string sentence) { return static_cast<int>(sentence.size()); }
int count_words(std::string sentence) { return static_cast<int>(sentence.size()); }
RAY_REMOTE(single, count_words);

struct SomeClass {
  std::vector<std::string> sentences{"Some string"};
  int some_method() {
    ray::Task(single).Remote(sentences[0]);
    return 0;
  }
};

int main() {
  ray::Init();
  SomeClass().some_method();
  ray::Task(count_words).Remote(std::string("a b c"));
  ray::Shutdown();
}
