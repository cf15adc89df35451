// Ray C++, the RegisterRemoteFunctions era (ray-1.6 and later, all of 2.x):
// RAY_REMOTE(f, g, ...) -> inline auto var = RegisterRemoteFunctions(...).
#pragma once
#define SERIALINT_MODEL_RAY_FUNCTION_MANAGER 0
