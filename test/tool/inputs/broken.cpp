// Does not compile: the command must say so and exit with status 3.
int main() { return undeclared_name; }
