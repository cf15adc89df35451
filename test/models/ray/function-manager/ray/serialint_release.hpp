// Ray C++, the FunctionManager era (2021, before the variadic RAY_REMOTE):
// RAY_REMOTE(f) -> static auto var =
// FunctionManager::Instance().RegisterRemoteFunction(#f, f), and the entry
// points are static members of ray::api::Ray.
#pragma once
#define SERIALINT_MODEL_RAY_FUNCTION_MANAGER 1
